import type { Logger } from '../core/index.ts';

export interface SignalTarget {
  on(signal: NodeJS.Signals, listener: () => void): unknown;
  exit(code: number): void;
}

/**
 * SIGTERM (service managers, tests) and SIGINT (Ctrl+C) close the server and the core so the
 * store is left consistent, then exit 0. A second signal while closing exits at once: a person
 * pressing Ctrl+C twice wants out.
 */
export function stopOnSignals(
  stop: () => Promise<void>,
  log: Logger,
  target: SignalTarget = process,
): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => () => {
    if (stopping) {
      log.warn(`${signal} again: exiting without waiting`);
      target.exit(1);
      return;
    }
    stopping = true;
    log.info(`${signal}: closing the kiosk`);
    stop().then(
      () => target.exit(0),
      (error: unknown) => {
        log.error('Closing failed', { error: String(error) });
        target.exit(1);
      },
    );
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    target.on(signal, onSignal(signal));
  }
}
