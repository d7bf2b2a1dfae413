import type { Logger } from '../core/index.ts';

/**
 * Admin's "Quit the kiosk" in the browser shell: the server and the core close as they do on
 * a signal, so the store is left consistent, then the process ends (0, or 1 if closing failed).
 */
export function quitHost(
  close: () => Promise<void>,
  log: Logger,
  exit: (code: number) => void,
): void {
  log.info('Quit from admin: closing the kiosk');
  close().then(
    () => exit(0),
    (error: unknown) => {
      log.error('Closing failed', { error: String(error) });
      exit(1);
    },
  );
}
