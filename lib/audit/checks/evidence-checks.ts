import type { MatchedBy } from '../../report/report-schema.ts';
import type { DatedMention, PageSnapshot } from '../../snapshot/page-snapshot.ts';
import { isPagerLabel, isPagerLink } from '../../crawl/traps.ts';
import { findContacts, isMapUrl } from '../../snapshot/find-contacts.ts';
import { fileNameLabel } from '../../snapshot/link-kind.ts';
import { defineCheck } from './check.ts';
import { bestState, type TargetState } from './target-checks.ts';
import { phoneFitsPostcode } from '../../thai/phone-area.ts';

/** A Thai mobile number (06, 08, 09 and eight digits more): a person's own line, not an office's switchboard. */
const MOBILE = /^(?:\+?66|0)[689]\d{8}$/;

/** An ITA/OIT index page: its rows without links are items listed with no document. */
const ITA_PAGE = /\b(ita|oit)\b|คุณธรรมและความโปร่งใส|เปิดเผยข้อมูลสาธารณะ/i;
const O_NUMBER_ROW = /^\s*[Oo0]\s?\d{1,2}\b/;
/** A heading that is an ITA item's requirement: "MOIT 17 …", "17 | MOIT 17 …", "EB 5 …", "OIT 3 …", "O12 …". */
const ITA_ITEM_HEADING = /^\s*(\d{1,2}\s*[|.:)]\s*)?(moit|eb|oit|o)\s?\d{1,2}\b/i;
/** A label with this many Thai letters is a sentence of its own (an evidence row), not a button or a date. */
const SENTENCE_CHARS = 25;
/** The start of a quality-assurance indicator's or a KPI's title: 'ตัวบ่งชี้ที่ 1.1', 'ตัวบ่งชี้ 7.4', 'ระดับความสำเร็จ…', 'ร้อยละของ…'. */
const ASSESSMENT_INDICATOR = /^(?:ตัวบ่งชี้(?:ที่)?\s*\d|ระดับความสำเร็จ|ร้อยละของ)/u;
const URL_LIKE = /^(https?:\/\/|www\.|\/)\S*$/i;
/** Share buttons of social networks: they post the page, they are not the organisation's account. */
const SHARE_BUTTON = /\/(?:sharer|share|intent|dialog|plugins|social-plugin|R\/msg)(?:[/.?#]|$)|[?&](?:u|url|text)=http/i;
/** The file name of an error or stand-in picture: '404', 'error', 'not found', 'coming soon', 'under construction', 'no image', 'placeholder' as its words. */
const ERROR_PICTURE = /^(?:.*[^a-z0-9])?(?:40[34]|50[03]|error|not[-_ ]?found|page[-_ ]?not[-_ ]?found|coming[-_ ]?soon|under[-_ ]?construction|no[-_ ]?(?:image|photo|picture|img)|placeholder)(?:[^a-z0-9].*)?\.(?:png|jpe?g|gif|webp|svg)$/i;

/** The last path segment of an image's src, decoded ('imageweb/404.png' → '404.png'). */
function fileNameOf(src: string): string {
  const path = src.split(/[?#]/)[0] ?? '';
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** One video whose address names no account: YouTube's watch, short-link, embed and shorts addresses, Facebook's watch links. */
const SINGLE_VIDEO = /^https?:\/\/(?:(?:www\.|m\.)?youtube(?:-nocookie)?\.com\/(?:watch\b|embed\/|shorts\/|v\/)|youtu\.be\/|fb\.watch\/|(?:www\.|m\.)?facebook\.com\/watch\/?\?)/i;
/** One post, photo or video on Facebook ('facebook.com/kusocialsciences/posts/863…', 'permalink.php?story_fbid=…', 'photo.php?fbid='): a headline shared there, not a link to an account. */
const SINGLE_POST = /^https?:\/\/(?:(?:www|m|web)\.)?facebook\.com\/(?:[^/?#]+\/(?:posts|photos|videos)\/|(?:permalink|story|photo)\.php\?)/i;
/** The words of a call to register or join (social-invitation), opening a link's own label. */
const SOCIAL_INVITATION = /^(?:ลงทะเบียน|สมัครสมาชิก|สมัครเข้าร่วม|เข้าร่วมกลุ่ม|ขอเข้าร่วม|join\b|register\b|sign\s?up\b)/i;
/** A Facebook group: the space of its members, not an account of the organisation. */
const FACEBOOK_GROUP = /^https?:\/\/(?:(?:www|m|web)\.)?facebook\.com\/groups\//i;

/** A notice that a page or site is still being made: "🚧 อยู่ระหว่างปรับปรุงเว็บไซต์", "กำลังจัดทำ", "coming soon". */
const UNDER_WORK = String.raw`(?:อยู่|กำลัง)\s?(?:อยู่)?ระหว่าง(?:การ)?\s?(?:ปรับปรุง|จัดทำ)|กำลัง(?:ปรับปรุง|จัดทำ)|under construction|coming soon`;
/**
 * The English notices of an empty list that Laravel and WordPress themes print: "No information was found at this time.",
 * "No data available", "No records found", "Nothing found", "There is no data".
 */
const EMPTY_NOTICE_EN = String.raw`no (?:information|data|records?|items?|results?|posts?|news|documents?|entries)(?: (?:was|were|is|are))? (?:found|available|yet)|nothing (?:was )?found|there (?:is|are) no (?:data|information|records?|items?|posts?)`;
/** Text that shows nothing: a notice that the data is not there yet, or a template's filler. */
const STUB_TEXT = new RegExp(
  `(?:${UNDER_WORK}|${EMPTY_NOTICE_EN}|อยู่ระหว่าง(?:การ)?ดำเนินการ|ยังไม่มี(?:ข้อมูล|รายการ|กระทู้|คำถาม)|ไม่พบ(?:ข้อมูล|รายการ)|กรุณากลับมา(?:ใหม่|อีกครั้ง)[^ ]*|not available|no data|lorem ipsum[^.]*|card title|some quick example text[^.]*)`,
  'giu',
);
/**
 * A block that is only a notice that a list is empty: "ยังไม่มีข้อมูลบุคลากร", "ไม่มีข้อมูลแผนพัฒนาท้องถิ่น", "ไม่พบข้อมูลในขณะนี้",
 * "ยังไม่มีข่าวสาร" (an icon or punctuation before it allowed). Not "ไม่มีเรื่องร้องเรียน": a statistic of none is data.
 */
const EMPTY_NOTICE = new RegExp(`^[^\\p{L}]*(?:(?:ยัง)?ไม่(?:มี|พบ)(?:ข้อมูล|รายการ|ข่าว|เอกสาร|ประกาศ|บุคลากร|กระทู้|คำถาม)|${EMPTY_NOTICE_EN}|${UNDER_WORK})[^\\n]{0,50}$`, 'iu');
/** A phone number's label in a line of text. */
const PHONE_LABEL = /โทร|tel\b|phone/iu;
/** A phone slot filled with a template's placeholder: "โทร: 043-xxx-xxx", "Tel. 0xx-xxx-xxxx". */
const PLACEHOLDER_PHONE = /(?:โทร(?:ศัพท์)?|tel|phone)\.?\s*:?\s*[\dx]{0,4}[-\s]?x{3}/iu;
/** Pages a footer must repeat on to be told by repetition (site-index's least boilerplate threshold). */
const FOOTER_REPEAT_PAGES = 3;
/** Letters of other text a page that holds nothing may still have (its intro line, a hint to the administrator). */
const EMPTY_PAGE_LETTERS = 200;
/** A title of address that starts a person's name; "นายก…" (นายกเทศมนตรี, นายก อบต.) is a position, not a name. */
const NAME_PREFIX = /(?:นาย(?!ก(?:เทศมนตรี|องค์การ|\s|\.|อบต|อบจ|รัฐมนตรี))|นางสาว|นาง|น\.ส\.|ดร\.|ว่าที่\s?(?:ร\.ต\.|ร้อยตรี))\s?[\u0E00-\u0E7F]{2,}\s+[\u0E00-\u0E7F]{2,}/u;

/** A URL of a listing by keyword: a path segment tag/tags/tagged or taxonomy/term, or a tag query key. */
const TAG_LISTING = /\/(?:tags?|tagged)(?:\.php|\.aspx?|\/)|\/taxonomy\/term\/|[?&](?:tags?|tagged)=/i;

/** A picture's file named for a map: 'map.jpg', 'googlemap.png', 'mapview.jpg', 'map_office.png' (not 'sitemap', 'roadmap'). */
const MAP_FILE = /(?:^|[^a-z])(?:google|g)?maps?(?:view)?(?:[^a-z]|$)/i;

/**
 * The wording of an ITA criterion, as ITA index pages print it under each item: what the item must contain or cover
 * ("ประกอบด้วย ชื่อ-นามสกุล ตำแหน่ง รูปถ่าย…", "อย่างน้อยประกอบด้วย", "ตำแหน่งบนเว็บไซต์ของ…", "เป็นข้อมูล…ในปีงบประมาณปัจจุบัน").
 */
const REQUIREMENT_WORDING = /ประกอบด้วย|อย่างน้อย|ตำแหน่งบนเว็บไซต์|เป็นข้อมูล|ในปีงบประมาณปัจจุบัน|ของปีงบประมาณปัจจุบัน|ย้อนหลัง\s*1\s*ปี|ที่ยังใช้บังคับ/u;
/** Letters a page section must hold to show an item by itself (a name and a position, a thread, an address). */
const SECTION_LETTERS = 40;
/** Letters of entries a section must hold to list its item without a document (one teaser title). */
const LISTED_LETTERS = 10;
/** Words that only name a period (a row titled by its year or month names no document of its own). */
const PERIOD_WORDS = /ประจำปี(?:งบประมาณ)?|ปีงบประมาณ|ปีการศึกษา|งบประมาณ|พ\.\s?ศ\.|ไตรมาส(?:ที่)?|ครั้งที่|รอบ|เดือน|มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม|ปี|fiscal year|year/giu;
/** Links of this many different concepts leading to one page make it a hub (a generic page behind a menu). */
export const HUB_CONCEPTS = 3;
/** Placeholder text of web templates (Bootstrap cards, lorem ipsum). */
const TEMPLATE_TEXT = /lorem ipsum|dolor sit amet|^card (?:title|subtitle|text)\b|some quick example text|^(?:title|heading|subtitle|your text here)$|\b(?:consectetur|adipisicing|adipiscing|eiusmod|incididunt|necessitatibus|quisquam|voluptatem|voluptatum|voluptates|magnam dolores|exercitationem)\b/i;

/** A person's name as printed on a card: a title of address, then a given name and a family name, nothing else. */
/** A person's name anywhere in a text: a title of address, a medical, academic, military or police title, then a given and a family name. */
const ANY_PERSON_NAME =
  /(?:นาย(?!ก(?:เทศมนตรี|องค์การ|\s|\.|อบต|อบจ|รัฐมนตรี))|นางสาว|นาง|น\.ส\.|ดร\.|(?:นพ|พญ|ทพ|ทพญ|ภก|ภญ|ผศ|รศ|ศ)\.\s?|นายแพทย์|แพทย์หญิง|ว่าที่\s?(?:ร\.ต\.|ร้อยตรี)|(?:พล|พัน|ร้อย|จ่า|สิบ)(?:ตำรวจ|อากาศ)?(?:เอก|โท|ตรี)(?:หญิง)?|(?:พล\.|พ\.|ร\.|จ\.|ส\.|ด\.)(?:ต\.)?[อทต]\.(?:หญิง)?|ด\.ต\.|Mr\.|Mrs\.|Ms\.|Dr\.)\s?[\u0E00-\u0E7FA-Za-z]{2,}\s+[\u0E00-\u0E7FA-Za-z]{2,}/u;
/** A person's name alone on a card: a title of address (or an academic rank, 'รศ.ดร.', 'ผศ.'), a given and a family name. */
const PERSON_NAME = /^(?:(?:(?:ผศ|รศ|ศ)\.\s?|(?:ผู้ช่วย|รอง)?ศาสตราจารย์\s?)(?:นาย|นางสาว|นาง|น\.ส\.|ดร\.|(?:นพ|พญ|ทพ|ทพญ|ภก|ภญ)\.|นายแพทย์|แพทย์หญิง|ทันตแพทย์หญิง|ทันตแพทย์|เภสัชกรหญิง|เภสัชกร|ว่าที่\s?(?:ร\.ต\.|ร้อยตรี)\s?|(?:พล|พัน|ร้อย)(?:ตำรวจ)?(?:เอก|โท|ตรี)(?:หญิง)?|(?:พล\.|พ\.|ร\.)(?:ต\.)?[อทต]\.(?:หญิง)?|ด\.ต\.)?|(?:นาย|นางสาว|นาง|น\.ส\.|ดร\.|(?:นพ|พญ|ทพ|ทพญ|ภก|ภญ)\.|นายแพทย์|แพทย์หญิง|ทันตแพทย์หญิง|ทันตแพทย์|เภสัชกรหญิง|เภสัชกร|ว่าที่\s?(?:ร\.ต\.|ร้อยตรี)\s?|(?:พล|พัน|ร้อย)(?:ตำรวจ)?(?:เอก|โท|ตรี)(?:หญิง)?|(?:พล\.|พ\.|ร\.)(?:ต\.)?[อทต]\.(?:หญิง)?|ด\.ต\.))\s?[\u0E00-\u0E7F]{2,}\s+[\u0E00-\u0E7F]{2,}$/u;
/** A post printed beside a person's name on a card: a head, a deputy, an adviser, a secretary of a public body. */
const POST_WORD = /^(?:รอง|ผู้ช่วย)?(?:นายก|ผู้อำนวยการ|ปลัด|ประธาน|หัวหน้า|ที่ปรึกษา|เลขานุการ|ผู้บัญชาการ|ผู้กำกับการ|อธิการบดี|คณบดี|ผู้จัดการ)|^(?:deputy\s+)?director\b/iu;
/** Different posts one person's name must stand under before the cards are a copied sample (one person may hold two). */
const MANY_POSTS = 3;
/** Letters of its own text a page must hold to be a guide written out, not pictures of one (page-lacks-required-words). */
const TEXT_GUIDE_LETTERS = 200;
/** A page's text blocks as a card prints them: trimmed, spaces collapsed, the quotes around a name taken off. */
const cardBlocks = (blocks: readonly string[]): string[] => blocks.map((b) => cardText(b).replace(/\s+/g, ' '));
/** A block that names a post and no person ('รองนายกเทศมนตรี', 'ผู้อำนวยการโรงเรียน…'). */
const isPostBlock = (b: string): boolean => POST_WORD.test(b) && !PERSON_NAME.test(b);
/** A post line is short ('รองนายกเทศมนตรี (คนที่ 1)'), not a sentence that starts with a post. */
const POST_LINE = 60;
/** Blocks either side of a post where its holder's name stands on a card (post, unit line, name). */
const NAME_REACH = 2;
/** Posts with no one's name a page must list to be a team named by post (posts-without-names). */
const MIN_UNNAMED_POSTS = 2;
/** An acting or stand-in post: a real second post of one person ("ปลัด อบต. รักษาการแทน ผู้อำนวยการกองช่าง"). */
const ACTING_POST = /รักษาการ|รักษาราชการ|ปฏิบัติหน้าที่|ปฏิบัติราชการแทน|\bacting\b/iu;
/**
 * The top position of a Thai public body, as printed under a name: mayor, chief executive, director, permanent secretary;
 * and the heads of bodies that are not local government: a prison's or a command's ผู้บัญชาการ, a police station's
 * ผู้กำกับการ, a district's นายอำเภอ, a province's ผู้ว่าราชการจังหวัด, a university's อธิการบดี, a faculty's คณบดี.
 */
/**
 * The heads of a ministry's provincial and district offices, titled by their office and its area
 * ('เจ้าพนักงานที่ดินจังหวัดอ่างทอง', 'เกษตรจังหวัด…', 'นายแพทย์สาธารณสุขจังหวัด…', 'สาธารณสุขอำเภอ…', 'ท้องถิ่นจังหวัด…').
 */
const AREA_OFFICE_HEAD = '(?:เจ้าพนักงานที่ดิน|เกษตร|ปศุสัตว์|ประมง|พัฒนาการ|สหกรณ์|คลัง|แรงงาน|วัฒนธรรม|ท้องถิ่น|ป่าไม้|โยธาธิการและผังเมือง|ขนส่ง|อัยการ|(?:นายแพทย์)?สาธารณสุข|ศึกษาธิการ|พาณิชย์|อุตสาหกรรม|พลังงาน|ทรัพยากรธรรมชาติและสิ่งแวดล้อม|ประชาสัมพันธ์|สถิติ|ยุติธรรม|สัสดี|พัฒนาสังคมและความมั่นคงของมนุษย์|ป้องกันและบรรเทาสาธารณภัย|หัวหน้าสำนักงาน)(?:จังหวัด|อำเภอ)';
const TOP_POSITION = new RegExp(
  `^(?:ต[ำา]?แ?หน่ง\\s?:?\\s?)?(?:(?:รักษาการ(?:ในตำแหน่ง|แทน)?|รักษาราชการแทน|ปฏิบัติหน้าที่)\\s?)?(?:นายก(?:องค์การบริหารส่วน|เทศมนตรี)|ผู้อำนวยการ|ปลัด(?:องค์การบริหารส่วน|เทศบาล)|ผู้บัญชาการ|ผู้กำกับการ|นายอำเภอ|ผู้ว่าราชการจังหวัด|อธิการบดี|คณบดี|${AREA_OFFICE_HEAD})[\\u0E00-\\u0E7F ]{0,60}$`,
  'u',
);

/** A Thai local body's name: its kind (long or short form) and its own name ("องค์การบริหารส่วนตำบลเสม็ดใต้", "อบต.เสม็ดใต้"). */
const LOCAL_BODY = /(?:องค์การบริหารส่วนตำบล|องค์การบริหารส่วนจังหวัด|เทศบาล(?:ตำบล|เมือง|นคร)|อบต\.|อบจ\.|ทต\.|ทม\.|ทน\.)\s?([\u0E00-\u0E7F]{2,})/gu;

/** The own names of the local bodies named in some texts ("เสม็ดใต้" for both long and short forms). */
export function localBodyNames(texts: readonly string[]): string[] {
  const names = new Set<string>();
  for (const t of texts) for (const m of t.matchAll(LOCAL_BODY)) if (m[1]) names.add(m[1]);
  return [...names];
}

/** Rules for one document per year or period: a month's file, found only by its row or heading, is not one. */
const ONE_DOCUMENT_RULES = new Set(['in-force', 'previous-fiscal-year', 'first-half', 'multi-year']);

/** A link labelled with one month ("เดือน ตุลาคม 2567"): a piece of a monthly series. */
function namesOneMonth(dates: readonly DatedMention[]): boolean {
  const label = dates.filter((d) => d.source === 'link-label');
  return label.length > 0 && label.every((d) => d.precision === 'month' && d.until === undefined);
}

/** A title of address and a given name alone ("นายบรรยงค์"): the first line of a name broken by a line break. */
const GIVEN_NAME_LINE = /^(?:นาย(?!ก(?:เทศมนตรี|องค์การ|อบต|อบจ|รัฐมนตรี))|นางสาว|นาง|น\.ส\.|ดร\.)\s?[\u0E00-\u0E7F]{2,}$/u;
/** One Thai word alone on a line (a family name after a line break). */
const ONE_THAI_WORD = /^[\u0E00-\u0E7F]{2,}$/u;

/** A card's line as a person reads it: trimmed, and the quotes a theme prints around a name ('"แพทย์หญิง จีรภา โพธิ์พรม"') taken off. */
function cardText(block: string): string {
  return block.trim().replace(/^["'“”‘’«»]+\s*|\s*["'“”‘’«»]+$/g, '');
}

/**
 * Rule split-name-card: the blocks of a person card, with a name broken over two blocks by a line break (a title of
 * address and a given name, then the family name alone) joined into one. Returns the blocks, each with where it began.
 */
export function joinSplitNames(blocks: readonly string[]): { text: string; from: number; to: number }[] {
  const out: { text: string; from: number; to: number }[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = cardText(blocks[i] ?? '');
    const next = cardText(blocks[i + 1] ?? '');
    if (GIVEN_NAME_LINE.test(b) && ONE_THAI_WORD.test(next) && !TOP_POSITION.test(next)) {
      out.push({ text: `${b} ${next}`, from: i, to: i + 1 });
      i++;
    } else out.push({ text: b, from: i, to: i });
  }
  return out;
}

/** Where the first person card (a name and the top position of a public body, one over the other) starts among some blocks; -1 when none. */
export function personCardAt(blocks: readonly string[]): number {
  const joined = joinSplitNames(blocks);
  // A name over its post ("นายสุเทพ …" / "นายกเทศมนตรี…"), or a post heading over the name ("ผู้อำนวยการโรงเรียน" / "นาย…").
  const at = joined.findIndex((b, i) => (PERSON_NAME.test(b.text) && TOP_POSITION.test(joined[i + 1]?.text ?? '')) || (TOP_POSITION.test(b.text) && PERSON_NAME.test(joined[i + 1]?.text ?? '')));
  return at < 0 ? -1 : joined[at]!.from;
}

/** A form that submits nowhere: "#" or a script URL (an empty action posts to the page itself, which works). */
const INERT_ACTION = /^\s*(#.*|javascript:.*)$/i;

/** What a channel page offers a person: a usable channel, only forms that submit nowhere, or nothing to use. */
export type ChannelPageState = 'ok' | 'inert-form' | 'no-channel';

/** Checks on which text of a link or page may name a concept, and which found evidence counts for an item. */
/** Letters (with their marks) in a text: what a section holds once digits, spaces and punctuation are left out. */
function letterCount(text: string): number {
  return text.replace(/[^\p{L}\p{M}]/gu, '').length;
}

/** The title of an Act, a royal decree, or a volume of the Budget Bureau's budget documents, at the start of a label. */
const NATIONAL_DOCUMENT = /^\s*(?:\d+[.)]?\s*)?(?:พ\.?\s?ร\.?\s?บ\.?|พระราชบัญญัติ|พระราชกฤษฎีกา|พ\.?\s?ร\.?\s?ฎ\.?|เอกสารงบประมาณ\s*ฉบับที่)/;

/** An account written as text: a network's address with a path, or the network's name, a colon and a name or handle. */
const SOCIAL_TEXT =
  /(?:^|[^\w./])(?:www\.)?(?:facebook\.com|fb\.com|fb\.me|line\.me|lin\.ee|youtube\.com|tiktok\.com|instagram\.com)\/[\w.@%-]{3,}|(?:facebook|fb|เฟซบุ๊[กค]|เฟสบุ๊[กค]|line(?:\s?id)?|ไลน์(?:ไอดี)?|youtube|ยูทูบ|tiktok|instagram)\s*[:：]\s*@?[\u0E00-\u0E7FA-Za-z0-9]/i;

/** Bodies of another kind beside a public organisation, named in a social link's label: not the organisation's own account. */
const OTHER_BODY_ACCOUNT = /สหกรณ์|ชมรม|สมาคม|มูลนิธิ|สโมสร|กองทุน|ศิษย์เก่า|สโมสรนักศึกษา|องค์การนักศึกษา|วารสาร|alumni|club|association|foundation|journal/i;

/** A file, not a system: a file host's document or a document's extension. */
const FILE_LINK = /^https?:\/\/(?:drive\.google\.com|docs\.google\.com|onedrive\.live\.com|1drv\.ms|(?:www\.)?dropbox\.com)\/|\.(?:pdf|docx?|xlsx?|pptx?|zip|rar)(?:[?#]|$)/i;

/** Online form services: a link there opens a form (Google Forms, Microsoft Forms). */
const FORM_SERVICE = /^https?:\/\/(?:docs\.google\.com\/forms\/|forms\.gle\/|forms\.office\.com\/|forms\.microsoft\.com\/)/i;

/** What the location-map checks read of a page. */
export type MapPage = Pick<PageSnapshot, 'contacts' | 'links' | 'headings' | 'prose'> & Partial<Pick<PageSnapshot, 'pictures'>>;

/** Characters of the heading's match key that may stand before the item's term in a section title (a number, an icon). */
const SECTION_TITLE_LEAD = 3;
/** row-text-is-title: where a term may stand in a row's text, and how long a row's text may be, for the row to name its link (letters of the compact key). */
const ROW_TITLE_LEAD = 80;
const ROW_TITLE_SHORT = 160;
/** A heading whose match key is this short is a title whatever stands before the term ('รายนามคณะผู้บริหาร'). */
const SECTION_TITLE_SHORT = 30;
/** A heading longer than this (characters) may be a sentence (heading-is-sentence)… */
const SENTENCE_HEADING = 80;
/** …when the item's term starts after this many characters. */
const SENTENCE_TERM_START = 30;

/** A line of prose this short that names a map is its caption ("แผนที่ตั้งโรงเรียน", "ดูแผนที่"), not a sentence about something else. */
const MAP_CAPTION_CHARS = 40;
/** Embedded frames of these hosts are known not to be maps: a video, a social page or feed. */
const NOT_MAP_FRAME_HOSTS = /(?:^|\.)(?:youtube\.com|youtube-nocookie\.com|youtu\.be|facebook\.com|fb\.com|twitter\.com|x\.com|instagram\.com|tiktok\.com|line\.me|messenger\.com|m\.me)$/;
const FRAME_ORIGINS = new Set(['iframe', 'embed', 'object']);

/** A URL, relative ones read against a stand-in base (only their path is read), or null. */
export function urlOf(href: string): URL | null {
  try {
    return new URL(href, 'http://relative.invalid/');
  } catch {
    return null;
  }
}

/** Domains web templates and tutorials print as a sample e-mail ("info@example.com", "contact@yourdomain.com"). */
const DEMO_MAIL_DOMAIN = /@(?:example|domain|yourdomain|yoursite|yourcompany|company|website|test|email)\.(?:com|org|net)$/i;
/** A foreign sample postal address in a template's contact block: a US state and ZIP code, "USA", a sample city. */
const FOREIGN_SAMPLE_ADDRESS = /\b[A-Z]{2}\s\d{5}\b|\bUSA\b|\bUnited States\b|\bSan Francisco\b|\bNew York\b|\bLorem\b/;

/** A template's placeholder for a person's name ('ชื่อ-นามสกุล', 'ชื่อ นามสกุล'). */
const PLACEHOLDER_NAME = /ชื่อ\s*[-–]?\s*นามสกุล/g;
/** A placeholder that can be nothing but a sample card ('นาย/นาง/นางสาว ชื่อ นามสกุล', 'Firstname Lastname'). */
const PLACEHOLDER_NAME_FULL = /นาย\s*\/\s*นาง(?:\s*\/\s*นางสาว)?\s*ชื่อ|first\s*name\s+last\s*name/i;

export const EVIDENCE_CHECKS = {
  formServiceLink: defineCheck('form-service-link', 'evidence', 'A link to an online form service (docs.google.com/forms, forms.gle, Microsoft Forms) is a channel with a form of its own, on another host: it takes reports but shows no answer, so related-channel-only offers it for a reporting channel (a general complaint form for the corruption channel), never for Q&A.', (url: string): boolean =>
    FORM_SERVICE.test(url)),
  embeddedFormChannel: defineCheck(
    'embedded-form-channel',
    'evidence',
    "A channel (complaint, opinion, e-service) whose online form service (Google Forms, Microsoft Forms) is embedded in a page of the site, under the channel's heading ('ระบบรับเรื่องร้องเรียนทุจริต…' over an iframe of docs.google.com/forms/…/viewform?embedded=true), is usable on the site itself: its link to the form is evidence like the site's own form, not an off-site one.",
    (channel: boolean, url: string, formsEmbeddedOnPage: readonly string[]): boolean => channel && FORM_SERVICE.test(url) && formsEmbeddedOnPage.some((f) => FORM_SERVICE.test(f)),
  ),
  relatedChannelOffSite: defineCheck(
    'related-channel-off-site',
    'evidence',
    "An off-site link stands as a related channel (Concept.reviewWith: a general complaint channel for the corruption channel, making it review, never a pass) when it opens an online form service (form-service-link) or its own label names the related channel ('ร้องเรียน ร้องทุกข์' → the department's Damrongdhama system) and it is no file (a Google Doc, a PDF): whether it takes corruption reports a person must see.",
    (url: string, namedByOwnLabel: boolean): boolean => FORM_SERVICE.test(url) || (namedByOwnLabel && !FILE_LINK.test(url)),
  ),
  messageFormChannel: defineCheck(
    'message-form-channel',
    'evidence',
    "A page of a related concept (Concept.messageFormOf: the contact page for the opinion channel) that holds a working form with a text area to write in (form-free-text; not a search box, sign-up or log-in, not a form that submits nowhere) takes anyone's message about the organisation's work: it is the channel itself — labellers pass the opinion channel on a contact page's free-text form (real32, real88, real95, real118) and not on a page of phone numbers or a log-in box.",
    (forms: readonly { action: string; freeText?: true; sendsNothing?: true; purpose?: string; noFields?: true }[]): boolean =>
      forms.some((f) => f.freeText === true && f.purpose === undefined && f.noFields !== true && f.sendsNothing !== true && !INERT_ACTION.test(f.action)),
  ),
  assessmentIndicatorTitle: defineCheck(
    'assessment-indicator-title',
    'evidence',
    "A label that is the title of a quality-assurance indicator or a KPI ('ตัวบ่งชี้ที่ 7.4 ระดับความสำเร็จในการเปิดโอกาสให้บุคคลภายนอกเข้ามามีส่วนร่วม…', 'ระดับความสำเร็จของการดำเนินงานตามแผน…') names a criterion an assessment scores, not the item's document: the words of the item inside it name nothing. (ITA's own 'ตัวชี้วัดที่ 10 …' headings are not this: they head the items.)",
    (label: string): boolean => ASSESSMENT_INDICATOR.test(label.trim()),
  ),
  labelIsUrl: defineCheck('label-is-url', 'evidence', 'A label that is just a URL ("https://…", "/opinion.php") names nothing: the row or heading says what the link is for.', (label: string): boolean =>
    URL_LIKE.test(label)),
  contactByLabelOnly: defineCheck('contact-by-label-only', 'evidence', 'A mailto:/tel: link counts only by its own label, never by the row or heading it stands in.', (kind: string): boolean => kind === 'contact'),
  menuToggle: defineCheck(
    'menu-toggle',
    'evidence',
    'An empty link repeated on many pages ("ข้อมูลพื้นฐาน" → #) is a menu toggle, not an item listed without a document — unless it stands in the content, outside any menu (a card\'s "อ่านเพิ่มเติม" → #! repeated on several pages).',
    (emptyLink: boolean, onManyPages: boolean, inContent = false): boolean => emptyLink && onManyPages && !inContent,
  ),
  rowNamedBySibling: defineCheck(
    'row-named-by-sibling',
    'evidence',
    'A titled link does not take a concept from its row (a list row, an ITA index row, a bold item line over link paragraphs) when another working link in the row names that concept by its own label ("- นโยบาย - แผนยุทธศาสตร์การพัฒนา": the plan is the second link; "O17 ช่องทางแจ้งเรื่องร้องเรียน…" over its own channel and the NACC\'s: the NACC\'s is not the item).',
    (conceptId: string, siblings: readonly (readonly string[])[]): boolean => siblings.some((s) => s.includes(conceptId)),
  ),
  headingOfContentLink: defineCheck('heading-of-content-link', 'evidence', "A link is named by the heading of its panel only when it leads somewhere and is not in the site menu (a link repeated on many pages, or one standing in nav/header/footer or a menu block) — unless it is a dated entry (a day printed in its label or row: 'ข่าว… 16 มีนาคม 2561'), which no menu holds: a news box a theme put inside its header block, a footer's latest-posts widget.", (hasUrl: boolean, inMenu: boolean, datedEntry = false): boolean =>
    hasUrl && (!inMenu || datedEntry)),
  pagerLink: defineCheck(
    'pager-link',
    'evidence',
    "A link of a list's pager (its URL a page of the list, '?page=7', '/page/7'; its label '7', 'next ›', 'last »', 'ถัดไป') opens another page of the same list, and an empty one ('« ก่อนหน้า' on the first page) is a pager's disabled button: the heading over the list names neither.",
    (url: string | null, label: string): boolean => (url === null ? !/^\s*\d+\s*$/.test(label) && isPagerLabel(label) : isPagerLink(url, label)),
  ),
  tagListingLink: defineCheck(
    'tag-listing-link',
    'evidence',
    "A link to a listing of posts by keyword (a tag cloud's 'tags.php?p=โครงสร้าง', '/tag/ข่าว', '?tag=…', 'taxonomy/term/12') opens the posts that carry that word, not the item: never evidence, whatever its label says.",
    (url: string): boolean => TAG_LISTING.test(url),
  ),
  titledRowUnderGroupHeading: defineCheck(
    'titled-row-under-group-heading',
    'evidence',
    "A link in a table row with a title of its own ('นโยบายของผู้บริหาร ประจำปีงบประมาณ') under a heading that names several items ('2.1 ข้อมูลพื้นฐาน (โครงสร้าง นโยบาย อำนาจหน้าที่ กฎหมาย)') is what its row names, not every item of the group: the heading does not name it. A row titled only by a period ('ประจำปีงบประมาณ 2568') is still named by its heading.",
    (rowTitle: string, headingConcepts: readonly string[]): boolean =>
      new Set(headingConcepts).size >= 2 && letterCount(rowTitle.replace(PERIOD_WORDS, ' ')) >= LISTED_LETTERS,
  ),
  placeholderUnderHeading: defineCheck(
    'placeholder-under-heading',
    'evidence',
    'An empty link with a label ("อ่านต่อ", a news title → href="") under a heading in the content, not a menu, is the heading\'s item listed without a document.',
    (emptyLink: boolean, labelled: boolean, inMenu: boolean): boolean => emptyLink && labelled && !inMenu,
  ),
  panelListedEmpty: defineCheck(
    'panel-listed-empty',
    'evidence',
    "An empty link with a label in a side panel (a menu or sidebar block) of one page only — not repeated on the site's other pages, on a site with enough pages to tell — under the panel's own heading (a box headed 'รายงานประจำปี' over three 'เดือนเมษายน' → href=\"\") is the heading's item listed without a document, as in the content (placeholder-under-heading): never a pass.",
    (emptyLink: boolean, labelled: boolean, inMenu: boolean, onManyPages: boolean, pages: number): boolean =>
      emptyLink && labelled && inMenu && !onManyPages && pages >= FOOTER_REPEAT_PAGES,
  ),
  requirementHeadingOwnLabel: defineCheck(
    'requirement-heading-own-label',
    'evidence',
    "Under an ITA item heading (\"MOIT 17 …\", \"EB 5 …\", \"O12 …\") a link whose own label is a sentence naming another document is that document, not the item the heading names. Its period words ('ปี 2568', 'ประจำปีงบประมาณ') are no part of the sentence: 'มาตรการควบคุมความเสี่ยง ปี 2568' is a short title the heading still names.",
    (heading: string, label: string, labelSource: string): boolean =>
      ITA_ITEM_HEADING.test(heading) && labelSource === 'text' && (label.replace(PERIOD_WORDS, ' ').match(/[\u0E00-\u0E7F]/g)?.length ?? 0) >= SENTENCE_CHARS,
  ),
  headingOfGenericButton: defineCheck(
    'heading-of-generic-button',
    'evidence',
    'A button with a generic label ("ดาวน์โหลด", an icon) alone in its card is named by the card heading even when it leads nowhere: the document is listed, not published.',
    (genericLabel: boolean, contextIsOwn: boolean, onManyPages: boolean): boolean => genericLabel && contextIsOwn && !onManyPages,
  ),
  nationalDocumentLabel: defineCheck(
    'national-document-label',
    'evidence',
    "A link whose own label is an Act of Parliament (พ.ร.บ./พรบ./พระราชบัญญัติ/พระราชกฤษฎีกา …) or a volume of the national budget documents (เอกสารงบประมาณ ฉบับที่ …) is a national document, not the agency's own plan or report: for a concept other than the laws item it needs a person.",
    (label: string, conceptTakesNationalDocuments: boolean): boolean => !conceptTakesNationalDocuments && NATIONAL_DOCUMENT.test(label),
  ),
  namingTextDates: defineCheck(
    'naming-text-dates',
    'evidence',
    'The periods printed in the text that named a piece of evidence: its own label; else, for a link named by its row, the row\'s dates (its title cells before a date-only cell); else, for one named by its heading, the heading\'s dates, or when it names none the link\'s own entry (its row or `<br>` line: "ข่าว… 30/01/2016"), or when that has none the days printed in the heading\'s section (a news carousel\'s captions beside image links; news only, for a link that does not work); else, for a link named by its own label in a dated list row ("27 มิถุนายน 2566 | MOIT 17 …"), the day that row prints (the entry\'s date).',
    (matchedBy: MatchedBy, linkDates: readonly DatedMention[], headingDates: readonly DatedMention[], sectionDays: readonly DatedMention[] = []): DatedMention[] => {
      const label = linkDates.filter((d) => d.source === 'link-label');
      if (label.length > 0) return label;
      if (matchedBy === 'ita-index-row') return linkDates.filter((d) => d.source === 'row');
      if (matchedBy === 'heading') {
        if (headingDates.length > 0) return [...headingDates];
        const row = linkDates.filter((d) => d.source === 'row');
        return row.length > 0 ? row : [...sectionDays];
      }
      return linkDates.filter((d) => d.source === 'row' && d.precision === 'day');
    },
  ),
  indexRowOnItaPage: defineCheck('index-row-on-ita-page', 'evidence', 'A table row without a link is an item listed without a document only on an ITA/OIT page or in an "O12 …" row.', (pageText: string, row: string): boolean =>
    ITA_PAGE.test(pageText) || O_NUMBER_ROW.test(row)),
  itaRowTitle: defineCheck(
    'ita-row-title',
    'evidence',
    'A link in a row of an ITA index table (a row coded "OIT 10"/"ข้อ 10"/"O10", or any table row on an ITA page) also counts for the concept its row title names, whatever its own label names.',
    (pageText: string, rowCode: string, rowTitle: string): boolean => rowTitle !== '' && (rowCode !== '' || ITA_PAGE.test(pageText)),
  ),
  rowTextIsTitle: defineCheck(
    'row-text-is-title',
    'evidence',
    "The text of the list item or paragraph holding a link names the link only as a title: the term stands in its first 80 letters, or the whole text is short (160 letters at most). A paragraph of prose that mentions a term in passing ('…ซึ่งจะต้องมีการส่งคำร้องขอใบรับรอง…' before 'คลิ๊กที่นี่เพื่อดูขั้นตอน…') does not name its link. A table row keeps its whole text (an index row's cells; a legacy page laid out as one row).",
    (tableRow: boolean, termStart: number, textLength: number): boolean => tableRow || termStart <= ROW_TITLE_LEAD || textLength <= ROW_TITLE_SHORT,
  ),
  rowCodeTiebreak: defineCheck(
    'ita-row-code-tiebreak',
    'evidence',
    "When a row title names several concepts, those of the checklist item the row's code numbers win; a code never adds a concept the title does not name.",
    (titleConcepts: readonly string[], codeConcepts: readonly string[]): string[] => {
      const both = titleConcepts.filter((c) => codeConcepts.includes(c));
      return both.length > 0 ? both : [...titleConcepts];
    },
  ),
  rowCodeOnly: defineCheck(
    'ita-row-code-only',
    'evidence',
    'A row numbered as an item ("OIT 34") whose title and document name none of its concepts only hints at that item: a code-only hint (review), never a pass. Numbers shift between years, so when the row names another item of the same checklist the table is numbered for another year and the code says nothing.',
    (codeConcepts: readonly string[], namedConcepts: readonly string[], namesAnotherItem: boolean): string[] =>
      namesAnotherItem || codeConcepts.some((c) => namedConcepts.includes(c)) ? [] : [...codeConcepts],
  ),
  datedHeadlineIsEntry: defineCheck(
    'dated-headline-is-entry',
    'evidence',
    "For an item whose entries are their headlines (news: concept headlineIsEntry), a headline listed under the item's heading with a day's date ('แจ้งกำหนดการฝึกอบรมบุคลากร 25 พฤษภาคม 2568') is that entry published, whatever its link does ('#', 404): the page showing it is the evidence, dated by the headline. An undated one, or one without a day, stays listed only.",
    (headlineIsEntry: boolean, target: TargetState, dates: readonly Pick<DatedMention, 'precision'>[]): boolean =>
      headlineIsEntry && (target === 'placeholder' || target === 'broken') && dates.some((d) => d.precision === 'day'),
  ),
  socialAccountInText: defineCheck(
    'social-account-in-text',
    'evidence',
    "A social account written as text and not linked — an address ('www.facebook.com/ksvrhospital', 'line.me/ti/p/@abc') or a network's name with a colon before the account ('facebook: กศน. ตำบลนาโบสถ์', 'Line ID: @abc') in a page's own text — names the account without giving it: the social item listed, not published (placeholder → incomplete, never a pass). 'ติดตามเราได้ที่ Facebook' with no account named is not one.",
    (block: string): boolean => SOCIAL_TEXT.test(block),
  ),
  hostIsEvidence: defineCheck(
    'host-is-evidence',
    'evidence',
    'A link to a host whose links are the evidence themselves (a social network: facebook.com, line.me, youtube.com …, a concept marked hostsAreEvidence) counts for that concept whatever its label, an icon-only link included — but not a share button ("facebook.com/sharer", "twitter.com/intent/tweet", "line.me/R/msg"), nor one video that names no account ("youtube.com/watch?v=…", "youtu.be/…", a YouTube embed, "fb.watch/…"), nor one post or photo shared on Facebook (a headline linking "facebook.com/<page>/posts/…", "permalink.php?…": often the parent body\'s page), nor a Facebook group (facebook.com/groups/…: its members\' space, a staff programme\'s or a club\'s): none is an account of the organisation.',
    (hostsAreEvidence: boolean, linkToAcceptedHost: boolean, url: string): boolean => hostsAreEvidence && linkToAcceptedHost && !SHARE_BUTTON.test(url) && !SINGLE_VIDEO.test(url) && !SINGLE_POST.test(url) && !FACEBOOK_GROUP.test(url),
  ),
  notAnAccount: defineCheck(
    'not-an-account',
    'evidence',
    "A link given for the social-network item that goes to a Facebook group (facebook.com/groups/…: its members' space — the staff's, a programme's) shows the organisation's people on a network but is not its account: the item in part (incomplete), never a pass. One video ('youtube.com/watch?v=…') is not even that: host-is-evidence refuses it, and labellers read a lone video as no account at all.",
    (url: string): boolean => FACEBOOK_GROUP.test(url),
  ),
  socialInvitation: defineCheck(
    'social-invitation',
    'evidence',
    "A social-network link whose own words call to register or join ('ลงทะเบียน คลิ๊กที่นี่', 'สมัครสมาชิก', 'เข้าร่วมกลุ่ม', 'Join', 'Sign up': an invitation to the university's staff community, real122) opens a group or a sign-up, not the organisation's account: like a group (not-an-account), the item in part, never a pass.",
    (label: string): boolean => SOCIAL_INVITATION.test(label.trim()),
  ),
  socialAccountOfAnotherBody: defineCheck(
    'social-account-of-another-body',
    'evidence',
    "A link to a social network whose own label names a body of another kind — the staff's savings cooperative ('สหกรณ์ออมทรัพย์…'), a club, an association, a foundation, an alumni or students' group, a fund, a journal ('journal-of-social-sciences-…', 'วารสาร…', real122) — is that body's account, not the organisation's: no evidence for the social-network item.",
    (label: string): boolean => OTHER_BODY_ACCOUNT.test(label),
  ),
  socialLinkUnnamed: defineCheck(
    'social-link-unnamed',
    'evidence',
    "A link to a social network that host-is-evidence accepts, named by nothing but its own URL (no text, alt or title: an image banner; or a title with no word, a slide's number '6') and standing outside the site's navigation (header, footer, menu), may be a partner's banner — another body's Facebook page in a grid of links to other agencies — not the organisation's own account: review (external-only), never a pass. An icon in the header or footer stays evidence.",
    (labelSource: string, inMenu: boolean | undefined, label?: string): boolean =>
      (labelSource === 'filename' || labelSource === 'none' || (label !== undefined && !/\p{L}/u.test(label))) && inMenu === false,
  ),
  sectionShowsItem: defineCheck(
    'section-shows-item',
    'evidence',
    'A section of a page (an h1–h4 heading or a tab pane, up to the next heading of its level) headed by an item shown on pages themselves (executives, Q&A board, contact: concepts marked sectionIsEvidence) is evidence for it when it holds at least 40 letters of its own, not counting a "not there yet" notice or template filler — and, for contact details, a phone number or an e-mail address (an address alone is not enough).',
    (concept: { sectionIsEvidence: boolean; footerContacts: boolean }, sectionText: string, hasPhoneOrEmail: boolean): boolean =>
      concept.sectionIsEvidence &&
      letterCount(sectionText.replace(STUB_TEXT, ' ')) >= SECTION_LETTERS &&
      (!concept.footerContacts || hasPhoneOrEmail),
  ),
  sectionTitleNamesItem: defineCheck(
    'section-title-names-item',
    'evidence',
    "A section stands for the item its heading names only when the heading is the item's title: the term opens the heading (after a number or an icon: 'คณะผู้บริหาร…', '1. ทำเนียบผู้บริหาร') or the heading is short ('รายนามคณะผู้บริหาร'). A long heading that mentions it after other words is a sentence about something else ('ยินดีต้อนรับคณะผู้บริหารและครูสู่ปีการศึกษาใหม่ 2026', a news card).",
    (termStart: number, headingKeyLength: number): boolean => termStart <= SECTION_TITLE_LEAD || headingKeyLength <= SECTION_TITLE_SHORT,
  ),
  headingIsSentence: defineCheck(
    'heading-is-sentence',
    'evidence',
    "For a social account or a channel named by the heading over a link: a long heading (over 80 characters of its matching key, spaces left out) that names it only well inside (after its first 30) is a sentence of a news item ('…ขอเชิญคณาจารย์และบุคลากร ร่วมเสนอแนะรูปแบบ… คลิ๊กที่นี่', '…ร่วมใช้งานระบบ social network facebook… ลงทะเบียน', real122), not the title of the links under it; a title that opens with other words ('ระบบรับเรื่องร้องเรียนทุจริตและประพฤติมิชอบ') still names them.",
    (termStart: number, headingLength: number): boolean => headingLength > SENTENCE_HEADING && termStart > SENTENCE_TERM_START,
  ),
  peopleSectionNamesSomeone: defineCheck(
    'people-section-names-someone',
    'evidence',
    "A section headed by a list of people in posts (executives) shows it only when its text names someone — 'นาย / นาง / นางสาว / ดร. / นพ. / a rank or academic title' before a name —: five empty cards with 'ช่องทางติดต่อ' buttons under 'ผู้บริหาร' show nobody.",
    (personCards: boolean, sectionText: string): boolean => !personCards || ANY_PERSON_NAME.test(sectionText),
  ),
  sectionIsRequirement: defineCheck(
    'section-is-requirement',
    'evidence',
    "A section whose text prints its item's criterion (what the item must contain: 'ประกอบด้วย ชื่อ-นามสกุล ตำแหน่ง รูปถ่าย…', 'อย่างน้อย…', '…ในปีงบประมาณปัจจุบัน') and holds no data of its own — no person's name, phone number or e-mail address — is the requirement printed on an ITA page, not the item.",
    (sectionText: string, hasPhoneOrEmail: boolean): boolean =>
      REQUIREMENT_WORDING.test(sectionText) && !hasPhoneOrEmail && !NAME_PREFIX.test(sectionText),
  ),
  itaHeadingWithoutDocument: defineCheck(
    'ita-heading-without-document',
    'evidence',
    'On an ITA/OIT page, a heading coded as an item ("O1 โครงสร้าง", "MOIT 5 …") whose section holds no link and no text of its own (a collapsed accordion row, a title alone) is that item listed without a document.',
    (pageText: string, heading: string, section: { text: string; linked?: boolean } | null): boolean =>
      ITA_PAGE.test(pageText) && ITA_ITEM_HEADING.test(heading) && section?.linked !== true && letterCount(section?.text ?? '') < LISTED_LETTERS,
  ),
  headingOverEmptyList: defineCheck(
    'heading-over-empty-list',
    'evidence',
    "A heading that names a list item (concept listsEntries: news, procurement announcements) over nothing — no text, no link under it ('ข่าวประชาสัมพันธ์' over an empty row of a database-fed list) — is the item listed without an entry: a placeholder (incomplete), or, on a page whose lists a script fills, a list to open in a browser (script-filled: review); never a pass.",
    (listsEntries: boolean, hasSection: boolean, hasLinks: boolean, scriptFilled: boolean): 'placeholder' | 'script-filled' | null =>
      !listsEntries || hasSection || hasLinks ? null : scriptFilled ? 'script-filled' : 'placeholder',
  ),
  placeholderNamedByHeading: defineCheck(
    'placeholder-named-by-heading',
    'evidence',
    "An empty link in the content (href=\"#\", not a menu) under a heading that names items its own label does not ('✨ ดูเจตจำนงสุจริต' under 'นโยบายไม่รับของขวัญ (No Gift Policy)') also lists the heading's items without a document: an empty link can never pass, so the heading is not hidden by the button's wording.",
    (emptyLink: boolean, inMenu: boolean, headingConcept: string, ownConcepts: readonly string[]): boolean =>
      emptyLink && !inMenu && !ownConcepts.includes(headingConcept),
  ),
  sectionListedWithoutDocument: defineCheck(
    'section-listed-without-document',
    'evidence',
    'A section headed by an item published as a stream of entries (concept listsEntries: news, procurement announcements), holding entries of its own (teaser cards, titles; 10 letters or more) but no usable link, is that item listed without a document — unless its entries name only other items (No Gift notices under "ข่าวจัดซื้อจัดจ้าง"), for an item not of any topic.',
    (concept: { id: string; listsEntries: boolean; anyTopic: boolean }, section: { text: string; linked?: boolean }, entryConcepts: readonly string[]): boolean =>
      concept.listsEntries &&
      (concept.anyTopic || entryConcepts.length === 0 || entryConcepts.includes(concept.id)) &&
      section.linked !== true && letterCount(section.text) >= LISTED_LETTERS,
  ),
  containerHolds: defineCheck(
    'container-holds',
    'evidence',
    'A page that holds links for the same concept is as good as the best of what it holds (Google-Drive-only: external; only empty links: placeholder), unless it has content of its own; a list a script fills is one more thing it holds, unseen (script-filled).',
    (page: { target: TargetState; hasOwnContent: boolean }, held: readonly TargetState[]): TargetState | null =>
      held.length === 0 || (page.target === 'ok' && page.hasOwnContent) ? null : bestState(page.target === 'script-filled' ? [...held, 'script-filled'] : [...held]),
  ),
  oneMonthNotAnnual: defineCheck(
    'one-month-not-annual',
    'evidence',
    'For an item of one document per year or period, a one-month file found only by its row or heading is not that document.',
    (freshnessKind: string, matchedBy: MatchedBy, dates: readonly DatedMention[]): boolean =>
      ONE_DOCUMENT_RULES.has(freshnessKind) && (matchedBy === 'ita-index-row' || matchedBy === 'heading') && namesOneMonth(dates),
  ),
  menuOrHubLink: defineCheck(
    'menu-or-hub-link',
    'evidence',
    "A menu entry named for a concept (its URL on many pages, matched by its own label), a link to a page that links of three or more concepts lead to (a hub), or a link to the site's front page ('/', '/index.php': a template's entry not yet pointed anywhere) must be confirmed by its target page; a content link to a detail page or an ITA row names what it opens.",
    (menuEntry: boolean, conceptsLinkingHere: number, toFrontPage = false): boolean => menuEntry || toFrontPage || conceptsLinkingHere >= HUB_CONCEPTS,
  ),
  linkedPageUnconfirmed: defineCheck(
    'linked-page-unconfirmed',
    'evidence',
    'A link to an HTML page is evidence for its concept only when the page shows it (title, breadcrumb, a heading, a row, a form, a content link or its prose); otherwise the page holds another topic (missing) when all of it was read and named, else a person must look (review).',
    (page: { showsConcept: boolean; showsOtherConcept: boolean; unclassifiedParts: number }): TargetState | null =>
      page.showsConcept ? null : page.unclassifiedParts === 0 && page.showsOtherConcept ? 'other-topic' : 'unconfirmed',
  ),
  headingOverOtherTopics: defineCheck(
    'heading-over-other-topics',
    'evidence',
    'A topic heading over entries that all name a different topic (a "ข่าวจัดซื้อจัดจ้าง" panel of No Gift notices) does not show its topic, unless its concept holds any topic (news).',
    (concept: { id: string; anyTopic: boolean }, entries: readonly (readonly string[])[]): boolean =>
      !concept.anyTopic && entries.length > 0 && entries.every((e) => e.length > 0 && !e.includes(concept.id)),
  ),
  datedByOwnEntries: defineCheck(
    'dated-by-own-entries',
    'evidence',
    "A listed entry dates a concept only when its own label names that concept or no concept at all (any entry, for a concept of any topic such as news); an entry of another concept (a card's upload date) or template text never dates it.",
    (concept: { id: string; anyTopic: boolean }, entryConcepts: readonly string[], isTemplate: boolean): boolean =>
      isTemplate || (!concept.anyTopic && entryConcepts.length > 0 && !entryConcepts.includes(concept.id)),
  ),
  templateText: defineCheck(
    'template-text',
    'evidence',
    'Text left from a web template ("Card title", lorem ipsum, "Some quick example text") is no entry and dates nothing.',
    (text: string): boolean => TEMPLATE_TEXT.test(text),
  ),
  datedByOwnSection: defineCheck(
    'dated-by-own-section',
    'evidence',
    "A page about something else (its title and first heading do not name the concept) with several topics under their own headings (an about page: history, vision, structure, the executives' declaration), one of them the concept's, and no dated document: only the dates in the concept's own section date it — the founding date in the history beside it is not the declaration's; an image-only section is undated.",
    (topicNamesConcept: boolean, headings: number, ownHeadings: number): boolean => !topicNamesConcept && ownHeadings > 0 && headings - ownHeadings >= 2,
  ),
  channelUnderChannelHeading: defineCheck(
    'channel-under-channel-heading',
    'evidence',
    "A link whose own label names one channel (a general complaint line 'ติดต่อร้องเรียน ระดับคณะ') under a heading naming another channel ('ช่องทางการรับฟังความคิดเห็น') is one of the channels that heading lists: it stands for the heading's channel too, not only for its own.",
    (ownAreChannels: boolean, headingIsChannel: boolean): boolean => ownAreChannels && headingIsChannel,
  ),
  shareButton: defineCheck(
    'share-button',
    'evidence',
    "A share button to another host (facebook.com/sharer/…?u=…, twitter.com/intent/tweet, plus.google.com/share, line.me/R/msg) under a page's heading shares that page; it is no evidence of any item, not even an off-site one.",
    (kind: string, url: string): boolean => kind === 'external' && SHARE_BUTTON.test(url),
  ),
  dateOnlyLabel: defineCheck(
    'date-only-label',
    'evidence',
    "A link whose label is nothing but a day ('March 16, 2018', '16 มี.ค. 2561') dates the entry it opens: another link to the same entry with no date of its own (the post's title, a 'Permalink to …') is dated by it.",
    (label: string, dates: readonly DatedMention[]): boolean => {
      const days = dates.filter((d) => d.source === 'link-label' && d.precision === 'day');
      if (days.length === 0) return false;
      let rest = label;
      for (const d of days) rest = rest.replace(d.raw, ' ');
      return letterCount(rest) <= 3;
    },
  ),
  layoutHeading: defineCheck(
    'layout-heading',
    'evidence',
    "A page's first heading that stands on three pages or more (a sidebar's 'ประกาศ ระเบียบ ข้อบังคับ คำสั่ง' printed before every page's content) is the layout's, not the page's: it does not name the page for a concept (its section and links are judged as usual).",
    (firstHeading: string, repeatedProse: ReadonlySet<string>): boolean => repeatedProse.has(firstHeading),
  ),
  answersWithoutAsking: defineCheck(
    'answers-without-asking',
    'evidence',
    "A page named by the one-way part of a channel (concept oneWayTerms: 'คำถามที่พบบ่อย', FAQ) with no working form on it and no link to a two-way channel of the concept (a web board, a chat): answers to fixed questions, nobody can ask — the item in part (incomplete). An e-mail in the page's header is not counted: on a one-page crawl it cannot be told from the site's own.",
    (oneWayTerm: boolean, workingForm: boolean, twoWayLink: boolean): boolean => oneWayTerm && !workingForm && !twoWayLink,
  ),
  weakLabelUnconfirmed: defineCheck(
    'weak-label-unconfirmed',
    'evidence',
    'A reworded or generic menu label (concept weakTerms: "อำนาจและหน้าที่", "ผลการดำเนินงาน") or the name of one part of the item (partTerms: "มาตรฐานกำหนดตำแหน่ง" for the HR criteria) names a working target only when that page itself shows the concept by one of its full terms; otherwise a person must look. An empty or broken link it names is still listed.',
    (weak: boolean, target: TargetState, pageConfirms: boolean): boolean => weak && target === 'ok' && !pageConfirms,
  ),
  footerContacts: defineCheck(
    'footer-contacts',
    'evidence',
    "The site's address repeated on many pages (its footer) with a phone number or e-mail on the same page is evidence for a concept marked footerContacts (the contact item), on that page's URL.",
    (contacts: PageSnapshot['contacts'], repeatedOnManyPages: (signal: string) => boolean): boolean =>
      contacts.some((c) => c.kind === 'address' && repeatedOnManyPages(`address:${c.value}`)) && contacts.some((c) => c.kind === 'phone' || c.kind === 'email'),
  ),
  contactOfOtherOrganisation: defineCheck(
    'contact-other-organisation',
    'evidence',
    "Footer contacts under the name of another local body than the one the site names itself (title, header) — a vendor template left with its last customer's contacts — are not the site's contact: the item is there in part (incomplete), never a pass.",
    (ownTexts: readonly string[], contactTexts: readonly string[]): boolean => {
      const own = localBodyNames(ownTexts);
      const theirs = localBodyNames(contactTexts);
      return own.length > 0 && theirs.length > 0 && theirs.every((n) => !own.includes(n));
    },
  ),
  footerAddressOnly: defineCheck(
    'footer-address-only',
    'evidence',
    "The site's address repeated on many pages (its footer) with no phone number or e-mail on any page carrying it: the contact item is there in part (incomplete).",
    (contacts: PageSnapshot['contacts'], repeatedOnManyPages: (signal: string) => boolean): boolean =>
      contacts.some((c) => c.kind === 'address' && repeatedOnManyPages(`address:${c.value}`)) && !contacts.some((c) => c.kind === 'phone' || c.kind === 'email'),
  ),
  fewPagesFooter: defineCheck(
    'few-pages-footer',
    'evidence',
    'A crawl that read fewer pages than a footer must repeat on (three) cannot tell a footer by repetition: each page\'s own address stands for the site\'s footer address (footer-contacts, footer-address-only).',
    (pagesRead: number): boolean => pagesRead < FOOTER_REPEAT_PAGES,
  ),
  phoneOnly: defineCheck(
    'phone-only',
    'evidence',
    "A phone number printed with its label (\"โทร: 044-811-378\") in the start page's own text, with no address or e-mail on any page of the site (a sub-site's footer): the contact item is there in part (incomplete), never a pass. A bare tel: link beside a person (an executive's mobile) is not the body's contact.",
    (startProse: readonly string[], startContacts: PageSnapshot['contacts'], anyAddressOrEmail: boolean): boolean =>
      !anyAddressOrEmail &&
      startContacts.some((c) => c.kind === 'phone' && startProse.some((b) => b.includes(c.value) && PHONE_LABEL.test(b))),
  ),
  emailOnly: defineCheck(
    'email-only',
    'evidence',
    "An e-mail address on the start page (its text or a mailto: icon in the header) with no address or phone on any page of the site: the contact item is there in part (incomplete), never a pass.",
    (startContacts: PageSnapshot['contacts'], anyAddressOrPhone: boolean): boolean => !anyAddressOrPhone && startContacts.some((c) => c.kind === 'email'),
  ),
  placeholderPhone: defineCheck(
    'placeholder-phone',
    'evidence',
    'A contact block whose phone slot holds a template\'s placeholder ("โทร: 043-xxx-xxx") is not filled in: the contact item is there in part (incomplete), never a pass.',
    (blocks: readonly string[]): boolean => blocks.some((b) => PLACEHOLDER_PHONE.test(b)),
  ),
  personCard: defineCheck(
    'person-card',
    'evidence',
    "A person's name and the top position of a public body, one over the other (\"นายสุเทพ …\" / \"นายกเทศมนตรีตำบล…\", or \"ผู้อำนวยการโรงเรียน\" / \"นาย…\"; an acting post and a military or police rank count), each a short block of the page's own text, shows a concept marked personCards (the executives) in part: incomplete, never a pass by itself. A name broken over two blocks by a line break (\"นายบรรยงค์\" / \"เกียรติก้องชูชัย\", see split-name-card) counts as one.",
    (blocks: readonly string[]): boolean => personCardAt(blocks) >= 0,
  ),
  splitNameCard: defineCheck(
    'split-name-card',
    'evidence',
    'A name broken over two blocks of a card by a line break (a title of address and a given name, "นายบรรยงค์", then the family name alone, "เกียรติก้องชูชัย") is one name: the blocks are joined before person-card reads them.',
    joinSplitNames,
  ),
  demoContact: defineCheck(
    'demo-contact',
    'evidence',
    'An e-mail address a web template prints as its sample ("info@example.com", or any address in a block that gives a foreign sample postal address: "22 Innovative, San Francisco, CA 94043, US contact@Tivo.com") is not the organisation\'s: it does not count as a contact channel.',
    (email: string, blocks: readonly string[]): boolean =>
      DEMO_MAIL_DOMAIN.test(email) || blocks.some((b) => b.toLowerCase().includes(email.toLowerCase()) && FOREIGN_SAMPLE_ADDRESS.test(b)),
  ),
  templateFillerOnly: defineCheck(
    'template-filler-only',
    'evidence',
    "A page that shows a web template's filler (lorem ipsum, placeholder images) and links no document is not shown to hold the item: its title alone confirms nothing.",
    (templateFiller: boolean, contentLinks: number): boolean => templateFiller && contentLinks === 0,
  ),
  headingOverEmptyNotice: defineCheck(
    'heading-over-empty-notice',
    'evidence',
    'A page\'s heading for the item whose next line is a notice that its list is empty ("คณะผู้บริหาร…" over a card "ไม่พบข้อมูล", "No information was found") lists the item, it does not publish it.',
    (nextBlock: string | undefined): boolean => nextBlock !== undefined && EMPTY_NOTICE.test(nextBlock.trim()),
  ),
  errorPicture: defineCheck(
    'error-picture',
    'evidence',
    "A picture whose file name says the page has nothing ('404.png', 'error-page.jpg', 'not-found.gif', 'coming_soon.png', 'under-construction.jpg', 'no-image.png', 'placeholder.png') is the site's notice that the page is empty, not a picture of the item: it is no picture of the page's own.",
    (src: string): boolean => ERROR_PICTURE.test(fileNameOf(src)),
  ),
  emptyListPage: defineCheck(
    'page-holds-nothing',
    'evidence',
    'A page that says its list holds nothing yet ("ยังไม่มีข้อมูล…", "ไม่มีข้อมูล…", "ไม่พบข้อมูล…", "No information was found" — the same notice on every empty page still counts), or whose own headings (two or more) have nothing under them and that shows no picture of its own, or that shows nothing of its own but its title (a published empty page: title, breadcrumb and share buttons), with no form, no row (a cell holding only the notice is none), no content link beyond its own list\'s filters and the menus and little other text (an intro line): it lists the item, it does not publish it.',
    (page: { ownBlocks: readonly string[]; sharedBlocks?: readonly string[]; emptyHeadings: number; ownImages: number | null; forms: number; rows: readonly string[]; contentLinks: number; ownHeadings?: number }): boolean => {
      // A table cell that only says the page is being made ('!! อยู่ระหว่างการปรับปรุง !!') is the notice, not a row of content.
      if (page.forms > 0 || page.rows.some((r) => !EMPTY_NOTICE.test(r.trim())) || page.contentLinks > 0) return false;
      // Nothing of its own at all but its title (a content-management page published empty): no text, heading or picture.
      if (page.ownBlocks.length === 0 && page.ownImages === 0 && page.ownHeadings === 0) return true;
      const notices = [...page.ownBlocks, ...(page.sharedBlocks ?? [])].filter((b) => EMPTY_NOTICE.test(b.trim()));
      if (letterCount(page.ownBlocks.filter((b) => !notices.includes(b)).join(' ')) > EMPTY_PAGE_LETTERS) return false;
      return notices.length > 0 || (page.emptyHeadings >= 2 && page.ownImages === 0);
    },
  ),
  contactWithoutName: defineCheck(
    'contact-without-name',
    'evidence',
    "For an item of people in posts (executives), a phone or e-mail link named only by a position (\"นายก อบต.… 089-…\") is a contact channel, not the person: the item in part, never a pass by itself.",
    (personCards: boolean, kind: string, label: string): boolean => personCards && kind === 'contact' && !NAME_PREFIX.test(label),
  ),
  sectionDecides: defineCheck(
    'section-decides',
    'evidence',
    "For an item shown by a section of the page (executives, contact, Q&A: concepts marked sectionIsEvidence), a page's first heading that heads a section is not what the page is about: that section decides (section-shows-item), not its heading alone.",
    (sectionIsEvidence: boolean, headsASection: boolean): boolean => sectionIsEvidence && headsASection,
  ),
  copiedPersonCards: defineCheck(
    'copied-person-cards',
    'evidence',
    "A section of people in posts (executives) that prints the same person's name on two cards or more (\"ที่ปรึกษานายกเทศมนตรี นายประดิษฐ์ โรจนพร\" four times) is a template's sample cards, not the body's list: listed, not published in full (incomplete).",
    (sectionText: string): boolean => {
      const seen = new Set<string>();
      for (const m of sectionText.matchAll(new RegExp(NAME_PREFIX.source, 'gu'))) {
        const name = m[0].replace(/\s+/g, ' ');
        if (seen.has(name)) return true;
        seen.add(name);
      }
      return false;
    },
  ),
  chartPictureUnderHeading: defineCheck(
    'chart-picture-under-heading',
    'evidence',
    "A page with a heading naming a concept shown as a chart (the structure: 'โครงสร้างการบริหารงานของคณะ…') and a picture of its own named for it — by its alt, title or caption, or by a file name holding one of the concept's URL hints or chart words ('structure.png', 'org-chart.jpg') — shows the chart: evidence for the concept (the picture is read by name, not by its pixels).",
    (pictureNames: readonly string[], hints: readonly string[], names: (text: string) => boolean): boolean =>
      pictureNames.some((n) => names(n) || hints.some((h) => n.toLowerCase().includes(h.toLowerCase().replace(/-/g, ' ')))),
  ),
  chartLinksDead: defineCheck(
    'chart-links-dead',
    'evidence',
    "A page named for a concept shown as a chart (the structure: concept chartLinks) whose links to the chart ('แผนผัง (PDF)', 'ผังโครงสร้าง') are all dead (404, empty) and that shows no picture that could be the chart (one named for a chart or structure, or unnamed) names the chart without showing it; what a script may draw in its tabs cannot be seen: review (chart-missing), never a pass.",
    (chartLinkStates: readonly ('alive' | 'dead')[], chartPictureShown: boolean): boolean =>
      chartLinkStates.length > 0 && chartLinkStates.every((s) => s === 'dead') && !chartPictureShown,
  ),
  structureAsRoster: defineCheck(
    'structure-as-roster',
    'evidence',
    "A page named for a concept shown as a chart (the structure: concept chartLinks) that shows no picture that could be the chart and whose own text names people in posts (two names or more: the director and deputies as cards) is the executives' roster under the structure's name: the item in part (incomplete): no chart of divisions.",
    (chartPictureShown: boolean, ownBlocks: readonly string[]): boolean =>
      !chartPictureShown && ownBlocks.filter((b) => PERSON_NAME.test(b)).length >= 2,
  ),
  peopleOnlyInPictures: defineCheck(
    'people-only-in-pictures',
    'evidence',
    "A page of people in posts (executives) whose own text names no one (no title of address or rank before a name) but that shows pictures of its own (a chart of the executives as one image) shows its people only in pictures: whose names, posts and contacts they give a person must read (review).",
    (ownBlocks: readonly string[], ownImages: number | undefined): boolean =>
      ownImages !== undefined && ownImages > 0 && !ownBlocks.some((b) => NAME_PREFIX.test(b) || PERSON_NAME.test(b.trim())),
  ),
  peopleWithoutPhoto: defineCheck(
    'people-without-photo',
    'evidence',
    "A page of people in posts (executives) that shows no image of its own — none but the logo and banners the site's pages share — gives names and posts without the photos the item asks for ('ชื่อ ตำแหน่ง รูปถ่าย ช่องทางติดต่อ'; avatars drawn as initials): the item in part (incomplete). Pages read before images were recorded are not judged.",
    (ownImages: number | undefined): boolean => ownImages === 0,
  ),
  phoneOfAnotherProvince: defineCheck(
    'phone-of-another-province',
    'evidence',
    "A fixed line whose area code belongs to another province than the postcode the site prints most often after its province (a template's '037-536-430 … จ.ปราจีนบุรี' on a Kalasin school's pages, 043) is another body's number, not the site's phone. Mobiles, short hotlines and Bangkok's 02 fit any province.",
    (phone: string, sitePostcode: string | null): boolean => sitePostcode !== null && !phoneFitsPostcode(phone, sitePostcode),
  ),
  peopleWithoutContact: defineCheck(
    'people-without-contact',
    'evidence',
    "A page of people in posts (executives) that prints no phone number or e-mail address of its own — none but the body's switchboard and address repeated in every page's footer — gives names, posts and photos without the contact channel the item asks for ('ชื่อ ตำแหน่ง รูปถ่าย ช่องทางติดต่อ'): the item in part (incomplete). A mobile number counts wherever it stands (a mayor's 08… in a side box on every page is a person's own line).",
    (contacts: readonly { kind: string; value: string }[], boilerplate: ReadonlySet<string>): boolean =>
      !contacts.some((c) => (c.kind === 'phone' || c.kind === 'email') && (!boilerplate.has(`${c.kind}:${c.value}`) || (c.kind === 'phone' && MOBILE.test(c.value.replace(/[\s().-]/g, ''))))),
  ),
  onePersonManyPosts: defineCheck(
    'one-person-many-posts',
    'evidence',
    "A page of people in posts (executives) whose cards print the same person's name under three different posts or more (one director's card copied for every deputy and division head) is a template's sample list, not the body's executives: listed, not published in full (incomplete). The post is read on the side of the name where the page prints posts (above or below, whichever most names have); acting posts (\"รักษาการแทน…\") are one person's real extra posts and do not count.",
    (blocks: readonly string[]): boolean => {
      const clean = cardBlocks(blocks);
      const isPost = (b: string | undefined): b is string => b !== undefined && isPostBlock(b);
      const names = clean.flatMap((b, i) => (PERSON_NAME.test(b) ? [i] : []));
      const above = names.filter((i) => isPost(clean[i - 1])).length;
      const below = names.filter((i) => isPost(clean[i + 1])).length;
      const side = below > above ? 1 : -1;
      const posts = new Map<string, Set<string>>();
      for (const i of names) {
        const post = clean[i + side];
        if (!isPost(post) || ACTING_POST.test(post)) continue;
        const seen = posts.get(clean[i]!) ?? new Set<string>();
        seen.add(post);
        posts.set(clean[i]!, seen);
      }
      return [...posts.values()].some((s) => s.size >= MANY_POSTS);
    },
  ),
  pageLacksRequiredWords: defineCheck(
    'page-lacks-required-words',
    'evidence',
    "A web page or section for a concept that names words its page must show (concept pageMustShow: the service guide's duration, a Q&A board's questions), written out as text of its own (a guide of steps, not pictures of one), that shows none of them holds the item in part: a guide of steps and documents with no time for any step, a web board whose posts are announcements that ask nothing (incomplete).",
    (required: readonly string[], pageText: string, ownText: string): boolean =>
      required.length > 0 && letterCount(ownText) >= TEXT_GUIDE_LETTERS && !required.some((w) => pageText.includes(w)),
  ),
  placeholderPersonNames: defineCheck(
    'placeholder-person-names',
    'evidence',
    "People in posts whose cards still carry a web template's placeholder name — 'ชื่อ-นามสกุล' on two cards or more, or 'นาย/นาง/นางสาว ชื่อ นามสกุล', 'Firstname Lastname' — list some of the team by a template's sample: the item in part (incomplete), however real the one named card is. One 'ชื่อ-นามสกุล' alone is a form's field label.",
    (text: string): boolean => (text.match(PLACEHOLDER_NAME) ?? []).length >= 2 || PLACEHOLDER_NAME_FULL.test(text),
  ),
  postsWithoutNames: defineCheck(
    'posts-without-names',
    'evidence',
    "A page of people in posts (executives) whose posts mostly stand with no one's name near them (cards 'ตำแหน่ง: รองนายกเทศมนตรี (คนที่ 1)', 'ที่ปรึกษานายกเทศมนตรี' with a duty line and no name) lists the team by post: the item in part (incomplete), however complete the one card with a name is. Names written as links (each linking the person's CV: 'รศ.ดร.สมชาย นำประเสริฐชัย', real121) are names too: the page's link labels that are a person's name count with the named posts.",
    (blocks: readonly string[], linkLabels: readonly string[] = []): boolean => {
      const clean = cardBlocks(blocks);
      const isPost = (b: string): boolean => isPostBlock(b) && b.length <= POST_LINE;
      const named = (i: number): boolean => clean.slice(Math.max(0, i - NAME_REACH), i + NAME_REACH + 1).some((b) => PERSON_NAME.test(b));
      let unnamed = 0;
      let withName = 0;
      const seen = new Set<string>();
      clean.forEach((b, i) => {
        if (!isPost(b) || seen.has(b)) return;
        seen.add(b);
        if (named(i)) withName += 1;
        else unnamed += 1;
      });
      const linkedNames = new Set(linkLabels.filter((l) => PERSON_NAME.test(l.trim()))).size;
      return unnamed >= MIN_UNNAMED_POSTS && unnamed > withName + linkedNames;
    },
  ),
  queryVariantSamePage: defineCheck(
    'query-variant-same-page',
    'evidence',
    'A menu link whose URL differs from another page read only by its query ("/about?tab=authority" beside "/about?tab=history"), with the same content, selects a tab the HTML does not show: it is confirmed only by what the page is about (title, headings, rows), not by a passing mention in its text.',
    (hasQuery: boolean, sameContentPages: number): boolean => hasQuery && sameContentPages >= 2,
  ),
  datesOutsideLinks: defineCheck(
    'dates-outside-links',
    'evidence',
    "A year or month the page's text prints only inside the labels of its links ('กลับไปหน้า ITA 2569', 'ข้อมูล ITA 2569', a menu's 'ประจำปีงบประมาณ 2569') is the date of the page those links open, not of this page: only the mentions left once every link label's are taken away date it.",
    (bodyDates: readonly DatedMention[], linkLabelDates: readonly DatedMention[]): DatedMention[] => {
      const key = (d: DatedMention): string => `${d.precision}|${d.year}|${d.month ?? ''}|${d.until?.year ?? ''}`;
      const inLinks = new Map<string, number>();
      for (const d of linkLabelDates) inLinks.set(key(d), (inLinks.get(key(d)) ?? 0) + 1);
      return bodyDates.filter((d) => {
        const left = inLinks.get(key(d)) ?? 0;
        if (left === 0) return true;
        inLinks.set(key(d), left - 1);
        return false;
      });
    },
  ),
  channelHeadingLinks: defineCheck(
    'channel-heading-links',
    'evidence',
    "A channel (e-service, Q&A, complaint, opinion) named by a heading of a page is reached by the links under that heading, not by the page's other links: a heading 'E-Service' over a picture, on a home page full of other links, offers nothing to use.",
    (section: { linked?: true } | undefined): number => (section?.linked === true ? 1 : 0),
  ),
  channelLinksDead: defineCheck(
    'channel-links-dead',
    'evidence',
    "A page for a channel (Q&A, complaint, opinion, e-service) with no form, e-mail or phone of its own and no sentences telling how to use it, whose every content link answers 404/410 (an FAQ page listing topics whose pages are gone, a web board's forums that no longer open) lists the channel with nothing behind it: listed, not published (empty-page → incomplete).",
    (contentLinks: number, deadLinks: number): boolean => contentLinks > 0 && deadLinks === contentLinks,
  ),
  channelPage: defineCheck(
    'channel-page-usable',
    'evidence',
    'A page for a channel (complaint, Q&A, opinion, e-service) counts when it has a working form, its own e-mail or a content link; only forms that submit nowhere (action # or javascript:, or a handler that only stops the submission: form-sends-nothing) → inert-form; nothing to use → no-channel.',
    (forms: readonly { action: string; sendsNothing?: true }[], ownEmail: boolean, contentLinks: number): ChannelPageState => {
      if (forms.some((f) => f.sendsNothing !== true && !INERT_ACTION.test(f.action)) || ownEmail) return 'ok';
      if (forms.length > 0) return 'inert-form';
      return contentLinks > 0 ? 'ok' : 'no-channel';
    },
  ),
  locationMapShown: defineCheck(
    'location-map-shown',
    'evidence',
    "A page shows the organisation's location map when it embeds or links a map (google.com/maps, maps.google.*, goo.gl/maps, maps.app.goo.gl, OpenStreetMap, Longdo Map, Apple Maps, Waze: isMapUrl), has a working link named for one (concept location-map: แผนที่, แผนที่ตั้ง, Google Map — not a site map, tax map or strategy map), or a picture (alt, title, caption or file name: 'mapview.jpg') named for one, or a heading or caption line named for one over something that could be the map (a frame, an unnamed picture of the page's own: not a placeholder box). A link named for a map that is empty (#) or broken shows none. The first signal, or null.",
    (page: MapPage, named: (text: string) => boolean, broken: (url: string) => boolean, siteImages: ReadonlySet<string> = new Set()): string | null => {
      const embed = page.contacts.find((c) => c.kind === 'map');
      if (embed) return embed.value;
      const link = page.links.find((l) => l.kind !== 'placeholder' && l.url !== null && !broken(l.url) && named(l.label));
      if (link) return link.label;
      for (const p of page.pictures ?? []) {
        if (named(p.name)) return p.name;
        const file = fileNameLabel(urlOf(p.src));
        if (file !== '' && (named(file) || MAP_FILE.test(file))) return file;
      }
      // A heading or caption names the map only over something that could be it — a frame, or an unnamed picture of the
      // page's own — not over a grey placeholder box with a dead 'เปิดใน Google Maps' button.
      const holder = page.links.some((l) => FRAME_ORIGINS.has(l.origin)) || (page.pictures ?? []).some((p) => p.name === '' && !siteImages.has(p.src));
      if (!holder) return null;
      return page.headings.find(named) ?? page.prose.find((b) => b.length <= MAP_CAPTION_CHARS && named(b)) ?? null;
    },
  ),
  contactContentUnreadable: defineCheck(
    'contact-content-unreadable',
    'evidence',
    "A contact page that shows no map but holds what the audit cannot read — an embedded frame of a host that is not known to be a map or a video or social feed, not read as a page of the site, and no Flash movie (.swf, which no browser plays) — may show the map there: the first such frame, or null. An unnamed picture is not one: labellers read a contact page with an unnamed photo (a building, a ribbon, a logo) and no map as lacking the map (incomplete) in all six corpora where the checker asked (real70, real74, real82, real87, real123, real125); a picture named for a map is read as the map (location-map-shown).",
    (page: MapPage, framesRead: (url: string) => boolean): string | null => {
      for (const l of page.links) {
        if (!FRAME_ORIGINS.has(l.origin) || l.url === null || framesRead(l.url)) continue;
        const url = urlOf(l.url);
        if (url && !isMapUrl(url) && !NOT_MAP_FRAME_HOSTS.test(url.hostname.toLowerCase()) && !/\.swf$/i.test(url.pathname)) return l.url;
      }
      return null;
    },
  ),
  contactSectionParts: defineCheck(
    'contact-section-parts',
    'evidence',
    "When the contact item's only evidence is a section of a page (a 'contact us' block, not a contact page of its own), the phone, e-mail and fax it needs are read from that section's text and from the site's footer (contacts repeated on many pages) — not from anywhere on the site: a dormitory unit's page lists private dormitories with their own phones and e-mails, and those are not the unit's.",
    (sectionTexts: readonly string[], footerContacts: Iterable<string>): { phone: boolean; email: boolean; fax: boolean } => {
      const kinds = new Set<string>(sectionTexts.flatMap((t) => findContacts(t, []).map((c) => c.kind)));
      for (const v of footerContacts) kinds.add(v.slice(0, v.indexOf(':')));
      return { phone: kinds.has('phone'), email: kinds.has('email'), fax: kinds.has('fax') };
    },
  ),
  documentStandsWhole: defineCheck(
    'document-stands-whole',
    'evidence',
    "A working document named for an item whose parts the audit looks for on pages (the contact item's location map) stands for the whole item: files are not read, and an agency's own contact sheet (an ITA index row '1.7 ข้อมูลการติดต่อ… (5) แผนที่ที่ตั้งหน่วยงาน' over a PDF) lists every part — as any document item passes on a document named for it.",
    (target: TargetState, isDocument: boolean): boolean => target === 'ok' && isDocument,
  ),
} as const;
