import { join } from 'node:path';
import type { NodeLogger } from 'electron-log';
import type { Logger } from '../core/index.ts';

/** Two files at most (main.log and main.old.log), so weeks unattended cannot fill the disk. */
export const LOG_FILE_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Points electron-log's file transport at `<logDir>/main.log` and caps its size: past the cap
 * electron-log renames the file to main.old.log and starts a new one. Returns the same logger
 * in the core's shape, so the core and the shell write to one file.
 */
export function configureLogging(log: NodeLogger, logDir: string): Logger {
  log.transports.file.resolvePathFn = () => join(logDir, 'main.log');
  log.transports.file.maxSize = LOG_FILE_MAX_BYTES;
  log.transports.file.level = 'info';
  const at =
    (write: (...params: unknown[]) => void) =>
    (message: string, meta?: object): void =>
      meta === undefined ? write(message) : write(message, meta);
  return { info: at(log.info), warn: at(log.warn), error: at(log.error) };
}
