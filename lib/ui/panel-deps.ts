import type { PanelMessage, PanelReply } from './audit-state.ts';
import type { Report } from '../report/report-schema.ts';
import type { ShowOnPageReply, ShowOnPageRequest } from '../extension/show-on-page.ts';

/** One entry of the checklist picker. */
export interface ChecklistOption {
  id: string;
  title: string;
  year?: number;
  imported: boolean;
}

export type StorageChanges = Record<string, { oldValue?: unknown; newValue?: unknown }>;

/** What the extension pages need from the browser; main.tsx passes the real APIs, tests pass fakes. */
export interface PageStorage {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  onChanged: {
    addListener(listener: (changes: StorageChanges, areaName: string) => void): void;
    removeListener(listener: (changes: StorageChanges, areaName: string) => void): void;
  };
}

export interface PanelDeps {
  /** location.search of the panel page (`?start=`, `?asOf=`, `?checklist=`). */
  search: string;
  storage: PageStorage;
  send(message: PanelMessage): Promise<PanelReply>;
  permissions: {
    contains(p: { origins: string[] }): Promise<boolean>;
    /** Must be called synchronously inside the click handler (user gesture). */
    request(p: { origins: string[] }): Promise<boolean>;
  };
  /** URL of the active tab of this window, if the extension may see it. */
  activeTabUrl(): Promise<string | null>;
  checklists(imported: unknown): ChecklistOption[];
  defaultChecklistId(asOf: string): string;
  download(fileName: string, mime: string, text: string): void;
  today(): string;
  /** The local audit history (IndexedDB), read only: the background writes it. */
  reports: { list(site: string): Promise<Report[]> };
  /** Asks the background to open the page of a piece of evidence and highlight it. */
  showOnPage(request: ShowOnPageRequest): Promise<ShowOnPageReply>;
  copy(text: string): Promise<void>;
  /** How often the panel pings the background while an audit runs (wakes a stopped service worker). */
  watchdogMs?: number;
}

