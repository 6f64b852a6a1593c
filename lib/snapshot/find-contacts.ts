import type { PageSnapshot } from './page-snapshot.ts';

type Contact = PageSnapshot['contacts'][number];

/**
 * A phone after its label (a word, or a telephone sign: '📞 0-5641-1639'), the label's 'หมายเลข' / 'เบอร์' between ('ทางโทรศัพท์ หมายเลข 0 5361 8074'),
 * written nationally or internationally ('tel : +66 2942 8858', '+66 (0) 2942 8858' on an English page).
 */
const PHONE = /(?:โทร(?:ศัพท์)?\.?|Tel\.?|Phone|Mobile|มือถือ|โทรสาร|แฟกซ์|Fax|☎|📞|📱)\s*:?\s*(?:(?:หมายเลข|เบอร์)(?:โทรศัพท์|โทร)?\s*:?\s*)?((?:0|\+66[\s-]?(?:\(0\))?)[\d\s-]{7,14}\d)/gi;
/** A phone written alone: '053-618074', '02 306 8746', and the 1 + 4 + 4 grouping '0 5361 8074' / '0-2306-8746'. */
/** A fax number after its word ('โทรสาร 0 2942 8491', 'Tel/Fax: 02-…', 'แฟกซ์ :: 055-…', 'ทางโทรสาร หมายเลข 0 5361 8089'): the ITA 2565 contact item names the fax among its parts. */
const FAX = /(?:โทรสาร|แฟ็?กซ์|\bfax)[\s.:：]*(?:(?:หมายเลข|เบอร์)(?:โทรสาร)?[\s.:：]*)?((?:0|\+66[\s-]?(?:\(0\))?)[\d\s-]{7,14}\d)/gi;
const BARE_PHONE = /\b0(?:\d{1,2}[-\s]\d{3}[-\s]?\d{3,4}|[-\s]\d{4}[-\s]\d{4})\b/g;
/** A tel: link's number holds digits and separators only: 'tel:0-2xxx-xxxx' is a template's placeholder, no phone. */
const TEL_NUMBER = /^\+?[\d\s().-]*\d[\d\s().-]*$/;
// Bounded and anchored on both sides: an unbounded local part is quadratic on long runs of letters.
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,5}\.[A-Za-z]{2,24}(?![A-Za-z0-9-])/g;
/**
 * An e-mail address written after its label with the '@' slipped into a dot ('อีเมล : trat23moph.mail.go.th'): the
 * reader sees the address the label announces. Only a host-like run after the label, of two dots at least.
 */
const LABELLED_EMAIL_SLIP = /(?:อีเมล์?|อีเมลล์|e-?mail)\s*:?\s*([A-Za-z0-9_-]{2,64}(?:\.[A-Za-z0-9-]{1,63}){1,5}\.[A-Za-z]{2,24})(?![A-Za-z0-9@.-])/gi;
/**
 * Rule email-cloaked: Joomla (1.5 – 5, every Thai government Joomla site) replaces each e-mail address in an article
 * with a script and this notice for readers without scripts (JLIB_HTML_CLOAKING, in English or in the Thai language
 * pack: 'อีเมลนี้จะถูกป้องกันจากสแปมบอท …'); a browser shows the address in its place. The page gives an e-mail.
 */
const EMAIL_CLOAKED = /email address is being protected from spambots|ป้องกันจากสแปมบอท/i;
/** The value recorded for an address hidden by a script (it has no '@': no domain is read from it). */
export const CLOAKED_EMAIL = 'e-mail written by a script';
/**
 * A postal address: village number with sub-district, sub-district with district; in Bangkok แขวง with เขต, or a
 * เขต with the city and its postcode; else a district with its province and postcode ('อ.หาดใหญ่ จ.สงขลา 90110').
 */
const ADDRESS =
  /(?:(?:หมู่(?:ที่)?|ม\.)\s*\d{1,2}\s*(?:ตำบล|ต\.)\s*[\u0E00-\u0E7F]+|(?:ตำบล|ต\.)\s*[\u0E00-\u0E7F]+\s*(?:อำเภอ|อ\.)\s*[\u0E00-\u0E7F]+|แขวง\s*[\u0E00-\u0E7F]+\s*เขต\s*[\u0E00-\u0E7F]+|เขต\s*[\u0E00-\u0E7F]+\s*(?:กรุงเทพมหานคร|กรุงเทพฯ|กรุงเทพ|กทม\.?)\s*\d{5}|(?:อำเภอ|อ\.)\s*[\u0E00-\u0E7F]+\s*(?:จังหวัด|จ\.)\s*[\u0E00-\u0E7F]+\s*\d{5})/;

/** Every link the loop below can take for a contact holds one of these (its scheme or part of its host). */
const CONTACT_LINK_HINT = /^(?:mailto|tel):|facebook\.com|fb\.com|fb\.me|m\.me|line\.me|lin\.ee|youtube\.com|youtu\.be|goo\.gl|google\.|googleapis\.com|g\.page|openstreetmap|osm\.org|longdo\.com|bing\.com|maps\.apple\.com|here\.com|waze\.com/i;

/** Hosts (without www.) that serve nothing but maps: Google's map hosts and short links, OpenStreetMap, Longdo Map, Apple Maps, HERE WeGo, Waze. */
const MAP_HOSTS = /(?:^|\.)(?:maps\.google\.[a-z.]+|maps\.app\.goo\.gl|g\.page|openstreetmap\.org|osm\.org|map\.longdo\.com|maps\.apple\.com|wego\.here\.com|waze\.com)$/;

