/** Errors that cross the boundary: a stable code the renderer can act on and words a person can read. */
export type ApiErrorCode =
  'bad_request' | 'unauthorized' | 'not_found' | 'forbidden' | 'unavailable' | 'internal';

export interface ApiErrorBody {
  code: ApiErrorCode;
  message: string;
  /** One plain-words line per problem, e.g. "programs.0.units.0.phone: Phone number must look like (916) 227-4253". */
  issues?: string[];
}

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly issues: string[];

  constructor(code: ApiErrorCode, message: string, issues: string[] = []) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.issues = issues;
  }

  toBody(): ApiErrorBody {
    return this.issues.length > 0
      ? { code: this.code, message: this.message, issues: this.issues }
      : { code: this.code, message: this.message };
  }

  static fromBody(body: ApiErrorBody): ApiError {
    return new ApiError(body.code, body.message, body.issues ?? []);
  }
}

export function isApiErrorBody(value: unknown): value is ApiErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}

/**
 * What crosses Electron's contextBridge and IPC for every operation. Both copy an Error's
 * message only (a thrown ApiError would arrive without `code` and `issues`), so failures
 * travel as plain data and the page rebuilds the ApiError (unwrapReply).
 */
export type Reply<T = unknown> = { ok: true; output: T } | { ok: false; error: ApiErrorBody };

/** A reply as sent, or an internal failure where what arrived cannot be read as one. */
export function readReply(reply: unknown, operation: string): Reply {
  if (typeof reply === 'object' && reply !== null) {
    const { ok, output, error } = reply as { ok?: unknown; output?: unknown; error?: unknown };
    if (ok === true) return { ok: true, output };
    if (ok === false && isApiErrorBody(error)) return { ok: false, error: bodyOf(error) };
  }
  return {
    ok: false,
    error: {
      code: 'internal',
      message: `The kiosk service sent an answer to ${operation} it cannot read.`,
    },
  };
}

const bodyOf = (error: ApiErrorBody): ApiErrorBody =>
  Array.isArray(error.issues)
    ? { code: error.code, message: error.message, issues: error.issues.map(String) }
    : { code: error.code, message: error.message };

/** The output of a reply, or its failure thrown as the ApiError it was. */
export function unwrapReply(reply: unknown, operation: string): unknown {
  const read = readReply(reply, operation);
  if (read.ok) return read.output;
  throw ApiError.fromBody(read.error);
}
