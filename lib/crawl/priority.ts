/**
 * Best-first order: site maps and ITA/OIT index pages first, then links whose label holds a
 * checklist term, then everything else; within a tier, lower depth first and newer year folders first.
 */
export type PriorityTier = 0 | 1 | 2;

const SITE_MAP_LABELS = ['ผังเว็บไซต์', 'แผนผังเว็บไซต์', 'แผนผังเว็บ', 'sitemap', 'site map', 'all_web'];
const ITA_LABELS = ['การประเมินคุณธรรมและความโปร่งใส', 'คุณธรรมและความโปร่งใส', 'การเปิดเผยข้อมูลสาธารณะ'];
const ITA_WORD = /(?:^|[^a-z0-9])(?:ita|oit|moit\s?\d*)(?:$|[^a-z0-9])/i;
const SITE_MAP_PATH = /(?:^|[/_-])(?:sitemap|site-map|site_map|all_web|allweb)(?:[/_.-]|$)/i;

/** Light normalisation for matching: NFC, composed SARA AM, lower case, single spaces, no zero-width marks. */
export function normaliseForMatch(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\u0e4d\u0e32/g, '\u0e33')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Like normaliseForMatch, also without spaces (Thai labels are often split by stray spaces). */
function compact(text: string): string {
  return normaliseForMatch(text).replace(/ /g, '');
}

export function isSiteMapOrIta(label: string, url: URL | null): boolean {
  const c = compact(label);
  if (SITE_MAP_LABELS.some((t) => c.includes(t.replace(/ /g, '')))) return true;
  if (ITA_LABELS.some((t) => c.includes(t))) return true;
  if (ITA_WORD.test(normaliseForMatch(label))) return true;
  if (url !== null && SITE_MAP_PATH.test(url.pathname)) return true;
  return false;
}

export function createPrioritiser(priorityTerms: readonly string[]): (label: string, url: URL | null) => PriorityTier {
  const terms = priorityTerms.map(compact).filter((t) => t.length > 0);
  return (label, url) => {
    if (isSiteMapOrIta(label, url)) return 0;
    const c = compact(label);
    if (c !== '' && terms.some((t) => c.includes(t))) return 1;
    return 2;
  };
}
