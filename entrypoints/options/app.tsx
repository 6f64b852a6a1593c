import { useEffect, useState } from 'preact/hooks';
import { STORAGE_KEYS } from '../../lib/ui/audit-state.ts';
import {
  type ChecklistParser,
  type ChecklistProblem,
  type ImportedChecklists,
  checkImportedFile,
  readImported,
} from '../../lib/ui/imported-checklists.ts';
import type { ChecklistOption, PageStorage, StorageChanges } from '../../lib/ui/panel-deps.ts';
import { RemindersSection } from './reminders-section.tsx';
import { DEFAULT_SETTINGS, SETTING_LABEL, type Settings, readSettings, validateSettings } from '../../lib/ui/settings.ts';

export interface OptionsDeps {
  storage: PageStorage;
  builtIn: ChecklistOption[];
  parse: ChecklistParser;
  now(): string;
  /** The local audit history: the sites that can be watched, and trimming after the limit is lowered. */
  reports: { sites(): Promise<string[]>; trimAll(limit: number): Promise<void> };
}

type FormValues = Record<keyof Settings, string | boolean>;

const toForm = (s: Settings): FormValues => ({
  maxPages: String(s.maxPages),
  delayMs: String(s.delayMs),
  perHostConcurrency: String(s.perHostConcurrency),
  respectRobots: s.respectRobots,
  historyLimit: String(s.historyLimit),
});

/** Text fields become numbers only when they are plain whole numbers; anything else stays text and fails validation. */
const numberOrText = (v: string | boolean): unknown => (typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v) ? Number(v) : v);

function titleOf(json: unknown): string | null {
  if (typeof json !== 'object' || json === null) return null;
  const title = (json as { title?: unknown }).title;
  return typeof title === 'string' ? title : null;
}

const NUMBER_FIELDS = ['maxPages', 'delayMs', 'perHostConcurrency', 'historyLimit'] as const;

