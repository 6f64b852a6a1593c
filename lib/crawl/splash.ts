import type { LinkRecord, PageSnapshot } from '../snapshot/page-snapshot.ts';
import { normaliseForMatch } from './priority.ts';
import { urlKey } from './url-key.ts';

const ENTER_LABEL = /เข้าสู่เว็บไซต์|เข้าสู่หน้าหลัก|เข้าสู่เว็บ|เข้าสู่หน้าเว็บ|หน้าแรก|หน้าหลัก|^enter\b|\benter (?:the )?(?:web)?site\b|skip intro|^home$/i;
const MAIN_FRAME = /^(?:main|home|index|content|body|center|mainframe)\b/i;
/** A start page with fewer same-site page links than this may be a splash / intro page. */
export const SPLASH_MAX_LINKS = 5;

/**
 * The "enter" link of a splash page: a start page with fewer than five same-site page links, one
 * of them labelled เข้าสู่เว็บไซต์ / เข้าสู่หน้าหลัก / Enter / หน้าแรก or made of an image; or the target of a
 * redirect page; or the main frame of a frameset. Null otherwise.
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
  // A page that forwards its visitor (meta refresh, a bare page's script) is passed through to where it sends them.
  const redirect = pageLinks.find((l) => l.origin === 'refresh');
  if (redirect) return redirect;
  // A frameset (frames only, no link of its own): its main frame is the home page — the one named so, else the last
  // (the content frame follows the top bar and the menu).
  if (pageLinks.every((l) => l.origin === 'iframe') && snapshot.links.every((l) => l.origin !== 'a')) {
    return pageLinks.find((l) => MAIN_FRAME.test(l.label)) ?? pageLinks.at(-1) ?? null;
  }
  const labelled = pageLinks.find((l) => ENTER_LABEL.test(normaliseForMatch(l.label)));
  if (labelled) return labelled;
  return pageLinks.find((l) => l.labelSource === 'alt' || l.labelSource === 'filename' || l.labelSource === 'none') ?? null;
}
