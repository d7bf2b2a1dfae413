import { describe, expect, it, vi } from 'vitest';
import { createKioskStore } from '../store/kiosk-store.ts';
import { contentFixture } from '../test-support/content-fixture.ts';
import { createFakeKioskApi } from '../test-support/fake-kiosk-api.ts';
import { preloadScreensWhenIdle } from './preload-when-idle.ts';

function idleWindow() {
  const callbacks: Array<() => void> = [];
  return {
    win: { requestIdleCallback: (callback: () => void) => callbacks.push(callback) },
    idle: () => callbacks.splice(0).forEach((callback) => callback()),
  };
}

describe('preloadScreensWhenIdle', () => {
  it('waits for the content, then for idle time', async () => {
    const store = createKioskStore(createFakeKioskApi());
    const { win, idle } = idleWindow();
    const preload = vi.fn(async () => undefined);
    preloadScreensWhenIdle(store, win as unknown as Window, preload);
    idle();
    expect(preload).not.toHaveBeenCalled();
    store.setState({ content: contentFixture(), revision: 1 });
    expect(preload).not.toHaveBeenCalled();
    idle();
    expect(preload).toHaveBeenCalledTimes(1);
    store.setState({ revision: 2 });
    idle();
    expect(preload).toHaveBeenCalledTimes(1);
  });

  it('preloads on the first idle time of a page that arrived with its content', () => {
    const store = createKioskStore(createFakeKioskApi(), {
      seed: { revision: 1, content: contentFixture() },
    });
    const { win, idle } = idleWindow();
    const preload = vi.fn(async () => undefined);
    preloadScreensWhenIdle(store, win as unknown as Window, preload);
    idle();
    expect(preload).toHaveBeenCalledTimes(1);
  });
});