/**
 * Whether a URL shows a map (a location map's embed or link): a map host, or a maps path of a general host —
 * google.*\/maps (the embed `google.com/maps/embed?pb=…`), goo.gl/maps/…, bing.com/maps, longdo.com/map. Not a Google
 * My Maps map (`google.com/maps/d/…`): a map someone drew of many places (risk areas, tourist spots, routes), not where
 * the office is; a page must name it for the location (location-map-shown reads names).
 */
export function isMapUrl(url: URL): boolean {
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const path = url.pathname.toLowerCase();
  if (/^(?:maps\.)?google\.[a-z.]+$/.test(host) && path.startsWith('/maps/d/')) return false;
  if (MAP_HOSTS.test(host)) return true;
  if (host === 'goo.gl') return path.startsWith('/maps');
  // The Maps Embed API's frame, and the JavaScript API a page draws its map with (build-snapshot's map-script).
  if (host === 'maps.googleapis.com') return path.startsWith('/maps/embed') || path === '/maps/api/js';
  if (host === 'api.longdo.com') return path.startsWith('/map/');
  if (/^google\.[a-z.]+$/.test(host) || host === 'bing.com') return path === '/maps' || path.startsWith('/maps/');
  return host === 'longdo.com' && (path === '/map' || path.startsWith('/map/'));
}

/**
 * A map the page draws by script (the Google Maps JavaScript API, Longdo Map's API): it shows where the page's own
 * script says — the office on a contact page, the reporter's position on a report form — so it counts only on a page
 * that is the contact evidence, never as the site's map from any page.
 */
export function isScriptMap(value: string): boolean {
  return /^https?:\/\/(?:maps\.googleapis\.com\/maps\/api\/js|api\.longdo\.com\/map\/)/i.test(value);
}

/** Contact signals in the page text and links: phone, e-mail, address, social and map links. */
export function findContacts(text: string, linkUrls: string[]): Contact[] {
  const out = new Map<string, Contact>();
  const add = (c: Contact) => out.set(`${c.kind}:${c.value}`, c);
  for (const m of text.matchAll(PHONE)) if (m[1]) add({ kind: 'phone', value: m[1].replace(/\s+/g, ' ').trim() });
  if (![...out.values()].some((c) => c.kind === 'phone')) {
    for (const m of text.matchAll(BARE_PHONE)) add({ kind: 'phone', value: m[0] });
  }
  for (const m of text.matchAll(FAX)) if (m[1]) add({ kind: 'fax', value: m[1].replace(/\s+/g, ' ').trim() });
  // An address holds an @: a page's text without one is not scanned (the pattern tries up to 64 characters at each letter).
  if (text.includes('@')) for (const m of text.matchAll(EMAIL)) add({ kind: 'email', value: m[0].toLowerCase() });
  if (![...out.values()].some((c) => c.kind === 'email')) for (const m of text.matchAll(LABELLED_EMAIL_SLIP)) if (m[1]) add({ kind: 'email', value: m[1].toLowerCase() });
  if (![...out.values()].some((c) => c.kind === 'email') && EMAIL_CLOAKED.test(text)) add({ kind: 'email', value: CLOAKED_EMAIL });
  const addr = ADDRESS.exec(text);
  if (addr) add({ kind: 'address', value: addr[0].replace(/\s+/g, ' ').trim() });
  for (const href of linkUrls) {
    // Most links are the site's own pages: only a mailto/tel link or one naming a network's host is parsed.
    if (!CONTACT_LINK_HINT.test(href)) continue;
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      continue;
    }
    const host = url.hostname.replace(/^www\./, '');
    if (url.protocol === 'mailto:') add({ kind: 'email', value: url.pathname.toLowerCase() });
    else if (url.protocol === 'tel:') {
      const number = decodeSafe(url.pathname);
      if (TEL_NUMBER.test(number) && isThaiPhoneNumber(number)) add({ kind: 'phone', value: number });
    }
    else if (/(^|\.)(facebook\.com|fb\.com|fb\.me|m\.me)$/.test(host)) add({ kind: 'facebook', value: url.href });
    else if (/(^|\.)(line\.me|lin\.ee)$/.test(host)) add({ kind: 'line', value: url.href });
    else if (/(^|\.)(youtube\.com|youtu\.be)$/.test(host)) add({ kind: 'youtube', value: url.href });
    else if (isMapUrl(url)) add({ kind: 'map', value: url.href });
  }
  return [...out.values()].slice(0, 50);
}

/**
 * Rule tel-not-a-number: a tel: link's digits form a Thai number — 0 and 8–11 more digits (02 123 4567, 081 234 5678,
 * a range glued on: 'tel:03723303336' for 037 233 033-36),
 * +66 / 66 and 8–9 digits, or a four-digit hotline 1xxx (1111, 1669) — and are not one digit run over and over
 * ('9999999990', '0000000000': a template's filler). Anything else is no phone.
 */
export function isThaiPhoneNumber(number: string): boolean {
  const digits = number.replace(/\D/g, '');
  if (/(\d)\1{6}/.test(digits)) return false;
  return /^0\d{8,11}$/.test(digits) || /^66\d{8,9}$/.test(digits) || /^1\d{3}$/.test(digits);
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
