import type { OperationName } from '../../contract/api.ts';
import type { CoreEvent, KioskCore } from '../../core/index.ts';

/** A stand-in core that records what the shell asked and lets a test emit events. */
export interface FakeCore extends KioskCore {
  readonly calls: { name: OperationName; input: unknown }[];
  answer: (name: OperationName, input: unknown) => Promise<unknown>;
  emit(event: CoreEvent): void;
  closed: boolean;
}

export function createFakeCore(): FakeCore {
  const listeners = new Set<(event: CoreEvent) => void>();
  const core: FakeCore = {
    calls: [],
    answer: async (name) => ({ echo: name }),
    closed: false,
    async invoke(name, input) {
      core.calls.push({ name, input });
      // Whatever the test asks for; the real output types are the core's business.
      return (await core.answer(name, input)) as never;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    async close() {
      core.closed = true;
    },
    emit(event) {
      for (const listener of listeners) listener(event);
    },
  };
  return core;
}
