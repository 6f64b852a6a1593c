import type { Status } from '../../report/report-schema.ts';
import { BE_OFFSET, fiscalYearOf, type CalendarDate } from '../../thai/fiscal-year.ts';
import { coversFiscalYear, isServerDate, latestFiscalYear, readEvidence } from '../../checklist/freshness/date-readings.ts';
import type { DatedEvidence } from '../../checklist/freshness/freshness-types.ts';
import { defineCheck } from './check.ts';
import type { TargetState } from './target-checks.ts';

/** What the verdict checks see of one item when none (or too little) of its evidence counts. */
export interface NoEvidenceFacts {
  title: string;
  titleEn: string;
  /** States of every piece of evidence found for the item (none counted as `ok`, or fewer than required). */
  states: ReadonlySet<TargetState>;
  /** Pieces that count, and how many the item requires. */
  valid: number;
  minEvidence: number;
  /** Share of same-site pages that answered 403/429. */
  blockedShare: number;
  /** Crawled pages built entirely by a script that were not rendered (their content is unseen). */
  unrenderedScriptPages: number;
  /**
   * The item's freshness rule judged on the periods printed in the labels of its links that do not count
   * (broken or empty), when any label names one ("แผน… ๒๕๖๐ - ๒๕๖๔").
   */
  labelFreshness?: { status: Status; reason: string; reasonEn: string } | null;
  /**
   * The item's freshness rule judged on the periods printed in the own labels of its off-site links, when every one
   * of them names a period ("ประกาศ … แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ.2561" on another host); null otherwise.
   */
  externalLabelFreshness?: { status: Status; reason: string; reasonEn: string } | null;
  /** Labels of working related channels with a form (concept `reviewWith`: a general complaint form for the corruption channel). */
  relatedChannels?: readonly string[];
  /**
   * For an item whose headlines are its entries (news), the item's freshness rule judged on the newest month the site's dated
   * entries (links' row and label dates) name, when that month is older than the period the item needs; null otherwise.
   */
  staleSite?: { status: Status; reason: string; reasonEn: string } | null;
  /** Labels of related channels named over a link that does not work (a general complaint line answering 404 for the corruption channel). */
  unusableRelated?: readonly string[];
  /** Some off-site evidence was named by its own label (not only by its row or heading). */
  externalNamedByLabel?: boolean;
  /** A link named for the item whose page, read in full, holds only other topics: its label and the page. */
  otherTopicLink?: { label: string; url: string };
  /** The organisation's other hosts the site links to that may hold the item (reg.nrru.ac.th for online services). */
  organisationHosts?: readonly string[];
  /** The site's ITA/OIT section kept on another host (a link 'ITA ONLINE' to a Google Site) while no page of the site is one. */
  itaElsewhere?: { host: string; url: string; label: string } | null;
}

export interface VerdictOutcome {
  status: Status;
  reason: string;
  reasonEn: string;
}

type NoEvidenceRun = (f: NoEvidenceFacts) => VerdictOutcome | null;

const review = (reason: string, reasonEn: string): VerdictOutcome => ({ status: 'review', reason, reasonEn });

/**
 * When no evidence counts, the first of these checks that answers decides the item, in this order: what
 * was seen but could not be read needs a person (review); what is listed but broken or empty is incomplete;
 * only when nothing at all was seen on a fully readable site is the item missing.
 */
