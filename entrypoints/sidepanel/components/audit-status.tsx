import type { AuditProgress, AuditState } from '../../../lib/ui/audit-state.ts';
import { estimateLeftMs, formatElapsed, type MessageKey } from '../../../lib/ui/i18n.ts';
import { T, useT } from './text.tsx';

const STATE_KEY: Record<AuditState['status'], MessageKey> = {
  idle: 'stateIdle',
  running: 'stateRunning',
  done: 'stateDone',
  cancelled: 'stateCancelled',
  error: 'stateError',
};

function ProgressBar({ progress, maxPages }: { progress: AuditProgress; maxPages: number }) {
  const t = useT();
  const left = estimateLeftMs(progress.fetched, maxPages, progress.queued, progress.elapsedMs);
  return (
    <div class="progress" id="progress" data-fetched={progress.fetched}>
      <progress max={maxPages} value={Math.min(progress.fetched, maxPages)} aria-label={t('progressLabel')} />
      <div>
        <T k="progressCounts" subs={[progress.fetched, maxPages, progress.queued, progress.failed, progress.documents]} /> · {formatElapsed(progress.elapsedMs)}
        {left !== null && (
          <span id="estimate">
            {' '}
            · <T k="progressEstimate" subs={[formatElapsed(left)]} />
          </span>
        )}
      </div>
      {progress.throttle && <div class="throttle">{progress.throttle}</div>}
      {progress.currentUrl && <div class="current-url url">{progress.currentUrl.slice(0, 300)}</div>}
    </div>
  );
}

export function AuditStatus({ state, progress, hidden }: { state: AuditState; progress: AuditProgress | null; hidden: boolean }) {
  return (
    <section class="status" id="audit-state" data-state={state.status} hidden={hidden} aria-live="polite">
      <div>
        <b>
          <T k={STATE_KEY[state.status]} />
        </b>
        {state.status !== 'idle' && <span class="muted"> · {state.site}</span>}
        {state.status !== 'idle' && state.resumes > 0 && (
          <span class="muted" id="resumes" data-resumes={state.resumes}>
            {' '}
            · <T k="resumed" subs={[state.resumes]} />
          </span>
        )}
      </div>
      {state.status === 'error' && <p class="message">{state.message}</p>}
      {(state.status === 'running' || state.status === 'cancelled') && progress && progress.runId === state.runId && (
        <ProgressBar progress={progress} maxPages={state.request.settings.maxPages} />
      )}
    </section>
  );
}
