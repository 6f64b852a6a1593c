import type { ComponentChildren } from 'preact';
import { ATTENTION_LABEL, type DueEntry, type DueFact, dueByOwner, dueList, dueMessage, itemDueFacts, URGENT_KINDS, UIStrings as DueStrings } from './due-list.ts';
import { fiscalYearLabel, formatElapsed, shortUrl } from './format.ts';
import { type Lang, DEFAULT_LANG, itemTitle, type Phrase, say, sayDate, sayMonth } from './report-lang.ts';
import { type ReportDiff, tryDiffReports } from './report-diff.ts';
import type { Evidence, ItemVerdict, Report, Status } from './report-schema.ts';
import { cleanText, MAX_LABEL, shortText, webUrl } from './safe-text.ts';
import { STATUS_LABEL, STATUS_ORDER, STOPPED_BY, statusFlip } from './status-labels.ts';
import { uniqueEvidence } from './unique-evidence.ts';

export const UIStrings = {
  summary: { th: 'สรุป', en: 'summary' },
  foundOn: { th: 'พบที่', en: 'found on' },
  more: (n: number): Phrase => ({ th: `หลักฐานอื่นอีก ${n} รายการ`, en: `${n} more` }),
  couldChange: { th: 'อาจเปลี่ยน ถ้าตรวจต่อ', en: 'could change with a larger crawl' },
  missingMonths: { th: 'เดือนที่ขาด', en: 'missing months' },
  owner: { th: 'ผู้รับผิดชอบ', en: 'owner' },
  seeReason: { th: 'แก้ตามเหตุผลข้างบน', en: 'fix as the reason above says' },
  diffTitle: { th: 'เทียบกับครั้งก่อน', en: 'since the previous audit' },
  previous: { th: 'ครั้งก่อน', en: 'previous' },
  current: { th: 'ครั้งนี้', en: 'this audit' },
  asOf: { th: 'ณ วันที่', en: 'as of' },
  runAt: { th: 'ตรวจเมื่อ', en: 'run' },
  asOfDiffers: { th: 'ตัดสินคนละวันที่: ผลที่เปลี่ยนอาจมาจากวันที่ ไม่ใช่จากเว็บไซต์', en: 'judged on different as-of dates: a change may come from the date, not the site' },
  checklistDiffers: { th: 'ใช้เกณฑ์ต่างกัน เลขข้ออาจไม่ตรงกัน', en: 'a different checklist: item numbers may not match' },
  noStatusChange: { th: 'สถานะไม่เปลี่ยน', en: 'no status changed' },
  newItem: { th: 'ใหม่', en: 'new' },
  notInThisAudit: { th: 'ไม่มีในครั้งนี้', en: 'not in this audit' },
  evidenceAdded: { th: 'หลักฐานใหม่', en: 'new evidence' },
  evidenceRemoved: { th: 'หลักฐานที่หายไป', en: 'evidence gone' },
  evidenceChanged: { th: 'หลักฐานที่เปลี่ยน', en: 'evidence changed' },
  monthsPresent: { th: 'เดือนที่พบเพิ่ม', en: 'months now found' },
  monthsMissing: { th: 'เดือนที่ขาดเพิ่ม', en: 'months now missing' },
  failures: (n: number): Phrase => ({ th: `หน้าที่เปิดไม่ได้ ${n} หน้า`, en: `${n} pages failed` }),
  site: { th: 'เว็บไซต์', en: 'site' },
  checklist: { th: 'เกณฑ์', en: 'checklist' },
  crawled: { th: 'ตรวจ', en: 'crawled' },
  pages: { th: 'หน้า', en: 'pages' },
  documents: { th: 'เอกสาร', en: 'documents' },
  generated: { th: 'ตรวจเมื่อ', en: 'generated' },
  items: { th: 'รายการตรวจ', en: 'checklist items' },
} as const;

