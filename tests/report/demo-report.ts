import { PassThrough } from 'node:stream';
import { main } from '../../lib/cli/main.ts';
import { Report } from '../../lib/report/report-schema.ts';
import { DEMO_AS_OF, DEMO_CHECKLIST, DEMO_SITE_DIR } from '../support/run-demo.ts';
import { serveSite } from '../support/site-server.ts';

/** The demo report, audited from the demo site served on 127.0.0.1 (test helper). */
export async function auditDemo(asOf: string = DEMO_AS_OF): Promise<Report> {
  const site = await serveSite(DEMO_SITE_DIR);
  try {
    const out = new PassThrough();
    let text = '';
    out.on('data', (c: Buffer) => (text += c.toString()));
    const code = await main([site.url, '--checklist', DEMO_CHECKLIST, '--as-of', asOf, '--format', 'json', '--delay', '0', '--quiet'], { stdout: out, stderr: new PassThrough() });
    if (code !== 0) throw new Error(`demo audit exited ${code}`);
    return Report.parse(JSON.parse(text));
  } finally {
    await site.close();
  }
}
