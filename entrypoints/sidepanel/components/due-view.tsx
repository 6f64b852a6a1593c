import { ATTENTION_LABEL, type DueEntry, dueList } from '../../../lib/report/due-list.ts';
import type { Report } from '../../../lib/report/report-schema.ts';
import type { ReminderResult } from '../../../lib/ui/reminder-settings.ts';
import { dateFor } from '../../../lib/ui/i18n.ts';
import { Bi, DateText, T, useLang } from './text.tsx';

/** The due list grouped by responsible division (in order of each division's most urgent entry). */
export function groupByOwner(entries: DueEntry[]): { owner: string; entries: DueEntry[] }[] {
  const groups = new Map<string, DueEntry[]>();
  for (const e of entries) {
    const list = groups.get(e.owner);
    if (list) list.push(e);
    else groups.set(e.owner, [e]);
  }
  return [...groups].map(([owner, list]) => ({ owner, entries: list }));
}

/** "Due this month": every attention note of the latest audit, by responsible division, overdue first. */
export function DueView({ report, reminder }: { report: Report; reminder: ReminderResult | null }) {
  const view = useLang();
  const groups = groupByOwner(dueList(report));
  const mine = reminder?.sites.find((s) => s.site === report.site);
  return (
    <section id="due" aria-labelledby="due-h">
      <h2 id="due-h">
        <T k="tabDue" />
      </h2>
      <p class="muted small">
        <T k="dueHelp" />
      </p>
      {reminder && mine && (
        <p class="reminder-result" id="reminder-result" data-total={mine.due + mine.broken}>
          <T k="reminderRan" subs={[dateFor(view, reminder.ranAt), mine.due + mine.broken]} />
        </p>
      )}
      {groups.length === 0 ? (
        <p class="muted">
          <T k="nothingDue" />
        </p>
      ) : (
        groups.map((g) => (
          <section key={g.owner} class="due-group" data-due-owner={g.owner}>
            <h3>
              <T k="dueGroup" subs={[g.owner, g.entries.length]} />
            </h3>
            <ul class="due-list">
              {g.entries.map((e, i) => (
                <li key={i} data-due-item={e.itemId} data-due-kind={e.kind}>
                  <span class={`att att-${e.kind}`}>
                    <Bi th={ATTENTION_LABEL[e.kind].th} en={ATTENTION_LABEL[e.kind].en} />
                  </span>{' '}
                  <strong>{e.itemId}</strong> <Bi th={e.message} en={e.messageEn} />
                  {e.due && (
                    <span class="muted">
                      {' '}
                      · <T k="dueOn" /> <DateText iso={e.due} />
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </section>
  );
}
