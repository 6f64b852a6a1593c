import { HostGate } from './host-gate.ts';
import type { SiteRef } from './site-scope.ts';

/** The politeness gates of one run: one HostGate per host key of the site, made on first use. */
export interface HostGateSettings {
  perHostConcurrency: number;
  delayMs: number;
  failurePauseMs: number;
  clock: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export function createHostGates(settings: HostGateSettings, site: SiteRef): (url: URL) => HostGate {
  const gates = new Map<string, HostGate>();
  return (url: URL): HostGate => {
    const hostKey = site.current.hostKey(url);
    let gate = gates.get(hostKey);
    if (!gate) {
      gate = new HostGate({
        concurrency: Math.max(1, settings.perHostConcurrency),
        delayMs: settings.delayMs,
        failureThreshold: 5,
        windowSize: 8,
        pauseMs: settings.failurePauseMs,
        clock: settings.clock,
        sleep: settings.sleep,
      });
      gates.set(hostKey, gate);
    }
    return gate;
  };
}
