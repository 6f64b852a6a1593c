import type { LinkRecord, PageSnapshot } from '../snapshot/page-snapshot.ts';
import { normaliseForMatch } from './priority.ts';
import { urlKey } from './url-key.ts';

const ENTER_LABEL = /เข้าสู่เว็บไซต์|เข้าสู่หน้าหลัก|เข้าสู่เว็บ|เข้าสู่หน้าเว็บ|หน้าแรก|หน้าหลัก|^enter\b|\benter (?:the )?(?:web)?site\b|skip intro|^home$/i;
/** A start page with fewer same-site page links than this may be a splash / intro page. */
export const SPLASH_MAX_LINKS = 5;

/**
 * The "enter" link of a splash page: a start page with fewer than five same-site page links, one
 * of them labelled เข้าสู่เว็บไซต์ / เข้าสู่หน้าหลัก / Enter / หน้าแรก or made of an image. Null otherwise.
 */
export function splashTarget(snapshot: PageSnapshot): LinkRecord | null {
  const pageLinks = snapshot.links.filter((l) => l.kind === 'page' && l.url !== null);
  const keys = new Set<string>();
  for (const link of pageLinks) {
    try {
      keys.add(urlKey(new URL(link.url as string)));
    } catch {
      // an unparsable URL is not a candidate
    }
  }
  if (keys.size === 0 || keys.size >= SPLASH_MAX_LINKS) return null;
  const labelled = pageLinks.find((l) => ENTER_LABEL.test(normaliseForMatch(l.label)));
  if (labelled) return labelled;
  return pageLinks.find((l) => l.labelSource === 'alt' || l.labelSource === 'filename' || l.labelSource === 'none') ?? null;
}
