import { describe, expect, it } from 'vitest';
import type { OperationName } from '../contract/api.ts';
import { invokeOperation } from './invoke-operation.ts';
import type { OperationHandlers } from './kiosk-core-types.ts';
import { makeContent } from './test-support/make-content.ts';
import { refusal } from './test-support/refusal.ts';

function recordingHandlers() {
  const calls: unknown[] = [];
  // Only these run in the tests below; the rest of the table is not called.
  const handlers = {
    getPublishedContent: async (input) => {
      calls.push(input);
      return { revision: 3, content: makeContent() };
    },
    adminStatus: async (input) => {
      calls.push(input);
      return { pinSet: false, lockedUntil: null, attemptsLeft: 0 };
    },
    adminSignIn: async (input) => {
      calls.push(input);
      return { token: 'token', expiresAt: 0 };
    },
    adminSignOut: async (input) => {
      calls.push(input);
      return undefined;
    },
    readAuditLog: async (input) => {
      calls.push(input);
      return { entries: [], nextBefore: null };
    },
  } as Partial<OperationHandlers> as OperationHandlers;
  return { calls, handlers };
}

describe('invokeOperation', () => {
  it('runs the handler with the validated input and returns its output', async () => {
    const { calls, handlers } = recordingHandlers();
    const output = await invokeOperation(handlers, 'getPublishedContent', undefined);
    expect(output).toEqual({ revision: 3, content: makeContent() });
    expect(calls).toEqual([undefined]);
  });

  it('refuses an operation the contract does not name, as not_found', async () => {
    const { calls, handlers } = recordingHandlers();
    for (const name of ['deleteEverything', 'toString', '__proto__']) {
      const error = await refusal(invokeOperation(handlers, name as OperationName, undefined));
      expect(error.code).toBe('not_found');
      expect(error.message).toBe(`The kiosk has no operation called "${name}".`);
    }
    expect(calls).toEqual([]);
  });

  it('refuses a name that is not even a string', async () => {
    const { handlers } = recordingHandlers();
    const error = await refusal(invokeOperation(handlers, 42 as unknown as OperationName, null));
    expect(error.code).toBe('not_found');
  });

  it('refuses bad input as bad_request, one plain line per problem, without running the handler', async () => {
    const { calls, handlers } = recordingHandlers();
    const error = await refusal(invokeOperation(handlers, 'getPublishedContent', { a: 1 }));
    expect(error.code).toBe('bad_request');
    expect(error.message).toBe(
      'The input of getPublishedContent is not valid; nothing was changed.',
    );
    expect(error.issues).toEqual([expect.stringMatching(/expected undefined/)]);
    expect(calls).toEqual([]);
  });
});
