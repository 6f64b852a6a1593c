import type { DatedMention, LinkRecord, PageSnapshot } from './page-snapshot.ts';

/**
 * Keeps a crawl's snapshots compact in memory. The same menu, footer and sidebar links appear on
 * every page of a site: identical link records are stored once and shared by every snapshot that
 * holds them, and every kept string is a fresh copy, so nothing keeps a page's HTML or body text
 * alive through a substring that points into it. Shared records are frozen: snapshots are
 * plain data that nothing downstream changes.
 */
export interface SnapshotPool {
  /** The snapshot with its links and strings shared through the pool (a new object; the input is left as is). */
  keep(snapshot: PageSnapshot): PageSnapshot;
}

/** Strings this long or longer may be substrings of a larger text in V8 (shorter ones are always copies). */
const MIN_SLICE = 13;

/** A flat copy of a string that may be a substring of a large text. */
function detach(text: string): string {
  return text.length < MIN_SLICE ? text : (` ${text}`).slice(1);
}

function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

type DatePoint = NonNullable<DatedMention['until']>;
const samePoint = (a: DatePoint | undefined, b: DatePoint | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && a.year === b.year && a.month === b.month && a.day === b.day);

/** Field by field (the kept copy lists its fields in another order than the mention it was made from). */
function sameMention(a: DatedMention, b: DatedMention): boolean {
  return (
    a.start === b.start &&
    a.end === b.end &&
    a.raw === b.raw &&
    a.year === b.year &&
    a.month === b.month &&
    a.day === b.day &&
    a.precision === b.precision &&
    a.era === b.era &&
    a.source === b.source &&
    samePoint(a.until, b.until)
  );
}

function sameDates(a: readonly DatedMention[], b: readonly DatedMention[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((d, i) => {
    const other = b[i];
    return other !== undefined && sameMention(d, other);
  });
}

function sameLink(a: LinkRecord, b: LinkRecord): boolean {
  return (
    a.href === b.href &&
    a.url === b.url &&
    a.kind === b.kind &&
    a.origin === b.origin &&
    a.label === b.label &&
    a.labelSource === b.labelSource &&
    a.context === b.context &&
    a.heading === b.heading &&
    a.row?.code === b.row?.code &&
    a.row?.title === b.row?.title &&
    a.row?.group === b.row?.group &&
    a.inMenu === b.inMenu &&
    sameDates(a.dates, b.dates)
  );
}

export function createSnapshotPool(): SnapshotPool {
  const strings = new Map<string, string>();
  const links = new Map<number, LinkRecord[]>();
  const NO_DATES: DatedMention[] = Object.freeze([]) as unknown as DatedMention[];

  const str = (text: string): string => {
    if (text === '') return text;
    const known = strings.get(text);
    if (known !== undefined) return known;
    const copy = detach(text);
    strings.set(copy, copy);
    return copy;
  };
  /** Body text is rarely repeated: copy it, do not pool it. */
  const own = (text: string): string => detach(text);
  /**
   * Every field named in one literal: a mention built by spreading (`{ ...m, source }`) keeps its last
   * fields in a separate property array, ≈ 40 bytes more per date held (measured in a heap snapshot).
   * An absent month, day or range end stays undefined (JSON and the schema read it as absent).
   */
  const mention = (d: DatedMention, pooled: boolean): DatedMention =>
    Object.freeze({
      start: d.start,
      end: d.end,
      raw: pooled ? str(d.raw) : own(d.raw),
      year: d.year,
      month: d.month,
      day: d.day,
      precision: d.precision,
      era: d.era,
      until: d.until,
      source: d.source,
    });

  const link = (l: LinkRecord): LinkRecord => {
    const h = hash(`${l.href}\u0001${l.url ?? ''}\u0001${l.label}\u0001${l.context}\u0001${l.heading}\u0001${l.row ? `${l.row.code}\u0001${l.row.title}\u0001${l.row.group}` : ''}\u0001${l.inMenu === true ? 'm' : ''}${l.kind}${l.origin}${l.labelSource}${l.dates.length}`);
    const bucket = links.get(h);
    const found = bucket?.find((k) => sameLink(k, l));
    if (found) return found;
    const kept: LinkRecord = Object.freeze({
      href: str(l.href),
      url: l.url === null ? null : str(l.url),
      kind: l.kind,
      origin: l.origin,
      label: str(l.label),
      labelSource: l.labelSource,
      context: str(l.context),
      heading: str(l.heading),
      ...(l.inMenu !== undefined ? { inMenu: l.inMenu } : {}),
      ...(l.row ? { row: Object.freeze({ code: str(l.row.code), title: str(l.row.title), group: str(l.row.group) }) } : {}),
      dates: l.dates.length === 0 ? NO_DATES : (Object.freeze(l.dates.map((d) => mention(d, true))) as DatedMention[]),
    });
    if (bucket) bucket.push(kept);
    else links.set(h, [kept]);
    return kept;
  };

  /** The footer's phone, e-mail and social links repeat on every page: one shared record each. */
  const contacts = new Map<string, PageSnapshot['contacts'][number]>();
  const contact = (c: PageSnapshot['contacts'][number]): PageSnapshot['contacts'][number] => {
    const k = `${c.kind}\u0001${c.value}`;
    let kept = contacts.get(k);
    if (!kept) {
      kept = Object.freeze({ kind: c.kind, value: str(c.value) });
      contacts.set(k, kept);
    }
    return kept;
  };

  return {
    keep(s) {
      return {
        ...s,
        url: str(s.url),
        finalUrl: str(s.finalUrl),
        contentType: str(s.contentType),
        charset: str(s.charset),
        title: own(s.title),
        headings: s.headings.map(str),
        breadcrumb: str(s.breadcrumb),
        links: s.links.map(link),
        dates: s.dates.map((d) => mention(d, false)),
        contacts: s.contacts.map(contact),
        forms: s.forms.map((f) => ({ ...f, action: str(f.action), label: str(f.label) })),
        unlinkedRows: s.unlinkedRows.map(str),
        prose: s.prose.map(str),
        ...(s.sections ? { sections: s.sections.map((x) => ({ ...x, heading: str(x.heading), text: own(x.text) })) } : {}),
        fetchedAt: own(s.fetchedAt),
      };
    },
  };
}
