import type { Logger } from './logger.ts';

export interface Listeners<T> {
  subscribe(listener: (value: T) => void): () => void;
  emit(value: T): void;
  clear(): void;
}

/**
 * A set of subscribers. One listener that throws is logged and does not stop the others, nor the
 * change that was being announced.
 */
export function createListeners<T>(log: Logger): Listeners<T> {
  const listeners = new Set<(value: T) => void>();
  return {
    subscribe(listener) {
      // Wrapped, so the same function subscribed twice is two subscriptions, each with its own end.
      const own = (value: T): void => listener(value);
      listeners.add(own);
      return () => void listeners.delete(own);
    },
    emit(value) {
      for (const listener of [...listeners]) {
        try {
          listener(value);
        } catch (error) {
          log.error('A listener failed while being told of a change', {
            error: error instanceof Error ? (error.stack ?? error.message) : String(error),
          });
        }
      }
    },
    clear: () => listeners.clear(),
  };
}
