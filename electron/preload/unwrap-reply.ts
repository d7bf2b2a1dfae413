import { ApiError, isApiErrorBody } from '../contract/errors.ts';

/**
 * Reads what an IPC handler of the main process returned: `{ ok: true, output }` or
 * `{ ok: false, error: ApiErrorBody }` (electron/main/ipc-reply.ts builds it; a test here
 * checks the two sides agree). A failure becomes an ApiError again.
 */
export function unwrapReply(reply: unknown, operation: string): unknown {
  if (typeof reply === 'object' && reply !== null) {
    const { ok, output, error } = reply as { ok?: unknown; output?: unknown; error?: unknown };
    if (ok === true) return output;
    if (ok === false && isApiErrorBody(error)) throw ApiError.fromBody(error);
  }
  throw new ApiError(
    'internal',
    `The kiosk service sent an answer to ${operation} it cannot read.`,
  );
}
