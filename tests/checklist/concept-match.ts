import type { Concept } from '../../lib/checklist/checklist-schema.ts';

// A deliberately naive matcher for testing the synonym data: case-insensitive substring match with all
// white space removed; any exclude term vetoes. The real matcher (lib/audit) may be smarter, not looser.
const squash = (text: string): string => text.toLowerCase().replace(/\s+/g, '');

export function conceptMatches(concept: Concept, label: string): boolean {
  const text = squash(label);
  if (concept.exclude.some((term) => text.includes(squash(term)))) return false;
  return concept.terms.some((term) => text.includes(squash(term)));
}

export function matchingConcepts(concepts: readonly Concept[], label: string): string[] {
  return concepts.filter((c) => conceptMatches(c, label)).map((c) => c.id);
}
