import { basename, dirname } from 'node:path';
import type { Now } from '../clock.ts';
import type { Logger } from '../logger.ts';
import { describeFsError, type DurableFs } from './durable-fs.ts';
import { moveAside } from './move-aside.ts';
import type { StoreAlert } from './store-alert.ts';
import { StoreFileError } from './store-file-error.ts';

export interface KeepAsideOptions {
  fs: DurableFs;
  now: Now;
  log: Logger;
}

/**
 * Every file of the data folder found unusable (content, draft, revision, usage counts), for
 * staff in admin (readStoreAlerts, adminStatus) and IT's log. Nothing damaged is deleted or
 * written over: it is kept aside under a name that says why, or, where the disk will not let it
 * be moved, left where it is until a save can move it.
 */
export interface StoreAlerts {
  /**
   * Keeps the file `error` names aside and records why; never rejects. A file the disk would
   * not let be moved is recorded once, and tried again by clearTheWay.
   */
  keepAside(error: StoreFileError): Promise<StoreAlert>;
  /** Records alerts found before the list existed (recoverContent's). */
  add(...alerts: StoreAlert[]): void;
  /**
   * Before `path` is written: a file left where it was is moved aside now, or this rejects,
   * saying why, and the write must not happen.
   */
  clearTheWay(path: string): Promise<void>;
  list(): StoreAlert[];
}

export function createStoreAlerts(options: KeepAsideOptions): StoreAlerts {
  const alerts: StoreAlert[] = [];
  const leftInPlace = (path: string) =>
    alerts.findIndex((alert) => alert.file === path && alert.movedTo === null);

  return {
    async keepAside(error) {
      // Found again, still where the disk left it: one alert, and the next save tries again.
      const known = alerts[leftInPlace(error.file)];
      if (known !== undefined) return known;
      const alert = await keepAside(options, error);
      alerts.push(alert);
      return alert;
    },
    add: (...found) => void alerts.push(...found),
    async clearTheWay(path) {
      const index = leftInPlace(path);
      const alert = alerts[index];
      if (alert === undefined) return;
      const { summary } = new StoreFileError(alert.kind, path, alert.issues);
      let movedTo: string;
      try {
        movedTo = await moveAside(options.fs, path, alert.kind, new Date(options.now()));
      } catch (cause) {
        throw new Error(
          `${summary} It could not be moved aside (${describeFsError(cause)}), and the kiosk never writes over a file it cannot read. Let the kiosk write to ${dirname(path)}, or move ${basename(path)} away.`,
          { cause },
        );
      }
      alerts[index] = { ...alert, movedTo, reason: summary };
      options.log.warn(`${summary} It was kept as ${movedTo}.`);
    },
    list: () => [...alerts],
  };
}

/**
 * Moves the file `error` names aside (moveAside) and says so; where the disk refuses, the alert
 * says the file is left as it is (movedTo null). Never rejects for the file.
 */
export async function keepAside(
  options: KeepAsideOptions,
  error: StoreFileError,
): Promise<StoreAlert> {
  const at = new Date(options.now());
  const alert = { kind: error.kind, file: error.file, issues: error.issues, at: at.toISOString() };
  try {
    const movedTo = await moveAside(options.fs, error.file, error.kind, at);
    options.log.warn(`${error.summary} It was kept as ${movedTo}.`, { issues: error.issues });
    return { ...alert, movedTo, reason: error.summary };
  } catch (cause) {
    const why = `${error.summary} It could not be moved aside (${describeFsError(cause)})`;
    options.log.error(
      `${why}, and the kiosk never writes over a file it cannot read: let the kiosk write to ${dirname(error.file)}, or move the file away yourself.`,
      { issues: error.issues },
    );
    return { ...alert, movedTo: null, reason: `${why}, so it is left as it is.` };
  }
}
