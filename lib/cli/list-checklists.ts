import { listChecklists } from '../checklist/built-in-checklists.ts';

/** The shipped checklists, one per line: id, number of items, title. */
export function listChecklistsText(): string {
  return listChecklists()
    .map((c) => `${c.id.padEnd(10)} ${String(c.items.length).padStart(2)} ข้อ/items  ${c.title} / ${c.titleEn}`)
    .join('\n')
    .concat('\n');
}
