import { useEffect, useState } from 'preact/hooks';
import { originOf } from '../../lib/report/format.ts';
import { STORAGE_KEYS } from '../../lib/ui/audit-state.ts';
import { message } from '../../lib/ui/i18n.ts';
import type { MessageKey } from '../../lib/ui/i18n.ts';
import { DEFAULT_REMINDERS, ReminderSettings, readReminders } from '../../lib/ui/reminder-settings.ts';
import type { OptionsDeps } from './app.tsx';

const bi = (k: MessageKey) => (
  <>
    {message('th', k)}{' '}
    <span class="en" lang="en">
      / {message('en', k)}
    </span>
  </>
);

/** Month-end reminders: which sites to watch (audited ones, or typed) and the day of the month. */
export function RemindersSection({ deps }: { deps: Pick<OptionsDeps, 'storage' | 'reports'> }) {
  const [known, setKnown] = useState<string[]>([]);
  const [sites, setSites] = useState<string[]>([]);
  const [day, setDay] = useState(String(DEFAULT_REMINDERS.day));
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void deps.storage.get(STORAGE_KEYS.reminders).then((got) => {
      const r = readReminders(got[STORAGE_KEYS.reminders]);
      setSites(r.sites);
      setDay(String(r.day));
    });
    void deps.reports.sites().then(setKnown, () => setKnown([]));
  }, [deps]);

  const all = [...new Set([...known, ...sites])].sort();
  const toggle = (site: string, on: boolean): void => {
    setSaved(false);
    setSites((s) => (on ? [...new Set([...s, site])] : s.filter((x) => x !== site)));
  };
  const add = (): void => {
    const origin = originOf(typed);
    if (!origin) {
      setError(`${message('th', 'badUrl')} / ${message('en', 'badUrl')}`);
      return;
    }
    setError(null);
    toggle(origin, true);
    setTyped('');
  };
  const save = (): void => {
    const parsed = ReminderSettings.safeParse({ sites, day: /^\d+$/.test(day.trim()) ? Number(day) : day });
    if (!parsed.success) {
      setError('วันที่ต้องเป็น 1–31 / the day must be 1–31');
      return;
    }
    setError(null);
    void deps.storage.set({ [STORAGE_KEYS.reminders]: parsed.data }).then(() => setSaved(true));
  };

  return (
    <section id="reminders" aria-labelledby="reminders-h">
      <h2 id="reminders-h">{bi('remindersTitle')}</h2>
      <p class="muted">{bi('remindersHelp')}</p>
      <label>
        <span class="label-text">{bi('reminderDay')}</span>
        <input id="reminder-day" type="text" inputMode="numeric" value={day} onInput={(e) => { setSaved(false); setDay(e.currentTarget.value); }} />
      </label>
      <fieldset class="watch-sites">
        <legend>{bi('watchSites')}</legend>
        {all.length === 0 && <p class="muted">{bi('noSitesYet')}</p>}
        {all.map((site) => (
          <label class="check" key={site}>
            <input type="checkbox" data-watch-site={site} checked={sites.includes(site)} onChange={(e) => toggle(site, e.currentTarget.checked)} />
            {site}
          </label>
        ))}
        <div class="add-site">
          <label>
            <span class="label-text">{bi('addSite')}</span>
            <input id="reminder-add-url" type="text" inputMode="url" placeholder="www.example.go.th" value={typed} onInput={(e) => setTyped(e.currentTarget.value)} />
          </label>
          <button type="button" id="reminder-add" onClick={add}>
            {bi('addSite')}
          </button>
        </div>
      </fieldset>
      {error && (
        <p class="field-error" role="alert" id="reminder-error">
          {error}
        </p>
      )}
      <div class="buttons">
        <button type="button" id="save-reminders" class="primary" onClick={save}>
          {bi('saveReminders')}
        </button>
        {saved && (
          <span class="ok" id="reminders-saved" role="status">
            {bi('saved')}
          </span>
        )}
      </div>
    </section>
  );
}
