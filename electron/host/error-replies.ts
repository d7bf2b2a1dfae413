import type { FastifyInstance } from 'fastify';
import { ApiError, type ApiErrorBody, type ApiErrorCode } from '../contract/errors.ts';
import type { Logger } from '../core/index.ts';

export const STATUS_BY_CODE: Readonly<Record<ApiErrorCode, number>> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  unavailable: 503,
  internal: 500,
};

export interface ErrorReply {
  status: number;
  body: ApiErrorBody;
}

/** Every failure leaves as an ApiErrorBody, so the renderer's bridge has one shape to read. */
export function errorReply(error: unknown, bodyLimit: number): ErrorReply {
  if (error instanceof ApiError) {
    return { status: STATUS_BY_CODE[error.code], body: error.toBody() };
  }
  const { code, statusCode } = (error ?? {}) as { code?: unknown; statusCode?: unknown };
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    const limit = `${Math.floor(bodyLimit / 1024)} KiB`;
    return badRequest(413, `The request body is too large: this kiosk accepts at most ${limit}.`);
  }
  if (code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
    return badRequest(400, 'The request body is empty: send {"input": …}, or {} for no input.');
  }
  if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
    return badRequest(statusCode, `The request was refused: ${errorMessage(error)}`);
  }
  return {
    status: 500,
    body: {
      code: 'internal',
      message: 'Something went wrong inside the kiosk. The details are in its log.',
    },
  };
}

export function registerErrorReplies(
  app: FastifyInstance,
  options: { bodyLimit: number; log: Logger },
): void {
  app.setErrorHandler((error, request, reply) => {
    const { status, body } = errorReply(error, options.bodyLimit);
    if (status >= 500) {
      const details = error instanceof Error ? (error.stack ?? error.message) : String(error);
      options.log.error(`${request.method} ${request.url} failed`, { error: details });
    }
    return reply.code(status).send(body);
  });
  app.setNotFoundHandler((request, reply) => {
    const body: ApiErrorBody = {
      code: 'not_found',
      message: `There is nothing at ${request.method} ${request.url}.`,
    };
    return reply.code(404).send(body);
  });
}

function badRequest(status: number, message: string): ErrorReply {
  return { status, body: { code: 'bad_request', message } };
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