/** A phrase in the report's language; with `both`, the English part is in a muted `.en` span. */
export function T({ p, lang }: { p: Phrase; lang: Lang }) {
  if (lang === 'th') return <>{p.th}</>;
  if (lang === 'en') return <>{p.en}</>;
  return (
    <>
      {p.th} <span class="en">/ {p.en}</span>
    </>
  );
}

/**
 * Text a site wrote: cleaned (no controls, no bidi overrides), shortened to a sane length with the full
 * text in `title`, and isolated (`<bdi>`) so right-to-left text cannot reorder what is around it.
 */
export function SiteText({ text, max = MAX_LABEL }: { text: string; max?: number }) {
  const short = shortText(text, max);
  const full = cleanText(text);
  return short === full ? <bdi>{short}</bdi> : <bdi title={full}>{short}</bdi>;
}

/** A link for http(s) URLs only; anything else is shown as text. Opens in a new tab. */
export function SafeLink({ url, children }: { url: string; children?: ComponentChildren }) {
  const href = webUrl(url);
  if (href === null) return <span class="not-link">{children ?? <SiteText text={url} />}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" class={children === undefined ? 'url' : undefined}>
      {children ?? <bdi>{shortText(href, 300)}</bdi>}
    </a>
  );
}

export function StatusBadge({ status, lang = DEFAULT_LANG }: { status: Status; lang?: Lang }) {
  const label = STATUS_LABEL[status];
  return (
    <span class={`badge st-${status}`} data-badge={status}>
      {label.symbol} <T p={label} lang={lang} />
    </span>
  );
}

export function SummaryCounts({ report, lang = DEFAULT_LANG }: { report: Report; lang?: Lang }) {
  return (
    <ul class="summary" aria-label={say(UIStrings.summary, lang)}>
      {STATUS_ORDER.map((s) => (
        <li key={s} class={`st-${s}`} data-summary={s}>
          <span class="count">{report.summary[s] ?? 0}</span>
          {lang !== 'en' && STATUS_LABEL[s].th}
          {lang === 'both' && <br />}
          {lang !== 'th' && <span class="en">{STATUS_LABEL[s].en}</span>}
        </li>
      ))}
    </ul>
  );
}

function EvidenceLine({ e, site, lang, print = false }: { e: Evidence; site: string; lang: Lang; print?: boolean }) {
  const label = e.label.trim() === '' ? shortUrl(e.url, site) : e.label;
  const dates = e.dates.slice(0, 3).map((d) => cleanText(d.raw));
  return (
    <li {...(print ? {} : { 'data-evidence-url': cleanText(e.url) })}>
      <SafeLink url={e.url}>
        <SiteText text={label} />
      </SafeLink>
      {dates.length > 0 && <span class="muted"> · {dates.join(', ')}</span>}
      {e.foundOn !== e.url && (
        <span class="muted">
          {' '}
          ({say(UIStrings.foundOn, lang)}{' '}
          <SafeLink url={e.foundOn}>
            <SiteText text={shortUrl(e.foundOn, site)} />
          </SafeLink>
          )
        </span>
      )}
    </li>
  );
}

function FactLine({ f, item, lang }: { f: DueFact; item: ItemVerdict; lang: Lang }) {
  return (
    <li data-fact-kind={f.kind}>
      <span class={`att att-${f.kind}`}>{say(ATTENTION_LABEL[f.kind], lang)}</span>
      {f.kind === 'fix' ? (
        <span class="muted">
          {say(UIStrings.seeReason, lang)} · {say(UIStrings.owner, lang)}: <SiteText text={item.owner} />
        </span>
      ) : (
        <SiteText text={dueMessage(f, lang)} max={400} />
      )}
      {f.due && <span class="muted"> · {sayDate(f.due, lang)}</span>}
    </li>
  );
}

