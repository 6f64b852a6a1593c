import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Report } from '../../lib/report/report-schema.ts';
import { STOPPED_BY_LABEL } from '../../lib/report/status-labels.ts';
import {
  type AuditProgress,
  type AuditState,
  IDLE,
  STORAGE_KEYS,
  historyKey,
  readHistory,
  readProgress,
  readState,
} from '../../lib/ui/audit-state.ts';
import { reportToCsv } from '../../lib/report/export-csv.ts';
import { fiscalYearLabel, formatElapsed, normalizeStartUrl, originOf, thaiDateOf } from '../../lib/report/format.ts';
import type { ChecklistOption, PanelDeps, StorageChanges } from '../../lib/ui/panel-deps.ts';
import { renderReportHtml } from '../../lib/report/render-html.tsx';
import { ReportView } from '../../lib/report/report-view.tsx';
import { sitePermissionOrigins } from '../../lib/ui/site-permission.ts';

const STATE_LABEL: Record<AuditState['status'], string> = {
  idle: 'พร้อมตรวจ / ready',
  running: 'กำลังตรวจ… / auditing…',
  done: 'ตรวจเสร็จแล้ว / done',
  cancelled: 'ยกเลิกแล้ว / cancelled',
  error: 'ตรวจไม่สำเร็จ / failed',
};

type Access = 'unknown' | 'granted' | 'not-granted';

