import type { CrawlProgress } from '../crawl/crawler.ts';
import { throttleText } from '../crawl/host-gate.ts';

/** A one-line progress bar on stderr when it is a terminal; silent otherwise. */
export function createProgressPrinter(stream: NodeJS.WritableStream, enabled: boolean): { update: (p: CrawlProgress) => void; done: () => void } {
  const tty = enabled && (stream as NodeJS.WriteStream).isTTY === true;
  let last = 0;
  let shown = false;
  return {
    update(p) {
      if (!tty) return;
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      const width = (stream as NodeJS.WriteStream).columns ?? 80;
      const slowed = p.throttle ? `${throttleText(p.throttle)} · ` : '';
      const line = `ตรวจแล้ว/fetched ${p.fetched} · รอ/queued ${p.queued} · ล้มเหลว/failed ${p.failed}${p.rendered ? ` · เปิดด้วยเบราว์เซอร์/rendered ${p.rendered}` : ''} · ${Math.round(p.elapsedMs / 1000)} s · ${slowed}${p.currentUrl ?? ''}`;
      stream.write(`\r${line.slice(0, width - 1).padEnd(width - 1)}`);
      shown = true;
    },
    done() {
      if (shown) stream.write('\n');
      shown = false;
    },
  };
}
