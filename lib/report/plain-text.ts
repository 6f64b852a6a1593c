import { cleanText } from './safe-text.ts';

/**
 * Text from a crawled site, made safe for a terminal or a plain-text file: control characters
 * (including ANSI escape sequences and bidi overrides) are removed, so a page cannot rewrite the screen.
 * The same rule as every other renderer (`cleanText`).
 */
export function plainText(text: string): string {
  return cleanText(text);
}
