/**
 * The one month table: every way a month is written on Thai public-sector sites.
 * Full names, standard abbreviations (with dots), spoken short forms, common misspellings and English names
 * all live in one entry per month. Abbreviations without the final dot or without any dot ("ม.ค", "มค")
 * are derived from `abbr` by `monthVariants`, so they are not listed by hand.
 */
export interface MonthEntry {
  month: number; // 1–12
  full: string; // canonical full name: "มกราคม"
  abbr: string; // canonical abbreviation: "ม.ค."
  /** Other dotted abbreviations seen in the wild ("ตุ.ค."). */
  abbrVariants: readonly string[];
  /** Spoken short forms ("มกรา", "ตุลา"). */
  spoken: readonly string[];
  /** Misspellings seen on real sites ("พฤษจิกายน", "กรกฏาคม"). */
  misspellings: readonly string[];
  /** English names and abbreviations (a bonus: CE dates on CMS pages). */
  english: readonly string[];
}

export const THAI_MONTHS: readonly MonthEntry[] = [
  { month: 1, full: 'มกราคม', abbr: 'ม.ค.', abbrVariants: [], spoken: ['มกรา'], misspellings: ['มกรคม'], english: ['January', 'Jan'] },
  {
    month: 2,
    full: 'กุมภาพันธ์',
    abbr: 'ก.พ.',
    abbrVariants: [],
    spoken: ['กุมภา'],
    misspellings: ['กุมภาพันธุ์', 'กุมภาพันธ', 'กุมภาพันธ์ุ', 'กุมพาพันธ์'],
    english: ['February', 'Feb'],
  },
  { month: 3, full: 'มีนาคม', abbr: 'มี.ค.', abbrVariants: [], spoken: ['มีนา'], misspellings: ['มีนาคน'], english: ['March', 'Mar'] },
  { month: 4, full: 'เมษายน', abbr: 'เม.ย.', abbrVariants: [], spoken: ['เมษา'], misspellings: ['เมษายม'], english: ['April', 'Apr'] },
  { month: 5, full: 'พฤษภาคม', abbr: 'พ.ค.', abbrVariants: [], spoken: ['พฤษภา'], misspellings: ['พฤศภาคม', 'พฤกษภาคม'], english: ['May'] },
  {
    month: 6,
    full: 'มิถุนายน',
    abbr: 'มิ.ย.',
    abbrVariants: ['ม.ย.'],
    spoken: ['มิถุนา'],
    misspellings: ['มิถุมนายน', 'มินุนายน', 'มิถุนายม', 'มิถนายน'],
    english: ['June', 'Jun'],
  },
  { month: 7, full: 'กรกฎาคม', abbr: 'ก.ค.', abbrVariants: [], spoken: ['กรกฎา', 'กรกฏา'], misspellings: ['กรกฏาคม', 'กรกฎคม'], english: ['July', 'Jul'] },
  { month: 8, full: 'สิงหาคม', abbr: 'ส.ค.', abbrVariants: [], spoken: ['สิงหา'], misspellings: ['สิงหคม'], english: ['August', 'Aug'] },
  { month: 9, full: 'กันยายน', abbr: 'ก.ย.', abbrVariants: [], spoken: ['กันยา'], misspellings: ['กันยายม', 'กันยาน'], english: ['September', 'Sept', 'Sep'] },
  { month: 10, full: 'ตุลาคม', abbr: 'ต.ค.', abbrVariants: ['ตุ.ค.'], spoken: ['ตุลา'], misspellings: ['ตุลาคน'], english: ['October', 'Oct'] },
  {
    month: 11,
    full: 'พฤศจิกายน',
    abbr: 'พ.ย.',
    abbrVariants: [],
    spoken: ['พฤศจิกา', 'พฤษจิกา'],
    misspellings: ['พฤษจิกายน', 'พฤศจิกาบน', 'พฤศจิยายน', 'พฤศจิกายม'],
    english: ['November', 'Nov'],
  },
  { month: 12, full: 'ธันวาคม', abbr: 'ธ.ค.', abbrVariants: [], spoken: ['ธันวา'], misspellings: ['ธันวาคน'], english: ['December', 'Dec'] },
];

/** How strong a month token is as evidence: weak tokens are short and may hide inside other Thai words. */
export type MonthTokenKind = 'strong' | 'weak' | 'english';

export interface MonthVariant {
  text: string;
  month: number;
  kind: MonthTokenKind;
}

function abbreviationForms(abbr: string): string[] {
  const noFinalDot = abbr.endsWith('.') ? abbr.slice(0, -1) : abbr;
  const noDots = abbr.replaceAll('.', '');
  return [abbr, noFinalDot, noDots];
}

/** "กพ." (the dots dropped but one kept at the end, as in "กพ.67"): weak like "กพ", it may end another Thai word. */
function endDotForm(abbr: string): string | undefined {
  const noDots = abbr.replaceAll('.', '');
  return noDots === abbr ? undefined : `${noDots}.`;
}

/** Every written form of every month, derived from `THAI_MONTHS`, longest first. */
export function monthVariants(): MonthVariant[] {
  const out = new Map<string, MonthVariant>();
  const add = (text: string, month: number, kind: MonthTokenKind): void => {
    if (!out.has(text)) out.set(text, { text, month, kind });
  };
  for (const m of THAI_MONTHS) {
    add(m.full, m.month, 'strong');
    for (const s of m.misspellings) add(s, m.month, 'strong');
    for (const a of [m.abbr, ...m.abbrVariants]) {
      for (const form of abbreviationForms(a)) add(form, m.month, form.includes('.') ? 'strong' : 'weak');
      const endDot = endDotForm(a);
      if (endDot !== undefined) add(endDot, m.month, 'weak');
    }
    for (const s of m.spoken) add(s, m.month, 'weak');
    for (const e of m.english) {
      add(e, m.month, 'english');
      add(e.toLowerCase(), m.month, 'english');
      add(e.toUpperCase(), m.month, 'english');
    }
  }
  return [...out.values()].sort((a, b) => b.text.length - a.text.length);
}

const VARIANT_LOOKUP: ReadonlyMap<string, MonthVariant> = new Map(monthVariants().map((v) => [v.text, v]));

/** The table entry for a written form ("มค" → month 1, weak), trailing dot of English names ignored. */
export function monthVariantOf(token: string): MonthVariant | undefined {
  return VARIANT_LOOKUP.get(token) ?? (token.endsWith('.') ? VARIANT_LOOKUP.get(token.slice(0, -1)) : undefined);
}

/** The month number (1–12) for a written form from the table ("ม.ค" → 1, "October" → 10), or undefined. */
export function monthFromToken(token: string): number | undefined {
  return monthVariantOf(token)?.month;
}

export function monthEntry(month: number): MonthEntry {
  const entry = THAI_MONTHS[month - 1];
  if (!entry) throw new RangeError(`month out of range: ${month}`);
  return entry;
}
