import { ApiError, type Reply } from '../contract/errors.ts';
import type { Logger } from '../core/index.ts';

/** The Reply for a failed operation: an ApiError as it is, anything else as internal and logged. */
export function failureReply(error: unknown, what: string, log: Logger): Reply {
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
