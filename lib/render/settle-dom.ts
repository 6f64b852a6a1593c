/**
 * Runs inside the rendered page (Playwright's `page.evaluate`, the extension's `scripting.executeScript`):
 * waits until the page's script has stopped changing the DOM, then hands back the DOM as HTML and the
 * URL the page ended on (hash route included). It is serialised into the page, so it must stay one
 * self-contained function: no imports, no named inner functions (a bundler may wrap those in helpers).
 */
export interface SettleOptions {
  /** The DOM counts as settled this long after its last change… */
  quietMs: number;
  /** …or, when it never changed after load (built before load, or static), this long after load. */
  idleMs: number;
  /** Hand back what is there after this long, settled or not. */
  maxMs: number;
}

export interface SettledDom {
  html: string;
  finalUrl: string;
}

export const DEFAULT_SETTLE: SettleOptions = { quietMs: 600, idleMs: 2500, maxMs: 12_000 };

export function settleDom(options: SettleOptions): Promise<SettledDom> {
  return new Promise((resolve) => {
    const started = Date.now();
    let lastChange = started;
    let changed = false;
    const observer = new MutationObserver(() => {
      lastChange = Date.now();
      changed = true;
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    const timer = setInterval(() => {
      const now = Date.now();
      const quiet = now - lastChange;
      if ((changed && quiet >= options.quietMs) || quiet >= options.idleMs || now - started >= options.maxMs) {
        clearInterval(timer);
        observer.disconnect();
        resolve({ html: `<!DOCTYPE html>${document.documentElement.outerHTML}`, finalUrl: location.href });
      }
    }, 100);
  });
}
