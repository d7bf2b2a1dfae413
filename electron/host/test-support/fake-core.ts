import type { OperationName } from '../../contract/api.ts';
import type { CoreEvent, KioskCore } from '../../core/index.ts';

export type FakeAnswer = (name: OperationName, input: unknown) => Promise<unknown>;

/** A stand-in core that records what the shell asked and lets a test emit events. */
export interface FakeCore extends KioskCore {
  readonly calls: { name: OperationName; input: unknown }[];
  emit(event: CoreEvent): void;
  listenerCount(): number;
  isClosed(): boolean;
}

export function createFakeCore(answer: FakeAnswer = async (name) => ({ echo: name })): FakeCore {
  const calls: { name: OperationName; input: unknown }[] = [];
  const listeners = new Set<(event: CoreEvent) => void>();
  let closed = false;
  return {
    calls,
    async invoke(name, input) {
      calls.push({ name, input });
      // The fake answers whatever the test asks for; the real output types are the core's job.
      return (await answer(name, input)) as never;
    },
    subscribe(listener) {
      const own = (event: CoreEvent): void => listener(event);
      listeners.add(own);
      return () => listeners.delete(own);
    },
    async close() {
      closed = true;
    },
    emit(event) {
      for (const listener of listeners) listener(event);
    },
    listenerCount: () => listeners.size,
    isClosed: () => closed,
  };
}
