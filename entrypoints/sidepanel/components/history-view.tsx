import { useState } from 'preact/hooks';
import type { Report } from '../../../lib/report/report-schema.ts';
import { STATUS_LABEL } from '../../../lib/report/status-labels.ts';
import { type AuditComparison, type ComparedItem, compareAudits } from '../../../lib/ui/compare-audits.ts';
import { SafeLink } from './item-card.tsx';
import { DateText, T, useLang, useT } from './text.tsx';
import { dateFor } from '../../../lib/ui/i18n.ts';

function ChangeList({ k, items }: { k: 'newlyMissing' | 'fixed' | 'goneStale' | 'otherChanges'; items: ComparedItem[] }) {
  if (items.length === 0) return null;
  return (
    <section class={`change-group change-${k}`} data-change={k}>
      <h3>
        <T k={k} /> ({items.length})
      </h3>
      <ul>
        {items.map((c) => (
          <li key={c.id} data-diff-item={c.id}>
            <strong>{c.id}</strong> {c.title}: {STATUS_LABEL[c.from].th} → {STATUS_LABEL[c.to].th}{' '}
            <span class="en" lang="en">
              ({c.from} → {c.to})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ComparisonView({ c }: { c: AuditComparison }) {
  const view = useLang();
  const nothing = c.newlyMissing.length + c.fixed.length + c.goneStale.length + c.other.length === 0;
  return (
    <div class="comparison" id="comparison">
      {c.warnings.includes('dates') && (
        <p class="message" role="note" data-warning="dates">
          <T k="warnDates" subs={[dateFor(view, c.older.asOf), dateFor(view, c.newer.asOf)]} />
        </p>
      )}
      {c.warnings.includes('checklists') && (
        <p class="message" role="note" data-warning="checklists">
          <T k="warnChecklists" subs={[c.older.checklist.id, c.newer.checklist.id]} />
        </p>
      )}
      {nothing && (
        <p class="muted">
          <T k="noChange" />
        </p>
      )}
      <ChangeList k="newlyMissing" items={c.newlyMissing} />
      <ChangeList k="fixed" items={c.fixed} />
      <ChangeList k="goneStale" items={c.goneStale} />
      <ChangeList k="otherChanges" items={c.other} />
      {c.newEvidence.length > 0 && (
        <section class="change-group" data-change="newEvidence">
          <h3>
            <T k="newEvidence" /> ({c.newEvidence.length})
          </h3>
          <ul>
            {c.newEvidence.map((n) => (
              <li key={n.id} data-new-evidence={n.id}>
                <strong>{n.id}</strong>{' '}
                {n.urls.slice(0, 5).map((u) => (
                  <span key={u} class="new-url">
                    <SafeLink url={u} />{' '}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/** Every stored audit of the site; pick any two to compare (the latest two by default). */
export function HistoryView({ history }: { history: Report[] }) {
  const t = useT();
  const [older, setOlder] = useState<string | null>(null);
  const [newer, setNewer] = useState<string | null>(null);
  if (history.length === 0) {
    return (
      <section id="history">
        <p class="muted">
          <T k="noHistory" />
        </p>
      </section>
    );
  }
  const newerKey = newer ?? history[0]?.generatedAt ?? '';
  const olderKey = older ?? history[1]?.generatedAt ?? '';
  const a = history.find((r) => r.generatedAt === olderKey);
  const b = history.find((r) => r.generatedAt === newerKey);
  return (
    <section id="history" aria-labelledby="history-h">
      <h2 id="history-h">
        <T k="tabHistory" /> <span class="muted small">({history.length})</span>
      </h2>
      <p class="muted small">
        <T k="historyHelp" />
      </p>
      <table class="history-table">
        <thead>
          <tr>
            <th scope="col">
              <T k="generated" />
            </th>
            <th scope="col">
              <T k="asOf" />
            </th>
            <th scope="col">✔ / ✘</th>
            <th scope="col">
              <T k="compareOlder" />
            </th>
            <th scope="col">
              <T k="compareNewer" />
            </th>
          </tr>
        </thead>
        <tbody>
          {history.map((r) => (
            <tr key={r.generatedAt} data-history-entry={r.generatedAt}>
              <td>
                <DateText iso={r.generatedAt} /> {r.generatedAt.slice(11, 16)}
              </td>
              <td>
                <DateText iso={r.asOf} />
                <br />
                <span class="muted small">{r.checklist.id}</span>
              </td>
              <td>
                {r.summary.pass ?? 0} / {r.summary.missing ?? 0}
              </td>
              <td>
                <input
                  type="radio"
                  name="older"
                  aria-label={`${t('compareOlder')} ${r.generatedAt}`}
                  checked={r.generatedAt === olderKey}
                  onChange={() => setOlder(r.generatedAt)}
                />
              </td>
              <td>
                <input
                  type="radio"
                  name="newer"
                  aria-label={`${t('compareNewer')} ${r.generatedAt}`}
                  checked={r.generatedAt === newerKey}
                  onChange={() => setNewer(r.generatedAt)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {a && b && a !== b && <ComparisonView c={compareAudits(a, b)} />}
    </section>
  );
}