function fileStem(report: Report): string {
  const host = report.site.replace(/^https?:\/\//, '').replace(/[^a-z0-9.-]+/gi, '_');
  return `oit-audit-${host}-${report.asOf}`;
}

function ProgressLine({ progress }: { progress: AuditProgress | null }) {
  if (!progress) return null;
  return (
    <div class="progress" id="progress" data-fetched={progress.fetched}>
      <div>
        หน้า / pages <b>{progress.fetched}</b> · คิว / queued {progress.queued} · ล้มเหลว / failed {progress.failed} · เอกสาร / docs{' '}
        {progress.documents} · {formatElapsed(progress.elapsedMs)}
      </div>
      {progress.throttle && <div class="throttle">{progress.throttle}</div>}
      {progress.currentUrl && <div class="current-url">{progress.currentUrl}</div>}
    </div>
  );
}

export function PanelApp({ deps }: { deps: PanelDeps }) {
  const params = useMemo(() => new URLSearchParams(deps.search), [deps.search]);
  const [urlText, setUrlText] = useState(params.get('start') ?? '');
  const [asOf, setAsOf] = useState(() => {
    const p = params.get('asOf');
    return p && fiscalYearLabel(p) ? p : deps.today();
  });
  const [options, setOptions] = useState<ChecklistOption[]>(() => deps.checklists(undefined));
  const [checklistId, setChecklistId] = useState<string>(() => params.get('checklist') ?? deps.defaultChecklistId(asOf));
  const pickedByUser = useRef(params.get('checklist') !== null);
  const [state, setState] = useState<AuditState>(IDLE);
  const [progress, setProgress] = useState<AuditProgress | null>(null);
  const [access, setAccess] = useState<Access>('unknown');
  const [message, setMessage] = useState<string | null>(null);
  const [histories, setHistories] = useState<Record<string, Report[]>>({});

  const origin = originOf(urlText);
  const fiscal = fiscalYearLabel(asOf);
  // The report shown: the audit that just finished, else the latest stored audit of the site in the URL field.
  const shownSite = state.status === 'done' && (origin === null || origin === state.site) ? state.reportSite : origin;
  const history = shownSite ? (histories[shownSite] ?? []) : [];
  const report = history[0] ?? null;
  const previous = history[1] ?? null;

  // Prefill the URL from the active tab unless ?start= gave one.
  useEffect(() => {
    if (params.get('start') !== null) return;
    void deps.activeTabUrl().then((url) => {
      if (url && originOf(url) && /^https?:/i.test(url)) setUrlText((current) => (current === '' ? new URL(url).origin + '/' : current));
    });
  }, [deps, params]);

  // State, progress, imported checklists; then follow storage changes (the audit runs in the background).
  useEffect(() => {
    let live = true;
    // A change event can arrive before the first read resolves: the newer value wins.
    const changed = new Set<string>();
    void deps.storage.get([STORAGE_KEYS.state, STORAGE_KEYS.progress, STORAGE_KEYS.importedChecklists]).then((got) => {
      if (!live) return;
      if (!changed.has(STORAGE_KEYS.state)) setState(readState(got[STORAGE_KEYS.state]));
      if (!changed.has(STORAGE_KEYS.progress)) setProgress(readProgress(got[STORAGE_KEYS.progress]));
      if (!changed.has(STORAGE_KEYS.importedChecklists)) setOptions(deps.checklists(got[STORAGE_KEYS.importedChecklists]));
    });
    // Waking the background also lets it pick up an audit interrupted by a service-worker stop.
    // Storage is the one source of truth: after a reply, read it again rather than trust an older reply.
    void deps
      .send({ type: 'get-state' })
      .then(() => deps.storage.get(STORAGE_KEYS.state))
      .then((got) => live && setState(readState(got[STORAGE_KEYS.state])))
      .catch(() => undefined);
    const listener = (changes: StorageChanges, area: string): void => {
      if (area !== 'local') return;
      for (const key of Object.keys(changes)) changed.add(key);
      const st = changes[STORAGE_KEYS.state];
      if (st) setState(readState(st.newValue));
      const pr = changes[STORAGE_KEYS.progress];
      if (pr) setProgress(readProgress(pr.newValue));
      const im = changes[STORAGE_KEYS.importedChecklists];
      if (im) setOptions(deps.checklists(im.newValue));
      for (const [key, change] of Object.entries(changes)) {
        if (key.startsWith('reports:')) setHistories((h) => ({ ...h, [key.slice('reports:'.length)]: readHistory(change.newValue) }));
      }
    };
    deps.storage.onChanged.addListener(listener);
    return () => {
      live = false;
      deps.storage.onChanged.removeListener(listener);
    };
  }, [deps]);

  // Stored reports of the site shown.
  useEffect(() => {
    if (!shownSite || histories[shownSite]) return;
    const key = historyKey(shownSite);
    void deps.storage.get(key).then((got) => setHistories((h) => ({ ...h, [shownSite]: readHistory(got[key]) })));
  }, [deps, shownSite, histories]);

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

  const refreshState = useCallback(async (): Promise<void> => {
    const got = await deps.storage.get(STORAGE_KEYS.state);
    setState(readState(got[STORAGE_KEYS.state]));
  }, [deps]);

  const sendStart = useCallback(
    (startUrl: string) => {
      setMessage(null);
      deps
        .send({ type: 'start', startUrl, checklistId, asOf })
        .then(async (reply) => {
          if (!reply.ok) setMessage(reply.message);
          await refreshState();
        })
        .catch((error: unknown) => setMessage(`ส่งคำสั่งไม่สำเร็จ / could not reach the background: ${String(error)}`));
    },
    [deps, checklistId, asOf, refreshState],
  );

  const onStart = (): void => {
    const startUrl = normalizeStartUrl(urlText);
    const site = originOf(urlText);
    if (!startUrl || !site) {
      setMessage('ใส่ URL ของเว็บไซต์ (http/https) / enter a web site URL (http/https)');
      return;
    }
    if (!fiscal) {
      setMessage('วันที่ตรวจไม่ถูกต้อง / the as-of date is not valid');
      return;
    }
    if (access === 'granted') {
      sendStart(startUrl);
      return;
    }
    // Called synchronously in the click handler: the browser only shows the prompt for a user gesture.
    deps.permissions
      .request({ origins: sitePermissionOrigins(site) ?? [`${site}/*`] })
      .then((granted) => {
        if (granted) {
          setAccess('granted');
          sendStart(startUrl);
        } else {
          setMessage(`ไม่ได้รับอนุญาตให้อ่าน ${site} / access to ${site} was not granted`);
        }
      })
      .catch((error: unknown) => setMessage(`ขออนุญาตไม่สำเร็จ / permission request failed: ${String(error)}`));
  };

  const onCancel = (): void => {
    deps
      .send({ type: 'cancel' })
      .then(async (reply) => {
        if (!reply.ok) setMessage(reply.message);
        await refreshState();
      })
      .catch((error: unknown) => setMessage(String(error)));
  };

  const running = state.status === 'running';
  const stateForThisSite = state.status !== 'idle' && (origin === null || state.site === origin);

  return (
    <main class="panel">
      <header>
        <h1>
          ตรวจเว็บไซต์ตามเกณฑ์ OIT <span class="en">/ OIT Audit</span>
        </h1>
      </header>
      <form
        class="controls"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          onStart();
        }}
      >
        <label>
          <span class="label-text">
            เว็บไซต์ <span class="en">/ site URL</span>
          </span>
          <input
            id="start-url"
            type="text"
            inputMode="url"
            spellcheck={false}
            autoComplete="url"
            value={urlText}
            placeholder="https://www.example.go.th/"
            onInput={(e) => setUrlText(e.currentTarget.value)}
            disabled={running}
          />
        </label>
        {origin && (
          <div class="muted small" id="origin">
            {origin}
            {access === 'not-granted' && ' · จะขออนุญาตเมื่อกดเริ่ม / access will be asked on start'}
          </div>
        )}
        <div class="row">
          <label>
            <span class="label-text">
              เกณฑ์ ITA <span class="en">/ checklist</span>
            </span>
            <select
              id="checklist"
              value={checklistId}
              onChange={(e) => {
                pickedByUser.current = true;
                setChecklistId(e.currentTarget.value);
              }}
              disabled={running}
            >
              {options.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.title}
                  {o.imported ? ' (นำเข้า / imported)' : ''}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span class="label-text">
              ณ วันที่ <span class="en">/ as of</span>
            </span>
            <input id="as-of" type="date" value={asOf} onInput={(e) => setAsOf(e.currentTarget.value)} disabled={running} />
            <span class="muted small" id="fiscal-year">
              {fiscal ? `${thaiDateOf(asOf)} · ${fiscal}` : 'วันที่ไม่ถูกต้อง / invalid date'}
            </span>
          </label>
        </div>
        <div class="buttons">
          {running ? (
            <button type="button" id="cancel" class="secondary" onClick={onCancel}>
              ยกเลิก / Cancel
            </button>
          ) : (
            <button type="submit" id="start" class="primary">
              เริ่มตรวจ / Start
            </button>
          )}
        </div>
      </form>

      {message && (
        <p class="message" role="alert" id="message">
          {message}
        </p>
      )}

      <section class="status" id="audit-state" data-state={state.status} hidden={!stateForThisSite && !running}>
        <div>
          <b>{STATE_LABEL[state.status]}</b>
          {state.status !== 'idle' && <span class="muted"> · {state.site}</span>}
          {state.status !== 'idle' && state.resumes > 0 && (
            <span class="muted" id="resumes" data-resumes={state.resumes}>
              {' '}
              · ทำต่อหลังหยุดกลางทาง {state.resumes} ครั้ง / resumed {state.resumes}×
            </span>
          )}
        </div>
        {state.status === 'error' && <p class="message">{state.message}</p>}
        {(state.status === 'running' || state.status === 'cancelled') && progress && progress.runId === state.runId && (
          <ProgressLine progress={progress} />
        )}
      </section>

      {report && (
        <section class="results" id="results" data-run-site={report.site}>
          {!(state.status === 'done' && state.reportSite === report.site) && (
            <p class="muted small">ผลการตรวจครั้งล่าสุดของเว็บไซต์นี้ / the latest stored audit of this site</p>
          )}
          <div class="buttons exports">
            <button type="button" id="export-json" onClick={() => deps.download(`${fileStem(report)}.json`, 'application/json', `${JSON.stringify(report, null, 2)}\n`)}>
              JSON
            </button>
            <button type="button" id="export-csv" onClick={() => deps.download(`${fileStem(report)}.csv`, 'text/csv;charset=utf-8', reportToCsv(report))}>
              CSV
            </button>
            <button
              type="button"
              id="export-html"
              onClick={() => deps.download(`${fileStem(report)}.html`, 'text/html;charset=utf-8', renderReportHtml(report, previous))}
            >
              HTML
            </button>
            <span class="muted small">{STOPPED_BY_LABEL[report.crawl.stoppedBy]}</span>
          </div>
          <ReportView report={report} previous={previous} />
          <pre id="result-json" hidden>
            {JSON.stringify(report)}
          </pre>
        </section>
      )}
    </main>
  );
}
