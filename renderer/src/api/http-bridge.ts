import type {
  EventName,
  EventPayload,
  KioskApi,
  OperationName,
} from '../../../electron/contract/api.ts';
import { ApiError, isApiErrorBody, type ApiErrorCode } from '../../../electron/contract/errors.ts';
import { HTTP_EVENTS_ROUTE, httpRoute, operationNames } from '../../../electron/contract/wire.ts';

export interface HttpBridgeDeps {
  fetch: typeof fetch;
  createEventSource: (url: string) => EventSource;
}

const defaultDeps = (): HttpBridgeDeps => ({
  fetch: (input, init) => fetch(input, init),
  createEventSource: (url) => new EventSource(url),
});

/** When a reply carries no readable error body, its status still says what kind of failure it was. */
function codeForStatus(status: number): ApiErrorCode {
  if (status === 400) return 'bad_request';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 503) return 'unavailable';
  return 'internal';
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/**
 * The KioskApi over the browser shell's HTTP routes, built from the contract's wire names so
 * that a new operation needs no code here.
 * A transport only: the core validates every input.
 */
export function createHttpBridge(deps: HttpBridgeDeps = defaultDeps()): KioskApi {
  const invoke = async (name: OperationName, input: unknown): Promise<unknown> => {
    const response = await deps.fetch(httpRoute(name), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ input }),
    });
    const body = await readJson(response);
    if (!response.ok) {
      if (isApiErrorBody(body)) throw ApiError.fromBody(body);
      throw new ApiError(
        codeForStatus(response.status),
        `The kiosk service answered ${name} with status ${response.status}`,
      );
    }
    if (typeof body !== 'object' || body === null || !('output' in body)) {
      throw new ApiError('internal', `The kiosk service sent no output for ${name}`);
    }
    return body.output;
  };

  // One stream for every event, opened only once someone listens.
  let source: EventSource | undefined;
  const on = <E extends EventName>(
    event: E,
    listener: (payload: EventPayload<E>) => void,
  ): (() => void) => {
    source ??= deps.createEventSource(HTTP_EVENTS_ROUTE);
    const handler = (message: MessageEvent<string>) =>
      listener(JSON.parse(message.data) as EventPayload<E>);
    source.addEventListener(event, handler);
    return () => source?.removeEventListener(event, handler);
  };

  const operations = Object.fromEntries(
    operationNames.map((name) => [name, (input: unknown) => invoke(name, input)]),
  );
  // The wire's names and the KioskApi's keys are the same: api.ts checks it at compile time.
  return { ...operations, on } as KioskApi;
}
