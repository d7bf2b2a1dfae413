import { expect } from 'vitest';
import { ApiError } from '../../contract/errors.ts';

/** The ApiError a call is refused with; the test fails if it resolves or throws anything else. */
export async function refusal(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}