export const NO_EVIDENCE_CHECKS = [
  defineCheck<NoEvidenceRun>('script-filled-list', 'verdict', 'A page for the item was found but its list is filled in by script: review.', (f) =>
    f.states.has('script-filled')
      ? review(`พบหน้า "${f.title}" แต่รายการโหลดด้วย JavaScript ตรวจเองในเบราว์เซอร์`, `Found a page for "${f.titleEn}" but its list is filled in by JavaScript; check it in the browser.`)
      : null),
  defineCheck<NoEvidenceRun>('blocked-link', 'verdict', 'A link for the item answered 403/429/5xx: review.', (f) =>
    f.states.has('blocked')
      ? review(`พบลิงก์ "${f.title}" แต่เปิดไม่ได้ (403/429/5xx) ตรวจเองอีกครั้ง`, `Found a link for "${f.titleEn}" but the page refused or failed (403/429/5xx); check it by hand.`)
      : null),
  defineCheck<NoEvidenceRun>('dead-headlines-stale-site', 'verdict', "For an item whose headlines are its entries (news), links named for it are broken or empty, and the newest date any dated entry of the site names (a link's row or label date) is older than the period the item needs (a news list of 2560 whose story pages are gone, audited for 2565): what is shown is outdated, whatever the dead pages held.", (f) =>
    (f.states.has('broken') || f.states.has('placeholder')) && f.staleSite?.status === 'outdated'
      ? {
          status: 'outdated',
          reason: `ลิงก์ "${f.title}" เสียหรือว่าง และวันที่ล่าสุดของรายการบนเว็บไซต์ไม่ครอบคลุมช่วงที่ต้องเผยแพร่: ${f.staleSite.reason}`,
          reasonEn: `The links for "${f.titleEn}" are broken or empty, and the newest dated entry anywhere on the site is older than the required period: ${f.staleSite.reasonEn}`,
        }
      : null),
  defineCheck<NoEvidenceRun>('broken-before-unnamed-external', 'verdict', 'A broken link on the site named for the item outranks an off-site link that only its row or heading names: incomplete.', (f) =>
    f.states.has('broken') && f.states.has('external') && f.externalNamedByLabel === false
      ? { status: 'incomplete', reason: `มีลิงก์ "${f.title}" แต่ลิงก์เสีย (404) และลิงก์ภายนอกที่เหลือไม่ได้ระบุชื่อเอกสาร แก้ลิงก์หรืออัปโหลดไฟล์ใหม่`, reasonEn: `"${f.titleEn}" is linked but the link is broken (404), and the remaining off-site link does not name the document; fix the link or upload the file.` }
      : null),
  defineCheck<NoEvidenceRun>('part-before-unnamed-external', 'verdict', "Part of the item found on the site itself (a footer's address and phones without e-mail) outranks an off-site link that only its row or heading names (an unlabelled picture link under 'Contact'): incomplete.", (f) =>
    f.states.has('partial') && f.states.has('external') && f.externalNamedByLabel === false
      ? {
          status: 'incomplete',
          reason: `พบ "${f.title}" บนเว็บไซต์เพียงบางส่วน และลิงก์ภายนอกที่เหลือไม่ได้ระบุว่าเป็นข้อนี้ เพิ่มข้อมูลให้ครบ`,
          reasonEn: `Only part of "${f.titleEn}" is on the site, and the remaining off-site link does not name it; add the rest.`,
        }
      : null),
  defineCheck<NoEvidenceRun>('external-dated-by-label', 'verdict', "The item is only on another host, and every off-site link's own label names a period that ended before the one the item needs (\"แผน… ประจำปีงบประมาณ 2561\" audited for 2565): outdated, whatever the file holds.", (f) =>
    f.states.has('external') && f.externalLabelFreshness?.status === 'outdated'
      ? {
          status: 'outdated',
          reason: `พบ "${f.title}" เฉพาะบนเว็บไซต์ภายนอก และช่วงเวลาที่ระบุในชื่อลิงก์ไม่ครอบคลุมปีที่ต้องเผยแพร่: ${f.externalLabelFreshness.reason}`,
          reasonEn: `"${f.titleEn}" is only on an external host, and the period its links' labels name does not cover the required one: ${f.externalLabelFreshness.reasonEn}`,
        }
      : null),
  defineCheck<NoEvidenceRun>('external-headlines-stale-site', 'verdict', "For an item whose headlines are its entries (news), found only off the site (a news tab of links to the faculty's other host, a Google Drive folder), when the newest date any dated entry of the site names (a link's row or label date) is older than the period the item needs: what the site shows is outdated, as for dead headlines (dead-headlines-stale-site).", (f) =>
    f.states.has('external') && f.staleSite?.status === 'outdated'
      ? {
          status: 'outdated',
          reason: `พบ "${f.title}" เฉพาะบนเว็บไซต์ภายนอก และวันที่ล่าสุดของรายการบนเว็บไซต์ไม่ครอบคลุมช่วงที่ต้องเผยแพร่: ${f.staleSite.reason}`,
          reasonEn: `"${f.titleEn}" is only on an external host, and the newest dated entry anywhere on the site is older than the required period: ${f.staleSite.reasonEn}`,
        }
      : null),
  defineCheck<NoEvidenceRun>('external-only', 'verdict', 'The item is only on another host (Google Drive, Facebook, another site): review.', (f) =>
    f.states.has('external')
      ? review(`พบ "${f.title}" เฉพาะบนเว็บไซต์ภายนอก (เช่น Google Drive, Facebook) ตรวจเนื้อหาเอง`, `"${f.titleEn}" is only on an external host (e.g. Google Drive, Facebook); check its content by hand.`)
      : null),
  defineCheck<NoEvidenceRun>('script-route-only', 'verdict', 'The item is only behind a script route (#/…, an ASP.NET postback) that the HTML cannot show: review.', (f) =>
    f.states.has('script-route')
      ? review(`พบ "${f.title}" เฉพาะหลังลิงก์ที่สร้างด้วยสคริปต์ (#/… หรือ postback) เปิดดูเองในเบราว์เซอร์`, `"${f.titleEn}" is only behind a link a script opens (#/…, a postback); open it in a browser and check.`)
      : null),
  defineCheck<NoEvidenceRun>('national-document-only', 'verdict', "The only documents named for the item are national ones (an Act of Parliament, the Budget Bureau's budget documents), not the agency's own: review.", (f) =>
    f.states.has('national-document')
      ? review(
          `พบเอกสารที่เกี่ยวกับ "${f.title}" แต่เป็นเอกสารระดับชาติ (พ.ร.บ. หรือเอกสารงบประมาณของสำนักงบประมาณ) ไม่ใช่ของหน่วยงาน ตรวจเองว่าหน่วยงานเผยแพร่ของตนเองหรือไม่`,
          `The documents found for "${f.titleEn}" are national ones (an Act, the Budget Bureau's budget documents), not the agency's own; check by hand whether the agency publishes its own.`,
        )
      : null),
  defineCheck<NoEvidenceRun>('unconfirmed-menu-link', 'verdict', "A link names the item (or a menu label reworded from it) but leads to a page that does not show it (at most parts that could not be named): the item listed without its document — incomplete. Labellers, reading those pages, said incomplete 7 times, outdated or missing 3, review 3 of the 14 where the checker had said review (2026-12-08).", (f) =>
    f.states.has('unconfirmed')
      ? {
          status: 'incomplete',
          reason: `มีลิงก์ชื่อ "${f.title}" (หรือชื่อเมนูที่ใกล้เคียง) แต่หน้าที่ลิงก์ไปไม่แสดงเรื่องนี้ (มีเพียงเนื้อหาที่ระบุไม่ได้ เช่น ไฟล์ไม่มีชื่อ) แก้ลิงก์ให้ตรงเอกสาร หรือตั้งชื่อเอกสารให้ชัด`,
          reasonEn: `A link is named "${f.titleEn}" (or a menu label like it), but the page it leads to does not show it (at most content that cannot be named, such as untitled files); point the link at the document or name the document.`,
        }
      : null),
  defineCheck<NoEvidenceRun>('structure-chart-missing', 'verdict', 'The page for the item links its chart only through dead links and shows no chart (chart-links-dead): review.', (f) =>
    f.states.has('chart-missing')
      ? review(
          `พบหน้า "${f.title}" แต่ลิงก์แผนผังเสียหรือว่าง และหน้านี้ไม่แสดงแผนผัง (อาจวาดด้วยสคริปต์) ตรวจเองและแก้ลิงก์แผนผัง`,
          `Found a page for "${f.titleEn}" but its chart links are broken or empty and the page shows no chart (a script may draw it); check by hand and fix the chart links.`,
        )
      : null),
  defineCheck<NoEvidenceRun>('dead-link-dated-by-label', 'verdict', "Links for the item are broken or empty, and the periods printed in the text that named them (own label, row title, card heading; else their listing rows, see dead-link-listing-dates) all ended before the period the item needs: outdated.", (f) =>
    (f.states.has('broken') || f.states.has('placeholder')) && f.labelFreshness?.status === 'outdated'
      ? {
          status: 'outdated',
          reason: `ลิงก์ "${f.title}" เสียหรือว่าง และช่วงเวลาที่ระบุในชื่อลิงก์ไม่ครอบคลุมปีที่ต้องเผยแพร่: ${f.labelFreshness.reason}`,
          reasonEn: `The links for "${f.titleEn}" are broken or empty, and the period their labels name does not cover the required one: ${f.labelFreshness.reasonEn}`,
        }
      : null),
  defineCheck<NoEvidenceRun>('sample-people-list', 'verdict', "The people page for the item (executives) repeats one person's card for several posts or several times (a template's sample cards): the list is named but not published in full — incomplete.", (f) =>
    f.states.has('sample-people')
      ? {
          status: 'incomplete',
          reason: `พบหน้า "${f.title}" แต่รายชื่อเป็นข้อมูลตัวอย่าง (บุคคลเดียวซ้ำในหลายตำแหน่งหรือหลายบัตร) เผยแพร่รายชื่อ ตำแหน่ง และรูปของผู้บริหารจริงให้ครบ`,
          reasonEn: `Found a page for "${f.titleEn}" but its cards repeat one person for several posts or several times (a template's sample list); publish the real executives' names, posts and photos.`,
        }
      : null),
  defineCheck<NoEvidenceRun>('people-without-photo-list', 'verdict', "The people page for the item (executives) gives names and posts but shows no photo of anyone (people-without-photo): the item in part — incomplete.", (f) =>
    f.states.has('no-photo')
      ? {
          status: 'incomplete',
          reason: `พบหน้า "${f.title}" มีชื่อและตำแหน่ง แต่ไม่มีรูปถ่ายผู้บริหาร เพิ่มรูปถ่ายและช่องทางติดต่อให้ครบ`,
          reasonEn: `Found a page for "${f.titleEn}" with names and posts but no photos of the executives; add their photos and contact channels.`,
        }
      : null),
  defineCheck<NoEvidenceRun>('people-without-contact-list', 'verdict', "The people page for the item (executives) gives names and posts but no phone or e-mail of its own (people-without-contact): the item in part — incomplete.", (f) =>
    f.states.has('no-contact')
      ? {
          status: 'incomplete',
          reason: `พบหน้า "${f.title}" แต่ไม่มีช่องทางติดต่อผู้บริหาร (โทรศัพท์หรืออีเมล) นอกจากเบอร์กลางของหน่วยงาน เพิ่มช่องทางติดต่อของผู้บริหาร`,
          reasonEn: `Found a page for "${f.titleEn}" but it gives no phone or e-mail of the executives, only the body's switchboard; add their contact channels.`,
        }
      : null),
  defineCheck<NoEvidenceRun>('people-in-pictures-only', 'verdict', 'The people page for the item (executives) names no one in its text and shows them only in pictures (people-only-in-pictures), and no other page names one of them without a photo or contact: review.', (f) =>
    f.states.has('people-in-pictures')
      ? review(
          `พบหน้า "${f.title}" แต่ไม่มีชื่อบุคคลเป็นข้อความ แสดงเป็นรูปภาพเท่านั้น ตรวจเองว่ารูปแสดงชื่อ ตำแหน่ง รูปถ่าย และช่องทางติดต่อ และควรพิมพ์เป็นข้อความด้วย`,
          `Found a page for "${f.titleEn}", but it names no one in text; the people are shown only in pictures. Check by hand that they give names, posts, photos and contacts, and print them as text too.`,
        )
      : null),
  defineCheck<NoEvidenceRun>('template-filler-page', 'verdict', 'The page for the item shows only a web template\'s filler (lorem ipsum, placeholder images) and no document: review.', (f) =>
    f.states.has('template-page')
      ? review(
          `พบหน้า "${f.title}" แต่มีเพียงข้อความหรือรูปตัวอย่างของแม่แบบเว็บ (lorem ipsum, รูปตัวอย่าง) ไม่มีเอกสาร ตรวจเองว่าข้อมูลจริงอยู่ที่ใด`,
          `Found a page for "${f.titleEn}" but it shows only web-template filler (lorem ipsum, placeholder images) and no document; check by hand.`,
        )
      : null),
  defineCheck<NoEvidenceRun>('inert-form', 'verdict', 'A channel page whose only forms submit nowhere (action empty or #): review, it cannot be shown to work.', (f) =>
    f.states.has('inert-form')
      ? review(`พบหน้า "${f.title}" แต่แบบฟอร์มไม่ส่งข้อมูลไปที่ใด (action ว่างหรือ #) ทดลองใช้เองว่าใช้งานได้จริง`, `Found a page for "${f.titleEn}" but its form submits nowhere (empty or # action); try it by hand.`)
      : null),
  defineCheck<NoEvidenceRun>('no-usable-channel', 'verdict', 'A channel page with no form, no e-mail and no link to a system a person could use: review.', (f) =>
    f.states.has('no-channel')
      ? review(`พบหน้า "${f.title}" แต่ไม่มีแบบฟอร์ม อีเมล หรือลิงก์ไปยังระบบที่ใช้งานได้ ตรวจเอง`, `Found a page for "${f.titleEn}" but it has no form, e-mail or link to a usable system; check by hand.`)
      : null),
  defineCheck<NoEvidenceRun>('broken-link', 'verdict', 'A link for the item is broken (404/410): incomplete.', (f) =>
    f.states.has('broken')
      ? { status: 'incomplete', reason: `มีลิงก์ "${f.title}" แต่ลิงก์เสีย (404) แก้ลิงก์หรืออัปโหลดไฟล์ใหม่`, reasonEn: `"${f.titleEn}" is linked but the link is broken (404); fix the link or upload the file.` }
      : null),
  defineCheck<NoEvidenceRun>('channel-only-a-document', 'verdict', 'A channel item found only as a document describing it (a PDF of the channels): incomplete, a channel must be usable online.', (f) =>
    f.states.has('not-a-channel')
      ? {
          status: 'incomplete',
          reason: `พบเฉพาะเอกสารเกี่ยวกับ "${f.title}" ซึ่งไม่ใช่ช่องทางที่ใช้งานได้ จัดให้มีแบบฟอร์ม อีเมล หรือช่องทางออนไลน์`,
          reasonEn: `Only a document about "${f.titleEn}" was found, not a usable channel; provide a form, e-mail or online channel.`,
        }
      : null),
  defineCheck<NoEvidenceRun>('not-an-account-only', 'verdict', "The social-network item given only as a Facebook group or an invitation to join one (not-an-account, social-invitation): the organisation is on the network, its own account is not linked — incomplete.", (f) =>
    f.states.has('not-an-account')
      ? {
          status: 'incomplete',
          reason: `พบ "${f.title}" เป็นกลุ่ม Facebook หรือคำเชิญเข้าร่วมกลุ่ม ไม่ใช่บัญชีของหน่วยงาน ลิงก์ไปยังเพจของหน่วยงานเอง`,
          reasonEn: `"${f.titleEn}" is linked only as a Facebook group or an invitation to join one, not the organisation's own account; link its page.`,
        }
      : null),
  defineCheck<NoEvidenceRun>('one-way-channel', 'verdict', 'The page for a channel item gives answers to fixed questions (an FAQ) but no way to ask (answers-without-asking): the item in part — incomplete; beside a working message form of a related channel (the contact form), which may take questions, review.', (f) =>
  {
    if (!f.states.has('one-way')) return null;
    const form = f.relatedChannels?.[0];
    return form !== undefined
      ? review(
          `พบหน้า "${f.title}" เป็นคำถามที่พบบ่อย ไม่มีช่องทางให้ถาม แต่มีแบบฟอร์ม "${form}" ที่อาจรับคำถามได้ ตรวจเองว่าคำถามได้รับคำตอบ`,
          `Found a page for "${f.titleEn}" with fixed questions (an FAQ) and no way to ask on it, but the form "${form}" may take questions; check by hand that questions are answered.`,
        )
      : {
          status: 'incomplete',
          reason: `พบหน้า "${f.title}" เป็นคำถามที่พบบ่อยพร้อมคำตอบ แต่ไม่มีช่องทางให้ถามได้ (แบบฟอร์ม เว็บบอร์ด หรือแชต) เพิ่มช่องทางถาม-ตอบที่ใช้งานได้`,
          reasonEn: `Found a page for "${f.titleEn}" with answers to fixed questions (an FAQ) but no way to ask (a form, web board or chat); add a working ask-and-answer channel.`,
        };
  }),
  defineCheck<NoEvidenceRun>('listed-without-document', 'verdict', 'The item is listed with an empty link or no document: incomplete.', (f) =>
    f.states.has('placeholder')
      ? { status: 'incomplete', reason: `มีหัวข้อ "${f.title}" แต่ยังไม่มีไฟล์หรือลิงก์ (ลิงก์ว่าง) อัปโหลดเอกสาร`, reasonEn: `"${f.titleEn}" is listed but its link is empty; upload the document.` }
      : null),
  defineCheck<NoEvidenceRun>('empty-list-page', 'verdict', 'The page for the item says it holds nothing yet ("ยังไม่มีข้อมูล…", "ไม่มีข้อมูล…") or is only headings with nothing under them: listed, not published — incomplete.', (f) =>
    f.states.has('empty-page')
      ? { status: 'incomplete', reason: `มีหน้า "${f.title}" แต่หน้านั้นยังไม่มีข้อมูล (แจ้งว่าไม่มีข้อมูล หรือมีแต่หัวข้อ) เผยแพร่เอกสารในหน้านั้น`, reasonEn: `There is a page for "${f.titleEn}", but it holds nothing yet (it says there is no data, or it is only headings); publish the document on it.` }
      : null),
  defineCheck<NoEvidenceRun>('found-in-part', 'verdict', 'Only part of the item was found (the footer address, no phone or e-mail): incomplete.', (f) =>
    f.states.has('partial')
      ? { status: 'incomplete', reason: `พบ "${f.title}" เพียงบางส่วน (ที่อยู่ ไม่มีโทรศัพท์หรืออีเมล) เพิ่มข้อมูลให้ครบ`, reasonEn: `Only part of "${f.titleEn}" was found (an address, no phone or e-mail); add the rest.` }
      : null),
  defineCheck<NoEvidenceRun>('index-code-only', 'verdict', 'Only a row of an ITA index table numbered as this item ("OIT 34") holds a document, but neither its title nor the document names the item: review.', (f) =>
    f.states.has('code-only')
      ? review(
          `ตาราง ITA มีเอกสารในแถวที่มีเลขข้อของ "${f.title}" แต่ชื่อแถวและชื่อเอกสารเป็นเรื่องอื่น ตรวจเองว่าตรงกับข้อนี้หรือไม่`,
          `A row of the ITA table numbered as "${f.titleEn}" holds a document, but the row title and the document name another topic; check by hand that it is this item.`,
        )
      : null),
  defineCheck<NoEvidenceRun>('site-blocked', 'verdict', 'Nothing found, but at least a fifth of the pages answered 403/429: review.', (f) =>
    f.blockedShare >= 0.2
      ? review(`ไม่พบ "${f.title}" แต่หลายหน้าตอบ 403/429 จึงตรวจไม่ครบ`, `"${f.titleEn}" was not found, but many pages answered 403/429, so the check is incomplete.`)
      : null),
  defineCheck<NoEvidenceRun>('script-built-site', 'verdict', 'Nothing found, but pages of the site are built by a script and were not rendered: review, never missing.', (f) =>
    f.unrenderedScriptPages > 0
      ? review(
          `ไม่พบ "${f.title}" แต่หน้านี้สร้างด้วยสคริปต์ (${f.unrenderedScriptPages} หน้า) จึงอ่านเนื้อหาไม่ได้ เปิดดูเองในเบราว์เซอร์`,
          `"${f.titleEn}" was not found, but ${f.unrenderedScriptPages} page(s) are built by a script and were not rendered; open them in a browser.`,
        )
      : null),
  defineCheck<NoEvidenceRun>('too-few', 'verdict', 'Fewer pieces of evidence than the item requires (e.g. two contact channels): incomplete.', (f) =>
    f.valid > 0
      ? { status: 'incomplete', reason: `พบ "${f.title}" ${f.valid} ช่องทาง ต้องมีอย่างน้อย ${f.minEvidence}`, reasonEn: `Found ${f.valid} of the ${f.minEvidence} required for "${f.titleEn}".` }
      : null),
  defineCheck<NoEvidenceRun>('related-channel-only', 'verdict', 'Nothing names the item, but a related channel works with a form (a general complaint form for the corruption channel): review whether it takes the item.', (f) =>
    f.relatedChannels && f.relatedChannels.length > 0
      ? review(
          `ไม่พบช่องทางที่ระบุว่าเป็น "${f.title}" แต่มีช่องทางทั่วไป "${f.relatedChannels[0]}" ที่มีแบบฟอร์ม ตรวจว่ารับเรื่องนี้ได้ และระบุให้ชัด`,
          `Nothing is labelled "${f.titleEn}", but a general channel "${f.relatedChannels[0]}" with a form works; check that it takes these reports and label it so.`,
        )
      : null),
  defineCheck<NoEvidenceRun>('related-channel-unusable', 'verdict', "Nothing names the item, but a related channel is named over a link that does not work (a general complaint line 'สายตรงอธิการบดี' or 'รับเรื่องร้องเรียน' answering 404, href=\"\", a page with nothing to use): a channel listed but unusable — incomplete.", (f) =>
    f.states.size === 0 && f.unusableRelated && f.unusableRelated.length > 0
      ? {
          status: 'incomplete',
          reason: `ไม่พบช่องทางที่ระบุว่าเป็น "${f.title}" และช่องทางทั่วไป "${f.unusableRelated[0]}" ใช้งานไม่ได้ (ลิงก์เสียหรือไม่มีเนื้อหา) แก้ให้ใช้งานได้และระบุให้ชัดว่ารับเรื่องนี้`,
          reasonEn: `Nothing is labelled "${f.titleEn}", and the general channel "${f.unusableRelated[0]}" does not work (a broken or empty link); make it work and say that it takes these reports.`,
        }
      : null),
  defineCheck<NoEvidenceRun>('linked-page-other-topic', 'verdict', 'A link names the item, but its page, read in full, holds only other topics: missing, naming the link and the page.', (f) =>
    f.otherTopicLink
      ? {
          status: 'missing',
          reason: `ลิงก์ "${f.otherTopicLink.label}" ไปที่หน้า ${f.otherTopicLink.url} ซึ่งมีแต่เรื่องอื่น ไม่มี "${f.title}" เผยแพร่และแก้ลิงก์ให้ตรงเอกสาร`,
          reasonEn: `The link "${f.otherTopicLink.label}" leads to ${f.otherTopicLink.url}, which holds only other topics, not "${f.titleEn}"; publish it and point the link at it.`,
        }
      : null),
  defineCheck<NoEvidenceRun>('ita-section-elsewhere', 'verdict', "Nothing for the item on the site, and the site has no ITA page of its own but links its ITA/OIT section to a publishing platform ('ITA ONLINE' → a Google Site, a Drive folder, a blog; another body's host holds that body's ITA): the evidence may be there — review, naming the link.", (f) =>
    f.states.size === 0 && f.itaElsewhere
      ? review(
          `ไม่พบ "${f.title}" บนเว็บไซต์นี้ แต่หน้า ITA ของหน่วยงานอยู่บนเว็บไซต์อื่น ("${f.itaElsewhere.label}" → ${f.itaElsewhere.host}) ตรวจที่นั่นเอง และควรเผยแพร่บนเว็บไซต์ของหน่วยงาน`,
          `"${f.titleEn}" was not found on this site, but its ITA section is on another host ("${f.itaElsewhere.label}" → ${f.itaElsewhere.host}); check it there, and publish it on the organisation's own site.`,
        )
      : null),
  defineCheck<NoEvidenceRun>('on-organisation-host', 'verdict', "Nothing for the item on the audited host, but the site links to the organisation's other hosts where it may be published (online services on reg.x.ac.th, procurement on procurement.x.ac.th; Concept.siblingHostHints): review, naming them.", (f) =>
    f.states.size === 0 && f.organisationHosts && f.organisationHosts.length > 0
      ? review(
          `ไม่พบ "${f.title}" บนเว็บไซต์นี้ แต่มีลิงก์ไปยังเว็บไซต์อื่นของหน่วยงาน (${f.organisationHosts.slice(0, 3).join(', ')}) ซึ่งอาจเผยแพร่ไว้ ตรวจเองและลิงก์จากหน้า ITA`,
          `"${f.titleEn}" was not found on this site, but it links to the organisation's other sites (${f.organisationHosts.slice(0, 3).join(', ')}), which may publish it; check them and link it from the ITA page.`,
        )
      : null),
  defineCheck<NoEvidenceRun>('not-found', 'verdict', 'Nothing for the item anywhere on a readable site: missing.', (f) => ({
    status: 'missing',
    reason: `ไม่พบ "${f.title}" บนเว็บไซต์ เผยแพร่และลิงก์จากหน้า ITA`,
    reasonEn: `"${f.titleEn}" was not found on the site; publish it and link it from the ITA page.`,
  })),
] as const;

