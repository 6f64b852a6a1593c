import type { DocumentCheck } from '../snapshot/page-snapshot.ts';
import type { FrontierEntry } from './frontier.ts';
import type { HostGate } from './host-gate.ts';
import { type HttpSettings, politeRequest } from './http-request.ts';
import { documentCheckFrom } from './response-headers.ts';

/**
 * One same-site document, checked without downloading it: HEAD (robots.txt first), or a GET
 * cut off at once when the server refuses HEAD. An HTTP error status is a result, not a failure.
 */
export type DocumentOutcome =
  | { kind: 'document'; document: DocumentCheck }
  | { kind: 'failure'; reason: string; status?: number }
  | { kind: 'blocked' }
  | { kind: 'aborted' };

export interface DocumentCheckerDeps {
  http: HttpSettings;
  gateFor: (url: URL) => HostGate;
  blockedByRobots: (url: URL) => Promise<boolean>;
}

export function createDocumentChecker(d: DocumentCheckerDeps): (entry: FrontierEntry) => Promise<DocumentOutcome> {
  return async function checkDocument(entry: FrontierEntry): Promise<DocumentOutcome> {
    const url = new URL(entry.url);
    if (await d.blockedByRobots(url)) return { kind: 'blocked' };
    let method: 'HEAD' | 'GET' = 'HEAD';
    let out = await politeRequest(entry.url, 'HEAD', d.gateFor(url), d.http);
    if (out.kind === 'response' && (out.response.status === 405 || out.response.status === 501)) {
      // Some servers refuse HEAD: ask with GET and stop reading at once.
      await out.discard();
      method = 'GET';
      out = await politeRequest(entry.url, 'GET', d.gateFor(url), d.http);
    }
    if (out.kind === 'aborted') return out;
    if (out.kind === 'error') {
      if (out.status !== undefined) return { kind: 'document', document: { url: entry.url, status: out.status, contentType: '' } };
      return { kind: 'failure', reason: out.reason };
    }
    const { response } = out;
    try {
      return { kind: 'document', document: documentCheckFrom(entry.url, response.status, response.headers) };
    } finally {
      if (method === 'GET') await out.discard();
      else out.done();
    }
  };
}