export function ItemCard({ item, site, lang = DEFAULT_LANG }: { item: ItemVerdict; site: string; lang?: Lang }) {
  const evidence = uniqueEvidence(item.evidence);
  const shown = evidence.slice(0, 3);
  const more = evidence.slice(3);
  const facts = itemDueFacts(item);
  return (
    <li class={`item st-${item.status}`} data-item-id={item.id} data-status={item.status}>
      <div class="item-head">
        <span class="item-id">
          <SiteText text={item.id} max={20} />
        </span>
        <span class="item-title">
          <SiteText text={itemTitle(item, lang)} />
        </span>
        <StatusBadge status={item.status} lang={lang} />
      </div>
      <p class="reason">
        {lang !== 'en' && <SiteText text={item.reason} max={600} />}
        {lang === 'both' && <br />}
        {lang !== 'th' && (
          <span class="en">
            <SiteText text={item.reasonEn} max={600} />
          </span>
        )}
      </p>
      {item.couldChange && (
        <p class="could-change">
          <T p={UIStrings.couldChange} lang={lang} />
        </p>
      )}
      {item.months && item.months.missing.length > 0 && (
        <p data-months-missing>
          <T p={UIStrings.missingMonths} lang={lang} />: {item.months.missing.map((m) => sayMonth(m, lang === 'both' ? 'th' : lang)).join(', ')}
        </p>
      )}
      {shown.length > 0 && (
        <ul class="evidence">
          {shown.map((e, i) => (
            <EvidenceLine key={i} e={e} site={site} lang={lang} />
          ))}
        </ul>
      )}
      {more.length > 0 && (
        <details class="more-evidence">
          <summary>
            <T p={UIStrings.more(more.length)} lang={lang} />
          </summary>
          <ul class="evidence">
            {more.map((e, i) => (
              <EvidenceLine key={i} e={e} site={site} lang={lang} />
            ))}
          </ul>
        </details>
      )}
      {more.length > 0 && (
        <ul class="evidence print-only" aria-hidden="true">
          {more.map((e, i) => (
            <EvidenceLine key={i} e={e} site={site} lang={lang} print />
          ))}
        </ul>
      )}
      {facts.length > 0 && (
        <ul class="attention">
          {facts.map((f, i) => (
            <FactLine key={i} f={f} item={item} lang={lang} />
          ))}
        </ul>
      )}
      <p class="muted">
        <T p={UIStrings.owner} lang={lang} />: <SiteText text={item.owner} /> · <SiteText text={item.subIndicator} />
      </p>
    </li>
  );
}

function DueLine({ e, lang }: { e: DueEntry; lang: Lang }) {
  const message = dueMessage(e, lang);
  return (
    <li data-due-item={e.itemId} data-due-kind={e.kind}>
      <span class={`att att-${e.kind}`}>{say(ATTENTION_LABEL[e.kind], lang)}</span>
      <strong>
        <SiteText text={e.itemId} max={20} />
      </strong>{' '}
      <SiteText text={message} max={400} />
      {e.due && !message.includes(sayDate(e.due, 'th')) && (
        <span class="muted">
          {' '}
          · {say(DueStrings.by, lang)} {sayDate(e.due, lang)}
        </span>
      )}
    </li>
  );
}