/** The verdict of an item without enough valid evidence, and the id of the check that decided it. */
export function decideWithoutEvidence(facts: NoEvidenceFacts): VerdictOutcome & { check: string } {
  for (const c of NO_EVIDENCE_CHECKS) {
    const outcome = c.run(facts);
    if (outcome) return { ...outcome, check: c.id };
  }
  // not-found always answers; this keeps the type total
  return { status: 'missing', reason: '', reasonEn: '', check: 'not-found' };
}

/** Share of a crawl's pages built by script past which the site is an application: any item may be in them. */
const SCRIPT_SITE_SHARE = 0.25;

export const SCRIPT_PAGES_COULD_HOLD = defineCheck(
  'script-pages-could-hold',
  'verdict',
  "Pages built by a script and not rendered make an item that was not found `review` only when they could hold it: the site is an application (its front page is one, or a quarter of its pages are), or a link to one of them is named for the item. One script page ('Big Data', an under-construction picture) among a site's ordinary pages hides no other item: those are missing.",
  (site: { shellPages: number; pages: number; frontPageIsShell: boolean }, linkNamesItem: boolean): boolean =>
    site.shellPages > 0 && (site.frontPageIsShell || site.shellPages >= site.pages * SCRIPT_SITE_SHARE || linkNamesItem),
);

