import type { Evidence, ItemVerdict, Report } from './report-schema.ts';

/** Two evidence URLs are the same document when they differ only in host case or the #fragment. */
export function evidenceKey(url: string): string {
  try {
    const u = new URL(url.trim());
    u.hash = '';
    return u.href;
  } catch {
    return url.trim();
  }
}

/**
 * Each evidence URL once, in the order given (the audit lists the best first, so the first copy is kept).
 * The audit may list one URL several times (linked from several pages or rows); every renderer shows an
 * item's evidence through this function.
 */
export function uniqueEvidence(evidence: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const e of evidence) {
    const key = evidenceKey(e.url);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
}

/** The report with every item's evidence deduplicated (for JSON output and stored reports). */
export function withUniqueEvidence(report: Report): Report {
  return { ...report, items: report.items.map((i): ItemVerdict => ({ ...i, evidence: uniqueEvidence(i.evidence) })) };
}