function DueGroups({ entries, lang }: { entries: DueEntry[]; lang: Lang }) {
  return (
    <>
      {dueByOwner(entries).map((g) => (
        <div class="due-group" key={g.owner} data-due-owner={cleanText(g.owner)}>
          <h3>
            <SiteText text={g.owner} />
          </h3>
          <ul class="due-list">
            {g.entries.map((e, i) => (
              <DueLine key={i} e={e} lang={lang} />
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}

/** "ต้องทำ / Due": what each division must do, from the same facts as the item cards (`itemDueFacts`). */
export function DueListView({ report, lang = DEFAULT_LANG }: { report: Report; lang?: Lang }) {
  const entries = dueList(report);
  const urgent = entries.filter((e) => URGENT_KINDS.includes(e.kind));
  const other = entries.filter((e) => !URGENT_KINDS.includes(e.kind));
  return (
    <section class="due" id="due">
      <h2>
        <T p={DueStrings.title} lang={lang} />
      </h2>
      {urgent.length === 0 ? (
        <p class="muted">
          <T p={DueStrings.nothingUrgent} lang={lang} />
        </p>
      ) : (
        <DueGroups entries={urgent} lang={lang} />
      )}
      {other.length > 0 && (
        <details class="due-other">
          <summary>
            <T p={DueStrings.moreToCheck(other.length)} lang={lang} />
          </summary>
          <DueGroups entries={other} lang={lang} />
        </details>
      )}
    </section>
  );
}

function UrlList({ label, urls, lang }: { label: Phrase; urls: string[]; lang: Lang }) {
  if (urls.length === 0) return null;
  return (
    <div class="diff-urls">
      <span class="muted">{say(label, lang)}:</span>
      <ul>
        {urls.map((u, i) => (
          <li key={i}>
            <SafeLink url={u} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function DiffBody({ diff, lang }: { diff: ReportDiff; lang: Lang }) {
  const stampText = (s: ReportDiff['previous']): string => `${say(UIStrings.asOf, lang)} ${sayDate(s.asOf, lang)} · ${say(UIStrings.runAt, lang)} ${sayDate(s.generatedAt, lang)} ${s.generatedAt.slice(11, 16)}`;
  return (
    <>
      <p class="muted">
        {say(UIStrings.previous, lang)}: {stampText(diff.previous)}
        <br />
        {say(UIStrings.current, lang)}: {stampText(diff.current)}
      </p>
      {diff.warnings.includes('as-of-differs') && (
        <p class="warning" data-diff-warning="as-of-differs">
          ⚠ <T p={UIStrings.asOfDiffers} lang={lang} />
        </p>
      )}
      {diff.warnings.includes('checklist-differs') && (
        <p class="warning" data-diff-warning="checklist-differs">
          ⚠ <T p={UIStrings.checklistDiffers} lang={lang} /> (<SiteText text={diff.previous.checklistId} max={60} /> → <SiteText text={diff.current.checklistId} max={60} />)
        </p>
      )}
      {diff.changed.length === 0 && (
        <p class="muted">
          <T p={UIStrings.noStatusChange} lang={lang} />
        </p>
      )}
      {(diff.items.length > 0 || diff.added.length > 0 || diff.removed.length > 0) && (
        <ul class="diff-list">
          {diff.items.map((c) => (
            <li key={c.id} data-diff-item={c.id} class={c.direction}>
              <strong>
                <SiteText text={c.id} max={20} />
              </strong>{' '}
              <SiteText text={c.title} />:{' '}
              {c.direction === 'same' ? say(STATUS_LABEL[c.to], lang) : statusFlip(c.from, c.to, lang)}
              <UrlList label={UIStrings.evidenceAdded} urls={c.evidenceAdded} lang={lang} />
              <UrlList label={UIStrings.evidenceRemoved} urls={c.evidenceRemoved} lang={lang} />
              <UrlList label={UIStrings.evidenceChanged} urls={c.evidenceChanged} lang={lang} />
              {c.monthsNewlyPresent.length > 0 && (
                <div class="better">
                  {say(UIStrings.monthsPresent, lang)}: {c.monthsNewlyPresent.map((m) => sayMonth(m, lang === 'both' ? 'th' : lang)).join(', ')}
                </div>
              )}
              {c.monthsNewlyMissing.length > 0 && (
                <div class="worse">
                  {say(UIStrings.monthsMissing, lang)}: {c.monthsNewlyMissing.map((m) => sayMonth(m, lang === 'both' ? 'th' : lang)).join(', ')}
                </div>
              )}
            </li>
          ))}
          {diff.added.map((c) => (
            <li key={`+${c.id}`} data-diff-item={c.id}>
              <strong>
                <SiteText text={c.id} max={20} />
              </strong>{' '}
              <SiteText text={c.title} />: <T p={UIStrings.newItem} lang={lang} /> ({say(STATUS_LABEL[c.status], lang)})
            </li>
          ))}
          {diff.removed.map((c) => (
            <li key={`-${c.id}`} data-diff-item={c.id}>
              <strong>
                <SiteText text={c.id} max={20} />
              </strong>{' '}
              <SiteText text={c.title} />: <T p={UIStrings.notInThisAudit} lang={lang} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** What changed since the previous audit; refuses (with a message) two audits of different sites. */
export function DiffView({ previous, report, lang = DEFAULT_LANG }: { previous: Report; report: Report; lang?: Lang }) {
  const result = tryDiffReports(previous, report);
  return (
    <section class="diff" id="diff">
      <h2>
        <T p={UIStrings.diffTitle} lang={lang} />
      </h2>
      {result.ok ? (
        <DiffBody diff={result.diff} lang={lang} />
      ) : (
        <p class="warning" data-diff-refused>
          <SiteText text={say({ th: result.reason, en: result.reasonEn }, lang)} max={600} />
        </p>
      )}
    </section>
  );
}

export function FailuresView({ report, lang = DEFAULT_LANG }: { report: Report; lang?: Lang }) {
  const failures = report.crawl.failures;
  if (failures.length === 0) return null;
  return (
    <details class="failures" id="failures">
      <summary>
        <T p={UIStrings.failures(failures.length)} lang={lang} />
      </summary>
      <ul>
        {failures.map((f, i) => (
          <li key={i}>
            <SafeLink url={f.url} /> — <SiteText text={f.reason} />
            {f.status !== undefined && ` (HTTP ${f.status})`}
          </li>
        ))}
      </ul>
    </details>
  );
}

export function ReportHeader({ report, lang = DEFAULT_LANG }: { report: Report; lang?: Lang }) {
  const fiscal = lang === 'en' ? `fiscal year ${report.fiscalYear}` : (fiscalYearLabel(report.asOf) ?? `ปีงบประมาณ ${report.fiscalYear}`);
  return (
    <ul class="report-meta">
      <li>
        <T p={UIStrings.site} lang={lang} />: <SafeLink url={report.site} />
      </li>
      <li>
        <T p={UIStrings.checklist} lang={lang} />: <SiteText text={report.checklist.title} /> (<SiteText text={report.checklist.id} max={60} />)
      </li>
      <li>
        <T p={UIStrings.asOf} lang={lang} />: {sayDate(report.asOf, lang)} · {fiscal}
      </li>
      <li>
        <T p={UIStrings.crawled} lang={lang} />: {report.crawl.pagesFetched} {say(UIStrings.pages, lang, '/')} · {report.crawl.documentsChecked}{' '}
        {say(UIStrings.documents, lang, '/')} · {formatElapsed(report.crawl.elapsedMs)} · {say(STOPPED_BY[report.crawl.stoppedBy], lang)}
      </li>
      <li class="muted">
        <T p={UIStrings.generated} lang={lang} />: {sayDate(report.generatedAt, lang)} {report.generatedAt.slice(11, 16)}
      </li>
    </ul>
  );
}

/** The whole report: header, summary, due list, diff with the previous audit, item by item, failures. */
export function ReportView({ report, previous, lang = DEFAULT_LANG }: { report: Report; previous?: Report | null; lang?: Lang }) {
  return (
    <div class="report" data-report-site={report.site} lang={lang === 'en' ? 'en' : 'th'}>
      <ReportHeader report={report} lang={lang} />
      <SummaryCounts report={report} lang={lang} />
      <DueListView report={report} lang={lang} />
      {previous && <DiffView previous={previous} report={report} lang={lang} />}
      <section id="items">
        <h2>
          <T p={UIStrings.items} lang={lang} />
        </h2>
        <ol class="items">
          {report.items.map((item) => (
            <ItemCard key={item.id} item={item} site={report.site} lang={lang} />
          ))}
        </ol>
      </section>
      <FailuresView report={report} lang={lang} />
    </div>
  );
}
