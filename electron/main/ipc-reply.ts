import { ApiError, type ApiErrorBody } from '../contract/errors.ts';
import type { Logger } from '../core/logger.ts';

/**
 * What an IPC handler returns. Electron keeps only the message of an Error thrown in a
 * handler, so failures travel as a plain ApiErrorBody inside the reply and the preload turns
 * them back into an ApiError.
 */
export type IpcReply = { ok: true; output: unknown } | { ok: false; error: ApiErrorBody };

export function failureReply(error: unknown, what: string, log: Logger): IpcReply {
  if (error instanceof ApiError) return { ok: false, error: error.toBody() };
  const details = error instanceof Error ? (error.stack ?? error.message) : String(error);
  log.error(`${what} failed`, { error: details });
  return {
    ok: false,
    error: {
      code: 'internal',
      message: 'Something went wrong inside the kiosk. The details are in its log.',
    },
  };
}