export function OptionsApp({ deps }: { deps: OptionsDeps }) {
  const [form, setForm] = useState<FormValues>(toForm(DEFAULT_SETTINGS));
  const [loadProblems, setLoadProblems] = useState<string[]>([]);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const [imported, setImported] = useState<ImportedChecklists>({});
  const [importErrors, setImportErrors] = useState<{ fileName: string; problems: ChecklistProblem[] } | null>(null);
  const [importOk, setImportOk] = useState<string | null>(null);

  useEffect(() => {
    void deps.storage.get([STORAGE_KEYS.settings, STORAGE_KEYS.importedChecklists]).then((got) => {
      const reading = readSettings(got[STORAGE_KEYS.settings]);
      setForm(toForm(reading.settings));
      setLoadProblems(reading.problems);
      setImported(readImported(got[STORAGE_KEYS.importedChecklists]));
    });
    const listener = (changes: StorageChanges, area: string): void => {
      const im = changes[STORAGE_KEYS.importedChecklists];
      if (area === 'local' && im) setImported(readImported(im.newValue));
    };
    deps.storage.onChanged.addListener(listener);
    return () => deps.storage.onChanged.removeListener(listener);
  }, [deps]);

  const save = (): void => {
    setSaved(false);
    const input = {
      maxPages: numberOrText(form.maxPages),
      delayMs: numberOrText(form.delayMs),
      perHostConcurrency: numberOrText(form.perHostConcurrency),
      respectRobots: form.respectRobots === true,
      historyLimit: numberOrText(form.historyLimit),
    };
    const result = validateSettings(input);
    if (!result.ok) {
      setFieldErrors(Object.fromEntries(result.errors.map((e) => [e.path, e.message])));
      return;
    }
    setFieldErrors({});
    void deps.storage
      .set({ [STORAGE_KEYS.settings]: result.settings })
      .then(() => deps.reports.trimAll(result.settings.historyLimit))
      .then(() => {
        setSaved(true);
        setLoadProblems([]);
      });
  };

  const importFile = async (file: File): Promise<void> => {
    setImportOk(null);
    setImportErrors(null);
    const text = await file.text();
    const result = checkImportedFile(text, file.name, deps.parse, deps.builtIn.map((c) => c.id));
    if (!result.ok) {
      setImportErrors({ fileName: file.name, problems: result.errors });
      return;
    }
    const next: ImportedChecklists = {
      ...imported,
      [result.checklist.id]: { json: JSON.parse(text) as unknown, fileName: file.name, importedAt: deps.now() },
    };
    await deps.storage.set({ [STORAGE_KEYS.importedChecklists]: next });
    setImported(next);
    setImportOk(`${result.checklist.title} (${result.checklist.id})`);
  };

  const remove = (id: string): void => {
    const next = { ...imported };
    delete next[id];
    void deps.storage.set({ [STORAGE_KEYS.importedChecklists]: next }).then(() => setImported(next));
  };

  return (
    <main class="options">
      <h1>
        ตั้งค่า OIT Audit <span class="en">/ settings</span>
      </h1>

      <section>
        <h2>
          การตรวจเว็บไซต์ <span class="en">/ crawling</span>
        </h2>
        {loadProblems.length > 0 && (
          <div class="message" role="alert" id="settings-problems">
            <p>ค่าที่บันทึกไว้บางค่าใช้ไม่ได้ จึงใช้ค่าเริ่มต้นแทน / some stored settings were invalid and were replaced by defaults:</p>
            <ul>
              {loadProblems.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          </div>
        )}
        <form
          id="settings-form"
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          {NUMBER_FIELDS.map((key) => (
            <label key={key}>
              <span class="label-text">
                {SETTING_LABEL[key].th} <span class="en">/ {SETTING_LABEL[key].en}</span>
              </span>
              <input
                id={`setting-${key}`}
                name={key}
                type="text"
                inputMode="numeric"
                value={String(form[key])}
                onInput={(e) => {
                  const value = e.currentTarget.value;
                  setForm((f) => ({ ...f, [key]: value }));
                }}
              />
              {fieldErrors[key] && (
                <span class="field-error" data-error-for={key}>
                  {fieldErrors[key]}
                </span>
              )}
            </label>
          ))}
          <label class="check">
            <input
              id="setting-respectRobots"
              type="checkbox"
              checked={form.respectRobots === true}
              onChange={(e) => {
                const checked = e.currentTarget.checked;
                setForm((f) => ({ ...f, respectRobots: checked }));
              }}
            />
            {SETTING_LABEL.respectRobots.th} <span class="en">/ {SETTING_LABEL.respectRobots.en}</span>
          </label>
          <div class="buttons">
            <button type="submit" id="save-settings" class="primary">
              บันทึก / Save
            </button>
            {saved && (
              <span class="ok" id="settings-saved">
                บันทึกแล้ว / saved
              </span>
            )}
          </div>
        </form>
      </section>

      <RemindersSection deps={deps} />

      <section>
        <h2>
          เกณฑ์การตรวจ <span class="en">/ checklists</span>
        </h2>
        <ul class="checklists" id="checklist-list">
          {deps.builtIn.map((c) => (
            <li key={c.id} data-checklist-id={c.id}>
              {c.title} <span class="muted">({c.id})</span>
            </li>
          ))}
          {Object.entries(imported).map(([id, entry]) => (
            <li key={id} data-checklist-id={id} data-imported="true">
              {titleOf(entry.json) ?? id} <span class="muted">({id}) — นำเข้าจาก / imported from {entry.fileName}</span>{' '}
              <button type="button" class="small" data-remove={id} onClick={() => remove(id)}>
                ลบ / remove
              </button>
            </li>
          ))}
        </ul>
        <label>
          <span class="label-text">
            นำเข้าไฟล์เกณฑ์ (JSON) <span class="en">/ import a checklist file</span>
          </span>
          <input
            id="import-file"
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              if (file) void importFile(file).finally(() => (input.value = ''));
            }}
          />
        </label>
        {importOk && (
          <p class="ok" id="import-ok">
            นำเข้าแล้ว / imported: {importOk}
          </p>
        )}
        {importErrors && (
          <div class="message" role="alert" id="import-errors">
            <p>
              ไม่นำเข้า {importErrors.fileName}: พบปัญหา {importErrors.problems.length} จุด เกณฑ์ที่ใช้อยู่ไม่เปลี่ยน / {importErrors.fileName} was
              refused ({importErrors.problems.length} problems); the checklists in use are unchanged
            </p>
            <ul>
              {importErrors.problems.map((p, i) => (
                <li key={i} data-path={p.path}>
                  <code>{p.path}</code>: {p.message}
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>
    </main>
  );
}
