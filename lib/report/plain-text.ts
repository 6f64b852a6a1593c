/**
 * Text from a crawled site, made safe for a terminal or a plain-text file: control characters
 * (including ANSI escape sequences and bidi overrides) are removed, so a page cannot rewrite the screen.
 */
export function plainText(text: string): string {
  return text
    .replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, '')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[\t\n\r]+/g, ' ');
}
