import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { httpRoute, operationNames } from '../contract/wire.ts';
import { ApiError } from '../contract/errors.ts';
import { formatIssues } from '../contract/format-issues.ts';
import type { KioskCore } from '../core/index.ts';

/** Only the envelope is checked here; the input inside it is the core's to validate. */
const RequestBody = z.strictObject({ input: z.unknown().optional() });

/** One POST route per operation of the contract, so no route name is ever typed by hand. */
export function registerOperationRoutes(app: FastifyInstance, core: KioskCore): void {
  for (const name of operationNames) {
    app.post(httpRoute(name), async (request) => {
      const body = RequestBody.safeParse(request.body);
      if (!body.success) {
        throw new ApiError(
          'bad_request',
          'The request body must be a JSON object {"input": …}, or {} for no input.',
          formatIssues(body.error),
        );
      }
      return { output: await core.invoke(name, body.data.input) };
    });
  }
}
