import type { DateMention } from './date-mention.ts';
import { BE_OFFSET } from './fiscal-year.ts';

/** The name of the assessment, in the words a heading gives it ("ITA", "OIT", "การประเมินคุณธรรมและความโปร่งใส…"). */
const ASSESSMENT_NAME =
  /\b(?:ita|oit)(?=\s|\d|$|[^a-z])|integrity\s+and\s+transparency\s+assessment|open\s+data\s+integrity\s+and\s+transparency\s+assessment|การประเมินคุณธรรมและความโปร่งใส(?:ในการดำเนินงานของหน่วยงานภาครัฐ)?|คุณธรรมและความโปร่งใส(?:ในการดำเนินงานของหน่วยงานภาครัฐ)?|การเปิดเผยข้อมูลสาธารณะ/giu;
/** Words a heading may add around the name and the year without saying anything else. */
const FILLER =
  /การประเมิน|ประเมิน|ข้อมูล|เอกสาร|หลักฐาน|ประจำปีงบประมาณ|ปีงบประมาณ|ประจำปี|ปีงบฯ?|งบประมาณ|พ\.\s?ศ\.?|ปี|\b(?:fiscal|year|fy)\b|[\s()[\]:：\-–—.,/|]+/giu;
/** A Buddhist-era year standing alone or glued to the name ("ITA2564"). */
const BE_YEAR = /(?<!\d)25\d\d(?!\d)/gu;
const MAX_HEADING = 160;

/**
 * Rule assessment-year-heading: the assessment year a heading states when it says nothing else: "ITA 2564", "ITA ปีงบฯ 2568", "การประเมินคุณธรรมและ
 * ความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2568". Such a heading files what stands under it
 * for the assessment of that fiscal year (ITA N assesses fiscal year N), so it dates the rows under it that name no date
 * of their own. A heading that says anything more — an item's code or requirement ("MOIT 17 … ประจำปีงบประมาณ พ.ศ.
 * 2567"), results ("ผลการประเมิน ITA 2567"), two years, another subject — states no assessment year: null.
 * The mention is a fiscal year, its offsets index the heading.
 */
export function assessmentYearOfHeading(heading: string): DateMention | null {
  if (heading.length > MAX_HEADING) return null;
  const years = [...heading.matchAll(BE_YEAR)];
  const first = years[0];
  if (!first || years.some((y) => y[0] !== first[0])) return null;
  ASSESSMENT_NAME.lastIndex = 0;
  if (!ASSESSMENT_NAME.test(heading)) return null;
  const rest = heading.replace(ASSESSMENT_NAME, ' ').replace(BE_YEAR, ' ').replace(FILLER, '');
  if (rest !== '') return null;
  const be = Number(first[0]);
  return { start: first.index, end: first.index + first[0].length, raw: first[0], year: be - BE_OFFSET, precision: 'fiscal-year', era: 'BE' };
}

/** Whether a text names the assessment (ITA, OIT, "การประเมินคุณธรรมและความโปร่งใส…", "การเปิดเผยข้อมูลสาธารณะ"). */
export function namesAssessment(text: string): boolean {
  ASSESSMENT_NAME.lastIndex = 0;
  const found = ASSESSMENT_NAME.test(text);
  ASSESSMENT_NAME.lastIndex = 0;
  return found;
}

/** A tab's or button's label that is only a year, perhaps with the assessment's name or 'ปี…' ("2563", "ITA 2568", "ปีงบประมาณ 2567"). */
const YEAR_ONLY_LABEL = /^(?:(?:ita|oit|ปีงบประมาณ|ปีงบฯ?|ประจำปี|ปี|พ\.\s?ศ\.?)\s*)*(25\d\d)$/iu;

/**
 * Rule assessment-year-view: an ITA page shown for one year — its year tab or button marked as the current one
 * (`aria-current="page"`, `aria-selected="true"`, class active/current/selected) and labelled only by that year ("2563")
 * — lists that assessment's evidence: ITA N assesses fiscal year N. `current` holds the labels of the page's links
 * marked current; the year is read only when exactly one year is selected. Null otherwise.
 */
export function assessmentYearOfView(pageNamesAssessment: boolean, current: readonly string[]): DateMention | null {
  if (!pageNamesAssessment) return null;
  const years = new Set(current.map((l) => YEAR_ONLY_LABEL.exec(l.trim())?.[1]).filter((y): y is string => y !== undefined));
  if (years.size !== 1) return null;
  const [be] = [...years];
  return { start: 0, end: 4, raw: be!, year: Number(be) - BE_OFFSET, precision: 'fiscal-year', era: 'BE' };
}
