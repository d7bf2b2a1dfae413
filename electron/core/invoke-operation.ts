import { operations, type OperationName, type OperationOutput } from '../contract/api.ts';
import { isOperationName } from '../contract/wire.ts';
import { ApiError } from '../contract/errors.ts';
import { formatIssues } from '../contract/format-issues.ts';
import type { OperationHandlers } from './kiosk-core-types.ts';

/**
 * Runs one operation on untrusted input: an unknown name or an input that does not match the
 * contract is refused before any handler runs, so a bad request changes nothing.
 */
export async function invokeOperation<K extends OperationName>(
  handlers: OperationHandlers,
  name: K,
  input: unknown,
): Promise<OperationOutput<K>> {
  // Shells pass names they received from outside; the type says K, the wire may say anything.
  if (typeof name !== 'string' || !isOperationName(name)) {
    throw new ApiError('not_found', `The kiosk has no operation called "${String(name)}".`);
  }
  const parsed = operations[name].input.safeParse(input);
  if (!parsed.success) {
    throw new ApiError(
      'bad_request',
      `The input of ${name} is not valid; nothing was changed.`,
      formatIssues(parsed.error),
    );
  }
  // Indexing the table with a generic name loses the pairing of handler and input type; the
  // input was just validated against this very operation's schema.
  const handler = handlers[name] as (input: unknown) => Promise<OperationOutput<K>>;
  return handler(parsed.data);
}
