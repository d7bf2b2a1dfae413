import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSpeaker } from '../../lib/speech.ts';
import { createFakeSpeech, type FakeSpeech } from '../../test-support/fake-speech.ts';
import { installLayoutStubs } from '../../test-support/layout-stubs.ts';
import { renderApp } from '../../test-support/render-app.tsx';
import type { Screen } from '../../store/navigation-slice.ts';

const BOTH_VOICES = ['en-US', 'es-US'];
installLayoutStubs();

async function withVoice(at: Screen, speech: FakeSpeech = createFakeSpeech(BOTH_VOICES)) {
  const app = await renderApp(at, undefined, { speaker: createSpeaker(speech.win) });
  return { ...app, speech };
}

/** Lets the kiosk's deferred work (speech after a tap has done its work) run. */
const settle = () => act(() => vi.runOnlyPendingTimersAsync());

describe('read aloud', () => {
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('says the new state of a switch, not the old one', async () => {
    vi.useFakeTimers();
    const { store, speech } = await withVoice({ name: 'home' });
    act(() => store.getState().toggleAccessibility('readAloud'));
    act(() => store.getState().setAccessibilityPanelOpen(true));
    fireEvent.click(screen.getByRole('button', { name: /high contrast/i }));
    await settle();
    expect(speech.texts().at(-1)).toMatch(/^High contrast\s*On$/);
    fireEvent.click(screen.getByRole('button', { name: /high contrast/i }));
    await settle();
    expect(speech.texts().at(-1)).toMatch(/^High contrast\s*Off$/);

    fireEvent.click(screen.getByRole('button', { name: /read aloud/i }));
    await settle();
    expect(store.getState().readAloud).toBe(false);
    expect(speech.texts().at(-1)).toMatch(/^Read aloud.*Off$/);
    fireEvent.click(screen.getByRole('button', { name: /read aloud/i }));
    await settle();
    expect(speech.texts().at(-1)).toMatch(/^Read aloud.*On$/);
  });

  it('says “Español” in a Spanish voice on an English screen', async () => {
    vi.useFakeTimers();
    const { store, speech } = await withVoice({ name: 'home' });
    act(() => store.getState().toggleAccessibility('readAloud'));
    fireEvent.click(screen.getByRole('button', { name: 'Español' }));
    await settle();
    expect(speech.said.find((s) => s.text === 'Español')).toMatchObject({
      lang: 'es-US',
      voice: 'voice es-US',
    });
  });

  it('reads a long screen a block at a time, so a visitor can step through it', async () => {
    const { store, speech } = await withVoice({ name: 'home' });
    act(() => store.getState().toggleAccessibility('readAloud'));
    act(() => store.getState().openPrivacy());
    await screen.findByRole('heading', { level: 1, name: 'Privacy Policy Statement' });
    expect(speech.texts()[0]).toBe('Privacy Policy Statement');
    act(() => speech.finish());
    expect(speech.texts()).toHaveLength(2);
    expect(Math.max(...speech.texts().map((text) => text.length))).toBeLessThan(1500);
  });
});
