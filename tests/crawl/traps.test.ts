import { describe, expect, it } from 'vitest';
import { calendarBase, paginationList, TrapGuard, urlPattern, yearFolder } from '../../lib/crawl/traps.ts';
import { isStateChanging } from '../../lib/crawl/state-changing.ts';

const U = (s: string): URL => new URL(s, 'http://x.go.th/');

describe('trap detection', () => {
  it('normalises URL patterns: digits → N, query keys sorted', () => {
    expect(urlPattern(U('/news/detail/id/123?b=2&a=x1'))).toBe(urlPattern(U('/news/detail/id/9?a=x77&b=5')));
    expect(urlPattern(U('/news/detail/id/123'))).not.toBe(urlPattern(U('/news/list/id/123')));
  });

  it('finds the list a paginated URL belongs to', () => {
    expect(paginationList(U('/procurement/ShowData?page=3'))).toMatchObject({ page: 3 });
    expect(paginationList(U('/procurement/ShowData?page=3'))?.list).toBe(paginationList(U('/procurement/ShowData?page=9'))?.list);
    expect(paginationList(U('/category/news/page/4/'))).toMatchObject({ page: 4 });
    expect(paginationList(U('/news.php?id=4'))).toBeNull();
  });

  it('recognises calendar-like URLs', () => {
    expect(calendarBase(U('/events?month=5&year=2024'))).not.toBeNull();
    expect(calendarBase(U('/events?month=5&year=2024'))).toBe(calendarBase(U('/events?month=6&year=2031')));
    expect(calendarBase(U('/calendar.php?date=2024-05-01'))).not.toBeNull();
    expect(calendarBase(U('/2024/05/'))).not.toBeNull();
    expect(calendarBase(U('/news.php?id=5'))).toBeNull();
    expect(calendarBase(U('/2567/ita/o12.pdf'))).toBeNull();
  });

  it('recognises per-year folders', () => {
    expect(yearFolder(U('/2567/wp-content/a.pdf'))).toEqual({ base: 'x.go.th/', year: 2567 });
    expect(yearFolder(U('/ita/ita2566/index.php'))).toEqual({ base: 'x.go.th/ita/', year: 2566 });
    expect(yearFolder(U('/news/25/index.php'))).toBeNull();
  });
});

describe('TrapGuard', () => {
  it('caps pages of one paginated list', () => {
    const guard = new TrapGuard({ paginationPages: 5 });
    const admitted = Array.from({ length: 20 }, (_, i) => guard.admit(U(`/list?page=${i + 1}`), U(`/list?page=${i}`)).ok).filter(Boolean);
    expect(admitted).toHaveLength(5);
  });

  it('closes a list whose page added nothing new', () => {
    const guard = new TrapGuard();
    guard.markExhausted(U('/list?page=2'));
    expect(guard.isExhausted(U('/list?page=3'))).toBe(true);
    expect(guard.admit(U('/list?page=4'), null).ok).toBe(false);
    expect(guard.isExhausted(U('/other?page=3'))).toBe(false);
  });

  it('caps an endless calendar', () => {
    const guard = new TrapGuard({ calendarPages: 12 });
    let ok = 0;
    for (let m = 0; m < 200; m += 1) if (guard.admit(U(`/cal?month=${m}`), U(`/cal?month=${m - 1}`)).ok) ok += 1;
    expect(ok).toBe(12);
  });

  it('caps chains of one URL pattern but not links from other pages', () => {
    const guard = new TrapGuard({ patternChain: 30 });
    let chained = 0;
    for (let i = 0; i < 100; i += 1) if (guard.admit(U(`/item/${i + 1}/view`), U(`/item/${i}/view`)).ok) chained += 1;
    expect(chained).toBe(30);
    let fromMenu = 0;
    for (let i = 0; i < 100; i += 1) if (guard.admit(U(`/public/list/data/index/menu/${1000 + i}`), U('/public/')).ok) fromMenu += 1;
    expect(fromMenu).toBe(100);
  });

  it('prefers the newest year folder and caps older ones', () => {
    const guard = new TrapGuard({ olderYearPages: 3 });
    guard.observe(U('/2567/index.php'));
    const older = Array.from({ length: 10 }, (_, i) => guard.admit(U(`/2566/page${i}.php`), null).ok).filter(Boolean);
    const newest = Array.from({ length: 10 }, (_, i) => guard.admit(U(`/2567/page${i}.php`), null).ok).filter(Boolean);
    expect(older).toHaveLength(3);
    expect(newest).toHaveLength(10);
  });

  it('round-trips its state (part of the checkpoint)', () => {
    const guard = new TrapGuard({ paginationPages: 2 });
    guard.admit(U('/l?page=1'), null);
    guard.admit(U('/l?page=2'), null);
    const restored = new TrapGuard({ paginationPages: 2 }, guard.snapshot());
    expect(restored.admit(U('/l?page=3'), null).ok).toBe(false);
  });
});

describe('isStateChanging', () => {
  it('flags counters, deletes, logouts, votes and carts', () => {
    for (const u of [
      '/Pages/increment_download_12',
      '/Pages/increment_view/5',
      '/news?action=delete&id=3',
      '/logout',
      '/user/logout.php',
      '/poll/vote?id=2',
      '/like',
      '/shop/addtocart?id=1',
      '/counter.php',
      '/download.php?file=a.pdf&count=1',
    ]) {
      expect(isStateChanging(U(u)), u).toBe(true);
    }
  });
  it('leaves ordinary pages alone', () => {
    for (const u of ['/news.php?id=3', '/Pages/operation_procurement', '/download.php?type=94', '/public/list/data/detail/id/2665/menu/1236', '/ita/page', '/about-likely']) {
      expect(isStateChanging(U(u)), u).toBe(false);
    }
  });
});

describe('yearFolder false positives', () => {
  it('does not take a numeric id in the last segment for a year folder', () => {
    expect(yearFolder(new URL('http://x.go.th/item/2580'))).toBeNull();
    expect(yearFolder(new URL('http://x.go.th/2567/'))).toEqual({ base: 'x.go.th/', year: 2567 });
  });
});
