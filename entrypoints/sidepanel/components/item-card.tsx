import { useState } from 'preact/hooks';
import { ATTENTION_LABEL } from '../../../lib/report/due-list.ts';
import { isWebUrl, shortUrl, thaiMonthOf } from '../../../lib/report/format.ts';
import type { Evidence, ItemVerdict } from '../../../lib/report/report-schema.ts';
import { STATUS_LABEL } from '../../../lib/report/status-labels.ts';
import type { ShowOnPageReply, ShowOnPageRequest } from '../../../lib/extension/show-on-page.ts';
import { Bi, DateText, FullTextIfCut, SiteText, T } from './text.tsx';

export type ShowOnPage = (request: ShowOnPageRequest) => Promise<ShowOnPageReply>;

/** A link for http(s) URLs only (new tab, no opener); anything else (javascript:, data: …) is plain text. */
export function SafeLink({ url, children, className }: { url: string; children?: preact.ComponentChildren; className?: string }) {
  if (!isWebUrl(url)) return <span class={`not-link ${className ?? ''}`}>{children ?? <SiteText text={url} limit={80} />}</span>;
  return (
    <a href={url} target="_blank" rel="noopener noreferrer" class={className}>
      {children ?? <span class="url">{url}</span>}
    </a>
  );
}

export function StatusBadge({ status }: { status: ItemVerdict['status'] }) {
  const label = STATUS_LABEL[status];
  return (
    <span class={`badge st-${status}`} data-badge={status}>
      <span aria-hidden="true">{label.symbol}</span> <Bi th={label.th} en={label.en} />
    </span>
  );
}

function EvidenceLine({ e, site, item, show }: { e: Evidence; site: string; item: ItemVerdict; show: ShowOnPage }) {
  const [shown, setShown] = useState<ShowOnPageReply | null>(null);
  const label = e.label.trim() === '' ? shortUrl(e.url, site) : e.label;
  const dates = e.dates.slice(0, 3).map((d) => d.raw);
  const canShow = isWebUrl(e.foundOn);
  return (
    <li data-evidence-url={e.url}>
      <SafeLink url={e.url}>
        <SiteText text={label} />
      </SafeLink>
      {dates.length > 0 && (
        <span class="muted">
          {' '}
          · <SiteText text={dates.join(', ')} limit={60} />
        </span>
      )}
      <FullTextIfCut text={label} />
      {e.foundOn !== e.url && (
        <span class="muted found-on">
          {' '}
          (<T k="foundOn" />{' '}
          <SafeLink url={e.foundOn}>
            <span class="url">{shortUrl(e.foundOn, site).slice(0, 200)}</span>
          </SafeLink>
          )
        </span>
      )}
      {canShow && (
        <button
          type="button"
          class="link-button show-on-page"
          onClick={() => {
            setShown(null);
            void show({ type: 'show-on-page', site, foundOn: e.foundOn, url: e.url, label, itemId: item.id, itemTitle: item.title })
              .then(setShown)
              .catch((error: unknown) => setShown({ ok: false, message: String(error) }));
          }}
        >
          <span aria-hidden="true">⌖ </span>
          <T k="showOnPage" />
          <span class="visually-hidden"> {item.id}</span>
        </button>
      )}
      {shown && (
        <span class="muted small show-result" role="status" data-found={shown.ok ? shown.found : 'error'}>
          {' '}
          {shown.ok ? <T k={shown.found === 'none' ? 'shownNotFound' : 'shownOnPage'} /> : shown.message}
        </span>
      )}
    </li>
  );
}

export function ItemCard({ item, site, show }: { item: ItemVerdict; site: string; show: ShowOnPage }) {
  const first = item.evidence.slice(0, 3);
  const more = item.evidence.slice(3);
  return (
    <li class={`item st-${item.status}`} data-item-id={item.id} data-status={item.status} data-owner={item.owner}>
      <div class="item-head">
        <span class="item-id">{item.id}</span>
        <span class="item-title">
          <Bi th={item.title} en={item.titleEn} />
        </span>
        <StatusBadge status={item.status} />
      </div>
      <p class="reason">
        <Bi th={item.reason} en={item.reasonEn} />
      </p>
      {item.couldChange && (
        <p class="could-change">
          <T k="couldChange" />
        </p>
      )}
      {item.months && item.months.missing.length > 0 && (
        <p data-months-missing>
          <T k="missingMonths" />: {item.months.missing.map(thaiMonthOf).join(', ')}
        </p>
      )}
      {first.length > 0 && (
        <ul class="evidence">
          {first.map((e, i) => (
            <EvidenceLine key={i} e={e} site={site} item={item} show={show} />
          ))}
        </ul>
      )}
      {more.length > 0 && (
        <details>
          <summary>
            <T k="moreEvidence" subs={[more.length]} />
          </summary>
          <ul class="evidence">
            {more.map((e, i) => (
              <EvidenceLine key={i} e={e} site={site} item={item} show={show} />
            ))}
          </ul>
        </details>
      )}
      {item.attention.length > 0 && (
        <ul class="attention">
          {item.attention.map((a, i) => (
            <li key={i}>
              <span class={`att att-${a.kind}`}>
                <Bi th={ATTENTION_LABEL[a.kind].th} en={ATTENTION_LABEL[a.kind].en} />
              </span>{' '}
              <Bi th={a.message} en={a.messageEn} />
              {a.due && (
                <span class="muted">
                  {' '}
                  · <DateText iso={a.due} />
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      <p class="muted small">
        <T k="owner" />: {item.owner} · {item.subIndicator}
      </p>
    </li>
  );
}
