import type {
  EventName,
  EventPayload,
  OperationName,
  OperationOutput,
  Operations,
} from '../contract/api.ts';
import type { z } from 'zod';

/** One event as the core emits it; shells forward it unchanged (IPC event or server-sent event). */
export type CoreEvent = { [E in EventName]: { name: E; payload: EventPayload<E> } }[EventName];

/** What a shell holds. Shells own only their transport; all state and validation live here. */
export interface KioskCore {
  /**
   * Runs one operation of the contract. `input` is untrusted: it is validated against the
   * contract and a bad one is rejected with an ApiError('bad_request') that changes nothing.
   */
  invoke<K extends OperationName>(name: K, input: unknown): Promise<OperationOutput<K>>;
  subscribe(listener: (event: CoreEvent) => void): () => void;
  close(): Promise<void>;
}

/** The core's implementation of each operation, after its input has been validated. */
export type OperationHandlers = {
  [K in OperationName]: (input: z.output<Operations[K]['input']>) => Promise<OperationOutput<K>>;
};
