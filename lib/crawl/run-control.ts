/**
 * The run's stop switch and wake-up call. Cancellation (the caller's signal) and the time budget
 * abort in-flight requests through one controller; the run loop sleeps until a request settles,
 * the run is aborted, or its wait runs out.
 */
export interface RunControl {
  /** Aborted on cancel or when the time is up; every request of the run listens to it. */
  readonly signal: AbortSignal;
  /** The time budget is spent: abort what is in flight. */
  abortForTime(): void;
  /** Wake the waiting run loop now. */
  wake(): void;
  /** Sleep until wake() (or an abort), at most `ms`. */
  waitForWake(ms: number): Promise<void>;
  /** Stop listening to the caller's signal (the run is over). */
  release(): void;
}

export function createRunControl(external?: AbortSignal): RunControl {
  const runAbort = new AbortController();
  const onCancel = (): void => runAbort.abort(new DOMException('cancelled', 'AbortError'));
  if (external?.aborted) onCancel();
  external?.addEventListener('abort', onCancel, { once: true });

  let wakeUp: (() => void) | null = null;
  const wake = (): void => {
    const w = wakeUp;
    wakeUp = null;
    w?.();
  };
  runAbort.signal.addEventListener('abort', wake);

  return {
    signal: runAbort.signal,
    abortForTime: () => runAbort.abort(new DOMException('max-time', 'AbortError')),
    wake,
    waitForWake: (ms) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          wakeUp = null;
          resolve();
        }, ms);
        wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      }),
    release: () => external?.removeEventListener('abort', onCancel),
  };
}
