import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../lib/cli/main.ts';
import { serveSite } from './site-server.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
export const DEMO_SITE_DIR = path.join(here, '..', 'fixtures', 'sites', 'demo');
/** The demo site's content is dated for ITA 2569 (fiscal year 2569); this as-of date shows every status. */
export const DEMO_AS_OF = '2026-05-20';
export const DEMO_CHECKLIST = 'ita-2569';

export async function runDemo(): Promise<number> {
  const site = await serveSite(DEMO_SITE_DIR);
  try {
    const common = [site.url, '--checklist', DEMO_CHECKLIST, '--as-of', DEMO_AS_OF, '--delay', '0', '--quiet'];
    process.stdout.write(`เว็บไซต์ตัวอย่าง / demo site: ${site.url}\n\n`);
    const textCode = await main([...common, '--format', 'text']);
    if (textCode !== 0) return textCode;
    const out = path.join('reports', 'demo-report.json');
    const jsonCode = await main([...common, '--format', 'json', '--out', out]);
    if (jsonCode === 0) process.stdout.write(`\nรายงาน JSON / JSON report: ${out}\n`);
    return jsonCode;
  } finally {
    await site.close();
  }
}
