import { afterEach, beforeEach } from 'vitest';

/**
 * jsdom lays nothing out: give every element the given box heights while the tests of the
 * enclosing describe run, e.g. an 800px window on 3000px of text for a screen that scrolls.
 */
export function withBoxes(sizes: { clientHeight: number; scrollHeight: number }): void {
  const originals = Object.keys(sizes).map(
    (key) => [key, Object.getOwnPropertyDescriptor(HTMLElement.prototype, key)] as const,
  );
  beforeEach(() => {
    for (const [key, value] of Object.entries(sizes)) {
      Object.defineProperty(HTMLElement.prototype, key, { configurable: true, get: () => value });
    }
  });
  afterEach(() => {
    for (const [key, descriptor] of originals) {
      if (descriptor) Object.defineProperty(HTMLElement.prototype, key, descriptor);
    }
  });
}
