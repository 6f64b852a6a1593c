import type { ComponentChildren } from 'preact';
import type { Evidence, ItemVerdict, Report, Status } from './report-schema.ts';
import { STATUS_LABEL, STATUS_ORDER, STOPPED_BY_LABEL } from './status-labels.ts';
import { ATTENTION_LABEL, type DueEntry, dueList } from './due-list.ts';
import { fiscalYearLabel, formatElapsed, isWebUrl, shortUrl, thaiDateOf, thaiMonthOf } from './format.ts';
import { diffReports, hasChanges } from './report-diff.ts';

/** A link for http(s) URLs only; anything else is shown as text. Opens in a new tab. */
export function SafeLink({ url, children }: { url: string; children?: ComponentChildren }) {
  if (!isWebUrl(url)) return <span class="not-link">{children ?? url}</span>;
  return (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {children ?? url}
    </a>
  );
}

export function StatusBadge({ status }: { status: Status }) {
  const label = STATUS_LABEL[status];
  return (
    <span class={`badge st-${status}`} data-badge={status}>
      {label.symbol} {label.th} <span class="en">{label.en}</span>
    </span>
  );
}

export function SummaryCounts({ report }: { report: Report }) {
  return (
    <ul class="summary" aria-label="สรุป / summary">
      {STATUS_ORDER.map((s) => (
        <li key={s} class={`st-${s}`} data-summary={s}>
          <span class="count">{report.summary[s] ?? 0}</span>
          {STATUS_LABEL[s].th}
          <br />
          <span class="en">{STATUS_LABEL[s].en}</span>
        </li>
      ))}
    </ul>
  );
}

function EvidenceLine({ e, site }: { e: Evidence; site: string }) {
  const label = e.label.trim() === '' ? shortUrl(e.url, site) : e.label;
  const dates = e.dates.slice(0, 3).map((d) => d.raw);
  return (
    <li data-evidence-url={e.url}>
      <SafeLink url={e.url}>{label}</SafeLink>
      {dates.length > 0 && <span class="muted"> · {dates.join(', ')}</span>}
      {e.foundOn !== e.url && (
        <span class="muted">
          {' '}
          (พบที่ / found on <SafeLink url={e.foundOn}>{shortUrl(e.foundOn, site)}</SafeLink>)
        </span>
      )}
    </li>
  );
}

export function ItemCard({ item, site }: { item: ItemVerdict; site: string }) {
  const shown = item.evidence.slice(0, 3);
  const more = item.evidence.slice(3);
  return (
    <li class={`item st-${item.status}`} data-item-id={item.id} data-status={item.status}>
      <div class="item-head">
        <span class="item-id">{item.id}</span>
        <span class="item-title">{item.title}</span>
        <StatusBadge status={item.status} />
      </div>
      <p>
        {item.reason}
        <br />
        <span class="en">{item.reasonEn}</span>
      </p>
      {item.couldChange && <p class="could-change">อาจเปลี่ยน ถ้าตรวจต่อ / could change with a larger crawl</p>}
      {item.months && item.months.missing.length > 0 && (
        <p data-months-missing>
          เดือนที่ขาด / missing months: {item.months.missing.map(thaiMonthOf).join(', ')}
        </p>
      )}
      {shown.length > 0 && (
        <ul class="evidence">
          {shown.map((e, i) => (
            <EvidenceLine key={i} e={e} site={site} />
          ))}
        </ul>
      )}
      {more.length > 0 && (
        <details>
          <summary>หลักฐานอื่นอีก {more.length} รายการ / {more.length} more</summary>
          <ul class="evidence">
            {more.map((e, i) => (
              <EvidenceLine key={i} e={e} site={site} />
            ))}
          </ul>
        </details>
      )}
      {item.attention.length > 0 && (
        <ul class="attention">
          {item.attention.map((a, i) => (
            <li key={i}>
              <span class={`att att-${a.kind}`}>{ATTENTION_LABEL[a.kind].th}</span>
              {a.message} <span class="en">{a.messageEn}</span>
              {a.due && <span class="muted"> · {thaiDateOf(a.due)}</span>}
            </li>
          ))}
        </ul>
      )}
      <p class="muted">
        ผู้รับผิดชอบ / owner: {item.owner} · {item.subIndicator}
      </p>
    </li>
  );
}

function DueLine({ e }: { e: DueEntry }) {
  return (
    <li data-due-item={e.itemId} data-due-kind={e.kind}>
      <span class={`att att-${e.kind}`}>
        {ATTENTION_LABEL[e.kind].th} / {ATTENTION_LABEL[e.kind].en}
      </span>
      <strong>{e.itemId}</strong> {e.message}
      {e.due && !e.message.includes(thaiDateOf(e.due)) && <span class="muted"> · ภายใน {thaiDateOf(e.due)}</span>}
      <span class="muted"> · {e.owner}</span>
    </li>
  );
}

