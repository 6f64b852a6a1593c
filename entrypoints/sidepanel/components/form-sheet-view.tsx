import { useState } from 'preact/hooks';
import { formSheet, formSheetCsv, formSheetText } from '../../../lib/report/form-sheet.ts';
import type { Report } from '../../../lib/report/report-schema.ts';
import { SafeLink, StatusBadge } from './item-card.tsx';
import { SiteText, T, useT } from './text.tsx';

/** Per item in checklist order, the evidence URLs to paste into the official OIT form. */
export function FormSheetView({ report, copy, download, fileStem }: { report: Report; copy(text: string): Promise<void>; download(name: string, mime: string, text: string): void; fileStem: string }) {
  const t = useT();
  const rows = formSheet(report);
  const [copied, setCopied] = useState<{ id: string; ok: boolean } | null>(null);
  const doCopy = (id: string, text: string): void => {
    copy(text)
      .then(() => setCopied({ id, ok: true }))
      .catch(() => setCopied({ id, ok: false }));
  };
  return (
    <section id="form-sheet" aria-labelledby="form-sheet-h">
      <h2 id="form-sheet-h">
        <T k="tabFormSheet" />
      </h2>
      <p class="muted small">
        <T k="formSheetHelp" />
      </p>
      <div class="buttons">
        <button type="button" id="copy-all" class="primary" onClick={() => doCopy('*', formSheetText(rows))}>
          <T k="copyAll" />
        </button>
        <button type="button" id="download-form-sheet" onClick={() => download(`${fileStem}-oit-form.csv`, 'text/csv;charset=utf-8', formSheetCsv(report))}>
          <T k="downloadExcel" />
        </button>
        <span role="status" class="small" id="copy-status">
          {copied && (copied.ok ? `${copied.id === '*' ? '' : `${copied.id} · `}${t('copied')}` : t('copyFailed'))}
        </span>
      </div>
      <ol class="form-sheet">
        {rows.map((r) => (
          <li key={r.id} data-form-item={r.id} data-urls={r.urls.length}>
            <div class="item-head">
              <span class="item-id">{r.id}</span>
              <span class="item-title">
                <SiteText text={r.title} />
              </span>
              <StatusBadge status={r.status} />
            </div>
            {r.urls.length === 0 ? (
              <p class="muted small">
                <T k="noUrl" />
              </p>
            ) : (
              <ul class="form-urls">
                {r.urls.map((u) => (
                  <li key={u}>
                    <SafeLink url={u} />
                  </li>
                ))}
              </ul>
            )}
            <button type="button" class="small copy-one" disabled={r.urls.length === 0} onClick={() => doCopy(r.id, r.urls.join('\n'))}>
              <T k="copy" />
              <span class="visually-hidden"> {r.id}</span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
