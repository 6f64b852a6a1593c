import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { plainText } from '../../../lib/report/plain-text.ts';
import { type LangView, type MessageKey, dateFor, message, textIn } from '../../../lib/ui/i18n.ts';

export const LangContext = createContext<LangView>('both');

export function useLang(): LangView {
  return useContext(LangContext);
}

/** A message as text for attributes (aria-label, title): "ไทย / English", or one language. */
export function useT(): (key: MessageKey, subs?: (string | number)[]) => string {
  const view = useLang();
  return (key, subs = []) => textIn(view, key, subs);
}

/** A message in the chosen view: Thai first with English muted, or one language. */
export function T({ k, subs }: { k: MessageKey; subs?: (string | number)[] }) {
  const view = useLang();
  if (view === 'th') return <>{message('th', k, subs)}</>;
  if (view === 'en') return <span lang="en">{message('en', k, subs)}</span>;
  return (
    <>
      {message('th', k, subs)}{' '}
      <span class="en" lang="en">
        / {message('en', k, subs)}
      </span>
    </>
  );
}

/** Text in two languages that is not in the catalogue (status words, report reasons). */
export function Bi({ th, en }: { th: string; en: string }) {
  const view = useLang();
  if (view === 'th') return <>{th}</>;
  if (view === 'en') return <span lang="en">{en}</span>;
  return (
    <>
      {th}{' '}
      <span class="en" lang="en">
        {en}
      </span>
    </>
  );
}

export function DateText({ iso }: { iso: string }) {
  return <>{dateFor(useLang(), iso)}</>;
}

export const SHORT_LIMIT = 140;

/** Text from a crawled site without control or bidi characters, cut to `limit` characters. */
export function shorten(text: string, limit = SHORT_LIMIT): { short: string; cut: boolean; full: string } {
  const full = plainText(text).replace(/\s+/g, ' ').trim();
  if (full.length <= limit) return { short: full, cut: false, full };
  return { short: `${full.slice(0, limit - 1)}…`, cut: true, full };
}

/**
 * A site's label or title, shortened; when it was cut, the whole text sits in a collapsed block (in a
 * box that scrolls) so a 50,000-character label neither floods the panel nor is lost.
 */
export function SiteText({ text, limit }: { text: string; limit?: number }) {
  const { short } = shorten(text, limit);
  return <bdi>{short}</bdi>;
}

export function FullTextIfCut({ text, limit }: { text: string; limit?: number }) {
  const s = shorten(text, limit);
  if (!s.cut) return null;
  return (
    <details class="full-text">
      <summary>
        <T k="fullText" />
      </summary>
      <div class="full-text-body">
        <bdi>{s.full.slice(0, 100_000)}</bdi>
      </div>
    </details>
  );
}
