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

/** A label, normalised (normaliseForMatch), that names the ITA/OIT pages. */
function namesIta(spaced: string, compacted: string): boolean {
  return ITA_LABELS.some((t) => compacted.includes(t)) || ITA_WORD.test(spaced);
}

/** A label that names the ITA/OIT pages ('ITA ONLINE', 'การเปิดเผยข้อมูลสาธารณะ (OIT)', 'คุณธรรมและความโปร่งใส'). */
export function isItaLabel(label: string): boolean {
  const spaced = normaliseForMatch(label);
  return namesIta(spaced, spaced.replace(/ /g, ''));
}

/** A label that names a site map or the ITA/OIT pages (the URL aside). */
function labelIsSiteMapOrIta(label: string): boolean {
  const spaced = normaliseForMatch(label);
  const c = spaced.replace(/ /g, '');
  return SITE_MAP_LABELS.some((t) => c.includes(t.replace(/ /g, ''))) || namesIta(spaced, c);
}

export function isSiteMapOrIta(label: string, url: URL | null): boolean {
  return labelIsSiteMapOrIta(label) || (url !== null && SITE_MAP_PATH.test(url.pathname));
}

/** Labels remembered per crawl: a menu's labels come back on every page (≈ 75 links a page, ≈ 300 terms each). */
const MAX_REMEMBERED_LABELS = 50_000;

export function createPrioritiser(priorityTerms: readonly string[]): (label: string, url: URL | null) => PriorityTier {
  const terms = priorityTerms.map(compact).filter((t) => t.length > 0);
  const byLabel = new Map<string, PriorityTier>();
  const labelTier = (label: string): PriorityTier => {
    let tier = byLabel.get(label);
    if (tier !== undefined) return tier;
    const c = compact(label);
    tier = labelIsSiteMapOrIta(label) ? 0 : c !== '' && terms.some((t) => c.includes(t)) ? 1 : 2;
    if (byLabel.size >= MAX_REMEMBERED_LABELS) byLabel.clear();
    byLabel.set(label, tier);
    return tier;
  };
  return (label, url) => {
    const tier = labelTier(label);
    if (tier !== 0 && url !== null && SITE_MAP_PATH.test(url.pathname)) return 0;
    return tier;
  };
}