export const ITEM_ROW_DOCUMENT = defineCheck(
  'item-row-document',
  'verdict',
  "A document an ITA index lists in the item's own row (named by the row, its link generic: 'คลิก', 'O20.pdf') may hold every part of the item: part-absent does not apply to it — only what a page shows can be missing.",
  (kind: string, matchedBy: string): boolean => kind === 'document' && matchedBy === 'ita-index-row',
);

/** Checks that decide once evidence counts. */
export const EVIDENCE_VERDICT_CHECKS = [
  defineCheck('in-force-found', 'verdict', 'An item that only has to exist (in force) passes on one valid piece of evidence.', (kind: string): boolean => kind === 'in-force'),
  defineCheck('freshness-rule', 'verdict', "The item's freshness rule (fiscal year, half-year, monthly, recent …) judges the dates of its valid evidence on the as-of date.", (kind: string): boolean => kind !== 'in-force'),
  defineCheck(
    'script-filled-partial',
    'verdict',
    'A freshness verdict other than pass, where some of the lists are filled in by script: review (the missing part may be in them).',
    (status: Status, states: ReadonlySet<TargetState>): boolean => status !== 'pass' && states.has('script-filled'),
  ),
  defineCheck(
    'dead-monthly-link-months',
    'verdict',
    "A monthly item judged missing or incomplete with no document that counts, or sent to the organisation's other hosts (on-organisation-host), shows no month on this site: its breakdown lists every month due as missing.",
    (freshnessKind: string, status: Status, decidedBy = ''): boolean =>
      freshnessKind === 'monthly' && (status === 'missing' || status === 'incomplete' || decidedBy === 'on-organisation-host'),
  ),
  defineCheck(
    'part-listed-empty',
    'verdict',
    'An item whose concepts are all required parts (structure and duties) does not pass while one part is listed with an empty or broken link, or on a page that holds nothing yet, and has no working document: incomplete.',
    (parts: readonly { conceptId: string; states: ReadonlySet<TargetState> }[]): string | null =>
      parts.find((p) => !p.states.has('ok') && (p.states.has('placeholder') || p.states.has('broken') || p.states.has('empty-page')))?.conceptId ?? null,
  ),
  defineCheck(
    'dead-link-listing-dates',
    'verdict',
    "A dead or empty link is dated by what its listing prints — its own label and its row or entry (an index row's year beside an empty link) — never by its URL or the page around it.",
    (source: string): boolean => source === 'link-label' || source === 'row',
  ),
  defineCheck(
    'people-list-stale',
    'verdict',
    'A list of people in posts (executives) found, on a site whose newest date of any kind ended before the previous fiscal year began (a 2016 site audited in 2022), or whose every piece of evidence is dated that long ago (a roll filed in an ITA year tab of 2563): it cannot be shown to be current — review, never pass.',
    (newest: { year: number; month: number } | null, asOf: CalendarDate): boolean => {
      if (newest === null) return false;
      // the previous fiscal year begins on 1 October of CE year (FY − 543 − 2): FY 2565 → 2020-10
      const previousFyStart = (fiscalYearOf(asOf) - BE_OFFSET - 2) * 12 + 9;
      return newest.year * 12 + (newest.month - 1) < previousFyStart;
    },
  ),
  defineCheck(
    'later-period-only',
    'verdict',
    "A report of the previous fiscal year (or a given year) passes only on a date of that year (or the year before it, while still due) or a posting day since; when every period its evidence names is a later year (the current year's report offered for last year's), review.",
    (pieces: readonly DatedEvidence[], targetFiscalYear: number): boolean => {
      const written = readEvidence(pieces).filter((r) => !isServerDate(r));
      if (written.length === 0) return false;
      const supports = written.some((r) => (r.kind === 'day' ? latestFiscalYear(r) >= targetFiscalYear - 1 : coversFiscalYear(r, targetFiscalYear) || coversFiscalYear(r, targetFiscalYear - 1)));
      return !supports && written.some((r) => latestFiscalYear(r) > targetFiscalYear);
    },
  ),
  defineCheck(
    'contact-needs-details',
    'verdict',
    'An item of contact information (a concept read from footers) that also accepts social-network accounts (ita-2568 O3) does not pass on a social account alone when its contact part is only listed — every link named for it empty or broken (an ITA row "ข้อมูลการติดต่อ" → #) or only a map on another host (maps.app.goo.gl: where the office is, not how to reach it), no contact details read from pages, no postal address printed anywhere: incomplete.',
    (contactConcepts: readonly string[], contactStates: ReadonlySet<TargetState | 'details' | 'map'>, siteShowsAddress: boolean): boolean =>
      contactConcepts.length > 0 && !siteShowsAddress && [...contactStates].every((s) => s === 'placeholder' || s === 'broken' || s === 'map'),
  ),
  defineCheck(
    'year-summary-required',
    'verdict',
    "A monthly series of the previous fiscal year that also asks for the year's summary (ita-2569 O12: twelve months and the annual procurement summary) does not pass on an older year's summary: when every working year summary found names another year (FY 2567's summary offered for FY 2568), incomplete; none at all, or an undated one, is left to the months (labellers pass twelve months alone). A year its own label prints outranks a number in its file name.",
    (summaries: readonly DatedEvidence[][], targetFiscalYear: number): boolean => {
      if (summaries.length === 0) return false;
      // A year the link's own label prints outranks a number in its file name ("…ประจำปี พ.ศ. 2567" at "ITA_68_o13….pdf": the ITA round).
      const labelled = (p: DatedEvidence): DatedEvidence => (p.dates.some((d) => d.source === 'link-label') ? { ...p, dates: p.dates.filter((d) => d.source !== 'url') } : p);
      const readings = summaries.map((pieces) => readEvidence(pieces.map(labelled)).filter((r) => !isServerDate(r)));
      if (readings.some((r) => r.length === 0)) return false;
      return !readings.some((r) => r.some((x) => coversFiscalYear(x, targetFiscalYear)));
    },
  ),
  defineCheck(
    'channel-dead-supporting-only',
    'verdict',
    'An item that is a working channel (ita-2569 O10 E-Service) does not pass on its supporting documents alone (usage statistics, a manual): when every link named for the channel itself is broken, empty or only a document about it, incomplete.',
    (channelStates: ReadonlySet<TargetState>): boolean =>
      [...channelStates].some((s) => s === 'broken' || s === 'placeholder') && [...channelStates].every((s) => s === 'broken' || s === 'placeholder' || s === 'not-a-channel'),
  ),
  defineCheck(
    'enquiry-only-on-facebook',
    'verdict',
    'An item of contact information that also asks for a working question-and-answer channel (ita-2569 O3) does not pass when the site has no enquiry channel of its own (no Q&A page, no form) and the only channel it points to is a Facebook page on another host (a news feed whose answering cannot be seen from the site): review. A LINE OA, chat or form elsewhere is a channel to ask on.',
    (askConcepts: readonly string[], askOnSite: boolean, offSiteChannelHosts: readonly string[]): boolean =>
      askConcepts.length > 0 && !askOnSite && offSiteChannelHosts.length > 0 && offSiteChannelHosts.every(isFacebookHost),
  ),
  defineCheck(
    'due-period-listed-empty',
    'verdict',
    'An item whose newest working document is of an older period (outdated) while the period due is listed without a document — an empty or broken link, or an index row or bold item line with nothing under it, that names the due period — a year or fiscal year, not the day an entry was posted ("O23 แผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ พ.ศ. 2569" with no file, beside the 2568 plan): incomplete (the current document is named but not published).',
    (freshnessStatus: Status, listedFreshness: Status | null): boolean => freshnessStatus === 'outdated' && listedFreshness === 'pass',
  ),
  defineCheck(
    'contact-needs-map',
    'verdict',
    "An item that names the organisation's location map among its parts (ITA O5/O3 'ที่อยู่ … แผนที่ตั้ง': needsMap) does not pass without one: when neither the pages of its contact evidence (and the frames they embed) nor the site's home page (its menus and footer) show a map (location-map-shown), no crawled page embeds or links a map host, and no working document named for the item stands for all its parts (document-stands-whole), incomplete ('ไม่พบแผนที่ตั้งหน่วยงาน') — unless a contact page holds what could not be read (contact-content-unreadable: a frame of an unknown host, an unnamed picture of its own), then review.",
    (needsMap: boolean, map: { shown: string | null; unreadable: string | null }): 'incomplete' | 'review' | null =>
      !needsMap || map.shown !== null ? null : map.unreadable !== null ? 'review' : 'incomplete',
  ),
  defineCheck(
    'contact-needs-phone-and-email',
    'verdict',
    "The organisation's contact item (ITA O5/O3 'ที่อยู่ หมายเลขโทรศัพท์ E-mail แผนที่ตั้ง': needsMap) does not pass when no crawled page prints a phone number of its own (a placeholder '0-2XXX-XXXX' is none) or none prints an e-mail address of its own (a template's sample address does not count, see demo-contact) — or, where the item's evidence names the fax ('โทรสาร', ITA 2565), none prints a fax number — and no working document named for the item stands for all its parts: incomplete, naming the part not found.",
    (needsMap: boolean, shows: { phone: boolean; email: boolean; fax?: boolean }, documentStandsWhole: boolean): ('phone' | 'email' | 'fax')[] | null => {
      if (!needsMap || documentStandsWhole) return null;
      const lacking: ('phone' | 'email' | 'fax')[] = [];
      if (!shows.phone) lacking.push('phone');
      if (!shows.email) lacking.push('email');
      if (shows.fax === false) lacking.push('fax');
      return lacking.length > 0 ? lacking : null;
    },
  ),
  defineCheck(
    'enquiry-channel-absent',
    'verdict',
    "An item of contact information that also asks for a working question-and-answer channel (ita-2569 O3: 'ช่องทางถาม-ตอบที่ใช้งานได้') does not pass on an address, phone and map alone: with no channel to ask on anywhere — no Q&A board, no social account or chat, no form on the contact page, no related channel with a form — it is incomplete.",
    (askConcepts: readonly string[], channelSeen: boolean): boolean => askConcepts.length > 0 && !channelSeen,
  ),
  defineCheck(
    'part-absent',
    'verdict',
    "An item whose concepts are all required parts (ita-2568/2569 O1: the structure AND the duties and powers) does not pass on one part when another has no evidence at all and no crawled page so much as mentions it (its terms in a page's title, headings, sections or text: a structure page that also states the duties names them): incomplete, naming the absent part.",
    (parts: readonly { conceptId: string; found: boolean; mentioned: boolean }[]): string | null => parts.find((p) => !p.found && !p.mentioned)?.conceptId ?? null,
  ),
  defineCheck(
    'view-year-never-passes',
    'verdict',
    "A year read only from the tab an ITA page is shown for (assessment-year-view: '2563' marked current), not from the document, can date the document as old but never pass the item: a pass that rests on it is judged again without it (a person must read the document's own date).",
    (status: Status, statusWithoutViewYear: Status): boolean => status === 'pass' && statusWithoutViewYear !== 'pass',
  ),
  SCRIPT_PAGES_COULD_HOLD,
  ITEM_ROW_DOCUMENT,
] as const;

const FACEBOOK_HOSTS = ['facebook.com', 'fb.com', 'fb.me', 'm.facebook.com'];

/** Whether a host is Facebook's (a page, not its Messenger chat). */
function isFacebookHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^www\./, '');
  return FACEBOOK_HOSTS.some((f) => h === f || h.endsWith(`.${f}`));
}
