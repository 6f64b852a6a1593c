import { useId } from 'preact/hooks';
import type { Report } from '../../../lib/report/report-schema.ts';
import { STATUS_LABEL, STATUS_ORDER, STOPPED_BY_LABEL } from '../../../lib/report/status-labels.ts';
import { fiscalYearLabel, formatElapsed } from '../../../lib/report/format.ts';
import { type ItemFilter, NO_FILTER, groupByIndicator, matchesFilter, ownersOf, toggleStatus } from '../../../lib/ui/item-filter.ts';
import { ItemCard, SafeLink, type ShowOnPage } from './item-card.tsx';
import { Bi, DateText, T, useT } from './text.tsx';

/** The status counts, which are also the status filter (pressed = shown). */
function SummaryFilter({ report, filter, onChange }: { report: Report; filter: ItemFilter; onChange(f: ItemFilter): void }) {
  const t = useT();
  return (
    <div class="summary-filter" role="group" aria-label={t('filterStatus')}>
      {STATUS_ORDER.map((s) => (
        <button
          type="button"
          key={s}
          class={`summary-button st-${s}`}
          data-summary={s}
          aria-pressed={filter.statuses.includes(s)}
          onClick={() => onChange(toggleStatus(filter, s))}
        >
          <span class="count">{report.summary[s] ?? 0}</span>
          <span class="summary-word">
            <Bi th={STATUS_LABEL[s].th} en={STATUS_LABEL[s].en} />
          </span>
        </button>
      ))}
    </div>
  );
}

export function ReportMeta({ report }: { report: Report }) {
  return (
    <ul class="report-meta">
      <li>
        <SafeLink url={report.site} />
      </li>
      <li>
        <T k="checklist" />: {report.checklist.title} ({report.checklist.id})
      </li>
      <li>
        <T k="asOf" />: <DateText iso={report.asOf} /> · {fiscalYearLabel(report.asOf) ?? `ปีงบประมาณ ${report.fiscalYear}`}
      </li>
      <li class="muted">
        {report.crawl.pagesFetched} หน้า/pages · {report.crawl.documentsChecked} เอกสาร/docs · {formatElapsed(report.crawl.elapsedMs)} ·{' '}
        {STOPPED_BY_LABEL[report.crawl.stoppedBy] ?? report.crawl.stoppedBy} · <T k="generated" /> <DateText iso={report.generatedAt} />{' '}
        {report.generatedAt.slice(11, 16)}
      </li>
    </ul>
  );
}

export function Results({ report, filter, onFilter, show }: { report: Report; filter: ItemFilter; onFilter(f: ItemFilter): void; show: ShowOnPage }) {
  const ownerId = useId();
  const t = useT();
  const owners = ownersOf(report);
  const shown = report.items.filter((i) => matchesFilter(i, filter));
  const filtered = filter.statuses.length > 0 || filter.owner !== null;
  return (
    <section class="results-view" id="items" aria-labelledby={`${ownerId}-h`}>
      <ReportMeta report={report} />
      <SummaryFilter report={report} filter={filter} onChange={onFilter} />
      <div class="filter-row">
        <label for={ownerId}>
          <T k="filterOwner" />
        </label>
        <select id={ownerId} class="owner-filter" value={filter.owner ?? ''} onChange={(e) => onFilter({ ...filter, owner: e.currentTarget.value || null })}>
          <option value="">{t('allOwners')}</option>
          {owners.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
        {filtered && (
          <button type="button" class="small" id="clear-filters" onClick={() => onFilter(NO_FILTER)}>
            <T k="clearFilters" />
          </button>
        )}
      </div>
      <h2 id={`${ownerId}-h`}>
        <T k="items" />{' '}
        <span class="muted small" id="shown-count" data-shown={shown.length} aria-live="polite">
          (<T k="showing" subs={[shown.length, report.items.length]} />)
        </span>
      </h2>
      {shown.length === 0 && (
        <p class="muted">
          <T k="noItemsMatch" />
        </p>
      )}
      {groupByIndicator(shown).map((g) => (
        <section class="indicator-group" key={g.indicator} data-indicator={g.indicator}>
          <h3>
            {g.indicator} <span class="muted small">({g.items.length})</span>
          </h3>
          <ol class="items">
            {g.items.map((item) => (
              <ItemCard key={item.id} item={item} site={report.site} show={show} />
            ))}
          </ol>
        </section>
      ))}
    </section>
  );
}
