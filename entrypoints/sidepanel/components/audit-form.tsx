import { fiscalYearLabel } from '../../../lib/report/format.ts';
import type { ChecklistOption } from '../../../lib/ui/panel-deps.ts';
import { DateText, T, useT } from './text.tsx';

export interface AuditFormProps {
  urlText: string;
  onUrl(text: string): void;
  origin: string | null;
  needsAccess: boolean;
  options: ChecklistOption[];
  checklistId: string;
  onChecklist(id: string): void;
  asOf: string;
  onAsOf(iso: string): void;
  running: boolean;
  onStart(): void;
  onCancel(): void;
  /** Shown when the site has a stored audit: judge its pages again with the checklist and date above. */
  onRejudge: (() => void) | null;
}

const hasScheme = (text: string): boolean => /^[a-z][a-z0-9+.-]*:/i.test(text.trim());

export function AuditForm(p: AuditFormProps) {
  const t = useT();
  const fiscal = fiscalYearLabel(p.asOf);
  return (
    <form
      class="controls"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        p.onStart();
      }}
    >
      <label>
        <span class="label-text">
          <T k="siteUrl" />
        </span>
        <input
          id="start-url"
          type="text"
          inputMode="url"
          spellcheck={false}
          autoComplete="url"
          value={p.urlText}
          placeholder="www.example.go.th"
          aria-describedby="origin"
          onInput={(e) => p.onUrl(e.currentTarget.value)}
          disabled={p.running}
        />
      </label>
      <div class="muted small" id="origin" aria-live="polite">
        {p.origin && (
          <>
            <span class="url">{p.origin}</span>
            {p.needsAccess && ` · ${t('accessAsked')}`}
            {p.urlText.trim() !== '' && !hasScheme(p.urlText) && (
              <span id="scheme-hint">
                {' '}
                · <T k="urlNoScheme" />
              </span>
            )}
          </>
        )}
      </div>
      <div class="row">
        <label>
          <span class="label-text">
            <T k="checklist" />
          </span>
          <select id="checklist" value={p.checklistId} onChange={(e) => p.onChecklist(e.currentTarget.value)} disabled={p.running}>
            {p.options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.title}
                {o.imported ? ` (${t('imported')})` : ''}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span class="label-text">
            <T k="asOf" />
          </span>
          <input id="as-of" type="date" value={p.asOf} aria-describedby="fiscal-year" onInput={(e) => p.onAsOf(e.currentTarget.value)} disabled={p.running} />
          <span class="muted small" id="fiscal-year">
            {fiscal ? (
              <>
                <DateText iso={p.asOf} /> · {fiscal}
              </>
            ) : (
              t('badDate')
            )}
          </span>
        </label>
      </div>
      <div class="buttons">
        {p.running ? (
          <button type="button" id="cancel" class="secondary" onClick={p.onCancel}>
            <T k="cancel" />
          </button>
        ) : (
          <button type="submit" id="start" class="primary">
            <T k="start" />
          </button>
        )}
        {p.onRejudge && !p.running && (
          <button type="button" id="rejudge" title={t('rejudgeHelp')} onClick={p.onRejudge}>
            <T k="rejudge" />
          </button>
        )}
      </div>
    </form>
  );
}
