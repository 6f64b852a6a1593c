import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { reportToCsv } from '../../lib/report/export-csv.ts';
import { fiscalYearLabel, normalizeStartUrl, originOf } from '../../lib/report/format.ts';
import { renderReportHtml } from '../../lib/report/render-html.tsx';
import type { Report } from '../../lib/report/report-schema.ts';
import { STORAGE_KEYS, readProgress, readState } from '../../lib/ui/audit-state.ts';
import { LANG_VIEWS, type LangView, type MessageKey, DEFAULT_LANG_VIEW, readLangView, textIn } from '../../lib/ui/i18n.ts';
import { type ItemFilter, NO_FILTER } from '../../lib/ui/item-filter.ts';
import type { PanelDeps } from '../../lib/ui/panel-deps.ts';
import { readReminderResult } from '../../lib/ui/reminder-settings.ts';
import { sitePermissionOrigins } from '../../lib/ui/site-permission.ts';
import { AuditForm } from './components/audit-form.tsx';
import { AuditStatus } from './components/audit-status.tsx';
import { DueView } from './components/due-view.tsx';
import { FormSheetView } from './components/form-sheet-view.tsx';
import { HistoryView } from './components/history-view.tsx';
import { Results } from './components/results.tsx';
import { LangContext, T, useT } from './components/text.tsx';
import { useStorage } from './use-storage.ts';

type Access = 'unknown' | 'granted' | 'not-granted';
export type PanelView = 'results' | 'form' | 'due' | 'history';
const VIEWS: { id: PanelView; k: MessageKey }[] = [
  { id: 'results', k: 'tabResults' },
  { id: 'form', k: 'tabFormSheet' },
  { id: 'due', k: 'tabDue' },
  { id: 'history', k: 'tabHistory' },
];
const readView = (v: unknown): PanelView | null => (v === 'results' || v === 'form' || v === 'due' || v === 'history' ? v : null);

const WATCHED = [
  STORAGE_KEYS.state,
  STORAGE_KEYS.progress,
  STORAGE_KEYS.importedChecklists,
  STORAGE_KEYS.historyChanged,
  STORAGE_KEYS.panelView,
  STORAGE_KEYS.panelPrefs,
  STORAGE_KEYS.reminderResult,
] as const;

