import { describe, expect, it } from 'vitest';
import { createFakeKioskApi } from '../test-support/fake-kiosk-api.ts';
import { createKioskStore } from './kiosk-store.ts';
import { selectAccessibilityActive, selectIdleTimeoutSeconds } from './selectors.ts';

function settingsStore(prefersReducedMotion = false) {
  const store = createKioskStore(createFakeKioskApi(), { prefersReducedMotion });
  return { store };
}

describe('accessibility settings', () => {
  it('doubles the idle timeout while a visitor uses any mode', () => {
    const { store } = settingsStore();
    expect(selectIdleTimeoutSeconds(store.getState())).toBe(60);
    for (const setting of ['highContrast', 'readAloud', 'reachMode'] as const) {
      store.getState().toggleAccessibility(setting);
      expect(selectAccessibilityActive(store.getState())).toBe(true);
      expect(selectIdleTimeoutSeconds(store.getState())).toBe(120);
      store.getState().toggleAccessibility(setting);
    }
    store.getState().setTextScale(1.5);
    expect(selectIdleTimeoutSeconds(store.getState())).toBe(120);
  });

  it('starts reduced motion from the system setting, without counting it as a visitor’s mode', () => {
    const { store } = settingsStore(true);
    expect(store.getState().reducedMotion).toBe(true);
    expect(selectAccessibilityActive(store.getState())).toBe(false);
  });

  it('forgets every setting when the visit resets', () => {
    const { store } = settingsStore();
    store.getState().setTextScale(2);
    store.getState().toggleAccessibility('highContrast');
    store.getState().setAccessibilityPanelOpen(true);
    store.getState().resetVisit();
    expect(store.getState()).toMatchObject({
      textScale: 1,
      highContrast: false,
      accessibilityPanelOpen: false,
    });
  });
});

describe('kiosk settings from the content', () => {
  it('takes the idle timeout and the next visitor’s language from staff’s settings', async () => {
    const api = createFakeKioskApi();
    const store = createKioskStore(api);
    store.getState().connect();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const content = store.getState().content!;
    store.setState({
      content: {
        ...content,
        kiosk: { ...content.kiosk, idleTimeoutSeconds: 90, defaultLanguage: 'es' },
      },
    });
    expect(selectIdleTimeoutSeconds(store.getState())).toBe(90);
    store.getState().toggleAccessibility('reachMode');
    expect(selectIdleTimeoutSeconds(store.getState())).toBe(180);
    store.getState().resetVisit();
    expect(store.getState().language).toBe('es');
  });
});
