import { systemNow, type Now } from '../clock.ts';
import type { Logger } from '../logger.ts';

/** The kiosk's most recent logged error, as the heartbeat reports it. */
export interface LastError {
  message: string;
  /** ISO 8601, UTC. */
  at: string;
}

export interface ErrorTrackingLogger extends Logger {
  /** null until something has logged an error. */
  lastError(): LastError | null;
}

// A message longer than this is cut: the heartbeat is a status line, not a log.
export const LAST_ERROR_MAX_CHARS = 300;

/**
 * Passes every line on to `log` unchanged and remembers the last error() message. Only the
 * message is kept, never its details object: details may carry a stack, a file's content or
 * whatever a caller put there, and the heartbeat file is read by other tools. No log line of
 * the kiosk holds the PIN; the message is kept as written.
 */
export function trackErrors(log: Logger, now: Now = systemNow): ErrorTrackingLogger {
  let last: LastError | null = null;
  return {
    info: (message, meta) => log.info(message, meta),
    warn: (message, meta) => log.warn(message, meta),
    error(message, meta) {
      last = { message: cut(message), at: new Date(now()).toISOString() };
      log.error(message, meta);
    },
    lastError: () => last,
  };
}

function cut(message: string): string {
  return message.length <= LAST_ERROR_MAX_CHARS
    ? message
    : `${message.slice(0, LAST_ERROR_MAX_CHARS - 1)}…`;
}
