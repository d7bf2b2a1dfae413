import { describe, expect, it } from 'vitest';
import type { Clock } from './clock.ts';
import { trackLastTouch } from './last-touch.ts';

describe('trackLastTouch', () => {
  it('starts at its own start, and moves with every touch or key', () => {
    let now = 1_000;
    const clock = { now: () => now } as Clock;
    const target = new EventTarget();
    const lastTouch = trackLastTouch(target as unknown as Document, clock);
    expect(lastTouch()).toBe(1_000);
    now = 5_000;
    target.dispatchEvent(new Event('pointerdown'));
    expect(lastTouch()).toBe(5_000);
    now = 9_000;
    target.dispatchEvent(new Event('keydown'));
    expect(lastTouch()).toBe(9_000);
    now = 20_000;
    target.dispatchEvent(new Event('focus'));
    expect(lastTouch()).toBe(9_000);
  });
});
