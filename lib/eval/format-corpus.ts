import type { CorpusResult } from './run-corpus.ts';
import { formatScore, scoreOutcomes } from './score.ts';

/** The text `npm run eval` prints: per site the mismatches, then the overall figures. */
export function formatCorpus(result: CorpusResult): string {
  const out: string[] = [];
  for (const site of result.sites) {
    const s = scoreOutcomes(site.outcomes);
    out.push(`== ${site.site}  [${site.expected.checklist} as of ${site.expected.asOf}]  ${s.correct}/${s.total} correct, ${site.pagesFetched} pages, ${site.requests} requests`);
    if (site.error) out.push(`   ERROR: ${site.error}`);
    for (const m of s.mismatches) {
      const flag = m.got === 'pass' && m.expected !== 'pass' && m.expected !== 'review' ? '  << FALSE PASS' : '';
      out.push(`   ${m.item.padEnd(4)} expected ${m.expected.padEnd(10)} got ${m.got.padEnd(10)} ${m.reason}${flag}`);
    }
    for (const m of site.months.filter((x) => !x.ok)) {
      out.push(`   ${m.item.padEnd(4)} months missing: expected [${m.expectedMissing.join(', ')}] got ${m.gotMissing ? `[${m.gotMissing.join(', ')}]` : '(no month breakdown)'}`);
    }
    if (site.unexpectedItems.length > 0) out.push(`   report items not in expected.json: ${site.unexpectedItems.join(', ')}`);
    for (const hit of site.forbidden) out.push(`   FORBIDDEN REQUEST: ${hit}`);
  }
  out.push('', '== overall', formatScore(result.score));
  out.push('', `month checks failed: ${result.monthFailures.length}`, `state-changing requests: ${result.forbidden.length}`, `sites with errors: ${result.errors.length}`);
  return out.join('\n');
}