function fileStem(report: Report): string {
  const host = report.site.replace(/^https?:\/\//, '').replace(/[^a-z0-9.-]+/gi, '_');
  return `oit-audit-${host}-${report.asOf}`;
}

function LangSwitch({ view, onChange }: { view: LangView; onChange(v: LangView): void }) {
  const t = useT();
  const label: Record<LangView, MessageKey> = { both: 'langBoth', th: 'langTh', en: 'langEn' };
  return (
    <label class="lang-switch">
      <span class="visually-hidden">{t('language')}</span>
      <select id="lang-view" value={view} onChange={(e) => onChange(readLangView(e.currentTarget.value) ?? 'both')}>
        {LANG_VIEWS.map((v) => (
          <option key={v} value={v}>
            {t(label[v])}
          </option>
        ))}
      </select>
    </label>
  );
}

export function PanelApp({ deps }: { deps: PanelDeps }) {
  const params = useMemo(() => new URLSearchParams(deps.search), [deps.search]);
  const stored = useStorage(deps.storage, WATCHED);
  const state = readState(stored[STORAGE_KEYS.state]);
  const progress = readProgress(stored[STORAGE_KEYS.progress]);
  const options = useMemo(() => deps.checklists(stored[STORAGE_KEYS.importedChecklists]), [deps, stored[STORAGE_KEYS.importedChecklists]]);
  const prefs = (stored[STORAGE_KEYS.panelPrefs] ?? {}) as { lang?: unknown };
  const lang = readLangView(prefs.lang) ?? DEFAULT_LANG_VIEW;
  const reminder = readReminderResult(stored[STORAGE_KEYS.reminderResult]);

  const [urlText, setUrlText] = useState(params.get('start') ?? '');
  const [asOf, setAsOf] = useState(() => {
    const p = params.get('asOf');
    return p && fiscalYearLabel(p) ? p : deps.today();
  });
  const [checklistId, setChecklistId] = useState<string>(() => params.get('checklist') ?? deps.defaultChecklistId(asOf));
  const pickedByUser = useRef(params.get('checklist') !== null);
  const [access, setAccess] = useState<Access>('unknown');
  const [message, setMessage] = useState<string | null>(null);
  const [history, setHistory] = useState<{ site: string; reports: Report[] } | null>(null);
  const [view, setView] = useState<PanelView>(() => readView(params.get('view')) ?? 'results');
  const [filter, setFilter] = useState<ItemFilter>(NO_FILTER);
  const t = (k: MessageKey, subs: (string | number)[] = []): string => textIn(lang, k, subs);

  const origin = originOf(urlText);
  const fiscal = fiscalYearLabel(asOf);
  // The report shown: the audit that just finished, else the latest stored audit of the site in the URL field,
  // else (opened from a reminder with no URL) the first watched site the reminder reported on.
  const shownSite =
    state.status === 'done' && (origin === null || origin === state.site) ? state.reportSite : (origin ?? reminder?.sites.find((s) => s.generatedAt)?.site ?? null);
  const reports = history && history.site === shownSite ? history.reports : [];
  const report = reports[0] ?? null;

  // A one-time view request (the reminder notification writes "due" before opening the panel).
  useEffect(() => {
    const requested = readView(stored[STORAGE_KEYS.panelView]);
    if (!requested) return;
    setView(requested);
    void deps.storage.set({ [STORAGE_KEYS.panelView]: null });
  }, [deps, stored[STORAGE_KEYS.panelView]]);

  // Prefill the URL from the active tab unless ?start= gave one.
  useEffect(() => {
    if (params.get('start') !== null) return;
    void deps.activeTabUrl().then((url) => {
      if (url && originOf(url) && /^https?:/i.test(url)) setUrlText((current) => (current === '' ? new URL(url).origin + '/' : current));
    });
  }, [deps, params]);

  // Waking the background also lets it pick up an audit interrupted by a service-worker stop.
  useEffect(() => {
    void deps.send({ type: 'get-state' }).catch(() => undefined);
  }, [deps]);

  // The stored audits of the site shown, again whenever the background adds one.
  const historyToken = JSON.stringify(stored[STORAGE_KEYS.historyChanged] ?? null);
  useEffect(() => {
    if (!shownSite) return;
    let live = true;
    void deps.reports
      .list(shownSite)
      .then((list) => live && setHistory({ site: shownSite, reports: list }))
      .catch(() => live && setHistory({ site: shownSite, reports: [] }));
    return () => {
      live = false;
    };
  }, [deps, shownSite, historyToken, state.status]);

  // Host access: checked whenever the site changes, so the click handler knows whether to ask.
  useEffect(() => {
    if (!origin) {
      setAccess('unknown');
      return;
    }
    let live = true;
    setAccess('unknown');
    deps.permissions
      .contains({ origins: sitePermissionOrigins(origin) ?? [`${origin}/*`] })
      .then((granted) => live && setAccess(granted ? 'granted' : 'not-granted'))
      .catch(() => live && setAccess('not-granted'));
    return () => {
      live = false;
    };
  }, [deps, origin]);

  // Default checklist follows the as-of date until the user picks one.
  useEffect(() => {
    if (!pickedByUser.current) setChecklistId(deps.defaultChecklistId(asOf));
  }, [deps, asOf]);

  // While an audit runs, ping the background now and then: a stopped service worker starts again and resumes.
  useEffect(() => {
    if (state.status !== 'running') return;
    const timer = setInterval(() => void deps.send({ type: 'get-state' }).catch(() => undefined), deps.watchdogMs ?? 5000);
    return () => clearInterval(timer);
  }, [deps, state.status]);

  const sendStart = useCallback(
    (startUrl: string, fallbackHttp: boolean) => {
      setMessage(null);
      deps
        .send({ type: 'start', startUrl, checklistId, asOf, ...(fallbackHttp ? { fallbackHttp: true } : {}) })
        .then((reply) => {
          if (!reply.ok) setMessage(reply.message);
        })
        .catch((error: unknown) => setMessage(`ส่งคำสั่งไม่สำเร็จ / could not reach the background: ${String(error)}`));
    },
    [deps, checklistId, asOf],
  );

  const onStart = (): void => {
    const startUrl = normalizeStartUrl(urlText);
    const site = originOf(urlText);
    if (!startUrl || !site) {
      setMessage(t('badUrl'));
      return;
    }
    if (!fiscal) {
      setMessage(t('badDate'));
      return;
    }
    const fallbackHttp = !/^[a-z][a-z0-9+.-]*:/i.test(urlText.trim());
    if (access === 'granted') {
      sendStart(startUrl, fallbackHttp);
      return;
    }
    // Called synchronously in the click handler: the browser only shows the prompt for a user gesture.
    deps.permissions
      .request({ origins: sitePermissionOrigins(site) ?? [`${site}/*`] })
      .then((granted) => {
        if (granted) {
          setAccess('granted');
          sendStart(startUrl, fallbackHttp);
        } else {
          setMessage(`ไม่ได้รับอนุญาตให้อ่าน ${site} / access to ${site} was not granted`);
        }
      })
      .catch((error: unknown) => setMessage(`ขออนุญาตไม่สำเร็จ / permission request failed: ${String(error)}`));
  };

  const onCancel = (): void => {
    deps
      .send({ type: 'cancel' })
      .then((reply) => {
        if (!reply.ok) setMessage(reply.message);
      })
      .catch((error: unknown) => setMessage(String(error)));
  };

  const onRejudge = (): void => {
    if (!report) return;
    setMessage(null);
    deps
      .send({ type: 'rejudge', site: report.site, checklistId, asOf })
      .then((reply) => setMessage(reply.ok ? t('rejudged') : reply.message))
      .catch((error: unknown) => setMessage(String(error)));
  };

  const setLang = (next: LangView): void => void deps.storage.set({ [STORAGE_KEYS.panelPrefs]: { ...prefs, lang: next } });

  const running = state.status === 'running';
  const stateForThisSite = state.status !== 'idle' && (origin === null || state.site === origin);

  return (
    <LangContext.Provider value={lang}>
      <main class="panel" lang={lang === 'en' ? 'en' : 'th'} data-lang-view={lang}>
        <header class="panel-head">
          <h1>
            <T k="appTitle" />
          </h1>
          <LangSwitch view={lang} onChange={setLang} />
        </header>
        <AuditForm
          urlText={urlText}
          onUrl={setUrlText}
          origin={origin}
          needsAccess={access === 'not-granted'}
          options={options}
          checklistId={checklistId}
          onChecklist={(id) => {
            pickedByUser.current = true;
            setChecklistId(id);
          }}
          asOf={asOf}
          onAsOf={setAsOf}
          running={running}
          onStart={onStart}
          onCancel={onCancel}
          onRejudge={report ? onRejudge : null}
        />

        {message && (
          <p class="message" role="alert" id="message">
            {message}
          </p>
        )}

        <AuditStatus state={state} progress={progress} hidden={!stateForThisSite && !running} />

        {report && (
          <section class="results" id="results" data-run-site={report.site}>
            {!(state.status === 'done' && state.reportSite === report.site) && (
              <p class="muted small">
                <T k="latestStored" />
              </p>
            )}
            <nav class="view-tabs" aria-label={textIn(lang, 'views')}>
              {VIEWS.map((v) => (
                <button type="button" key={v.id} id={`view-${v.id}`} aria-current={view === v.id ? 'page' : undefined} onClick={() => setView(v.id)}>
                  <T k={v.k} />
                </button>
              ))}
            </nav>
            {view === 'results' && (
              <>
                <div class="buttons exports" role="group" aria-label={textIn(lang, 'exports')}>
                  <button type="button" id="export-json" onClick={() => deps.download(`${fileStem(report)}.json`, 'application/json', `${JSON.stringify(report, null, 2)}\n`)}>
                    JSON
                  </button>
                  <button type="button" id="export-csv" onClick={() => deps.download(`${fileStem(report)}.csv`, 'text/csv;charset=utf-8', reportToCsv(report))}>
                    CSV
                  </button>
                  <button
                    type="button"
                    id="export-html"
                    onClick={() => deps.download(`${fileStem(report)}.html`, 'text/html;charset=utf-8', renderReportHtml(report, reports[1] ?? null))}
                  >
                    HTML
                  </button>
                </div>
                <Results report={report} filter={filter} onFilter={setFilter} show={deps.showOnPage} />
              </>
            )}
            {view === 'form' && <FormSheetView report={report} copy={deps.copy} download={deps.download} fileStem={fileStem(report)} />}
            {view === 'due' && <DueView report={report} reminder={reminder} />}
            {view === 'history' && <HistoryView history={reports} />}
            <pre id="result-json" hidden>
              {JSON.stringify(report)}
            </pre>
          </section>
        )}
      </main>
    </LangContext.Provider>
  );
}