export function DueListView({ report }: { report: Report }) {
  const entries = dueList(report);
  const urgent = entries.filter((e) => e.kind === 'overdue' || e.kind === 'due-soon');
  const other = entries.filter((e) => e.kind !== 'overdue' && e.kind !== 'due-soon');
  return (
    <section class="due" id="due">
      <h2>
        ต้องทำ <span class="en">/ Due</span>
      </h2>
      {urgent.length === 0 ? (
        <p class="muted">ไม่มีรายการที่เลยหรือใกล้กำหนด / nothing overdue or due soon</p>
      ) : (
        <ul class="due-list">
          {urgent.map((e, i) => (
            <DueLine key={i} e={e} />
          ))}
        </ul>
      )}
      {other.length > 0 && (
        <details>
          <summary>
            ควรตรวจเองอีก {other.length} เรื่อง <span class="en">/ {other.length} more to check by hand</span>
          </summary>
          <ul class="due-list">
            {other.map((e, i) => (
              <DueLine key={i} e={e} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

export function DiffView({ previous, report }: { previous: Report; report: Report }) {
  const diff = diffReports(previous, report);
  return (
    <section class="diff" id="diff">
      <h2>
        เทียบกับครั้งก่อน <span class="en">/ since the previous audit</span>
      </h2>
      <p class="muted">
        ครั้งก่อน / previous: ณ {thaiDateOf(diff.previous.asOf)} · ตรวจเมื่อ {thaiDateOf(diff.previous.generatedAt)}
        {diff.checklistChanged && ` · ใช้เกณฑ์ต่างกัน (${diff.previous.checklistId}) / a different checklist`}
      </p>
      {!hasChanges(diff) ? (
        <p class="muted">สถานะไม่เปลี่ยน / no status changed</p>
      ) : (
        <ul class="diff-list">
          {diff.changed.map((c) => (
            <li key={c.id} data-diff-item={c.id} class={c.direction}>
              <strong>{c.id}</strong> {c.title}: {STATUS_LABEL[c.from].th} → {STATUS_LABEL[c.to].th}{' '}
              <span class="en">
                ({c.from} → {c.to})
              </span>
            </li>
          ))}
          {diff.added.map((c) => (
            <li key={`+${c.id}`} data-diff-item={c.id}>
              <strong>{c.id}</strong> {c.title}: ใหม่ / new ({STATUS_LABEL[c.status].th})
            </li>
          ))}
          {diff.removed.map((c) => (
            <li key={`-${c.id}`} data-diff-item={c.id}>
              <strong>{c.id}</strong> {c.title}: ไม่มีในครั้งนี้ / not in this audit
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function FailuresView({ report }: { report: Report }) {
  const failures = report.crawl.failures;
  if (failures.length === 0) return null;
  return (
    <details class="failures" id="failures">
      <summary>
        หน้าที่เปิดไม่ได้ {failures.length} หน้า <span class="en">/ {failures.length} pages failed</span>
      </summary>
      <ul>
        {failures.map((f, i) => (
          <li key={i}>
            <SafeLink url={f.url} /> — {f.reason}
            {f.status !== undefined && ` (HTTP ${f.status})`}
          </li>
        ))}
      </ul>
    </details>
  );
}

export function ReportHeader({ report }: { report: Report }) {
  return (
    <ul class="report-meta">
      <li>
        เว็บไซต์ / site: <SafeLink url={report.site} />
      </li>
      <li>
        เกณฑ์ / checklist: {report.checklist.title} ({report.checklist.id})
      </li>
      <li>
        ณ วันที่ / as of: {thaiDateOf(report.asOf)} · {fiscalYearLabel(report.asOf) ?? `ปีงบประมาณ ${report.fiscalYear}`}
      </li>
      <li>
        ตรวจ / crawled: {report.crawl.pagesFetched} หน้า/pages · {report.crawl.documentsChecked} เอกสาร/documents ·{' '}
        {formatElapsed(report.crawl.elapsedMs)} · {STOPPED_BY_LABEL[report.crawl.stoppedBy] ?? report.crawl.stoppedBy}
      </li>
      <li class="muted">ตรวจเมื่อ / generated: {thaiDateOf(report.generatedAt)} {report.generatedAt.slice(11, 16)}</li>
    </ul>
  );
}

/** The whole report: header, summary, due list, diff with the previous audit, item by item, failures. */
export function ReportView({ report, previous }: { report: Report; previous?: Report | null }) {
  return (
    <div class="report" data-report-site={report.site}>
      <ReportHeader report={report} />
      <SummaryCounts report={report} />
      <DueListView report={report} />
      {previous && <DiffView previous={previous} report={report} />}
      <section id="items">
        <h2>
          รายการตรวจ <span class="en">/ checklist items</span>
        </h2>
        <ol class="items">
          {report.items.map((item) => (
            <ItemCard key={item.id} item={item} site={report.site} />
          ))}
        </ol>
      </section>
      <FailuresView report={report} />
    </div>
  );
}
