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
