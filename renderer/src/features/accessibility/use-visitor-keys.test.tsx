import { act, cleanup, fireEvent } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createSpeaker } from '../../lib/speech.ts';
import { createFakeSpeech } from '../../test-support/fake-speech.ts';
import { installLayoutStubs } from '../../test-support/layout-stubs.ts';
import { renderApp } from '../../test-support/render-app.tsx';
import type { Screen } from '../../store/navigation-slice.ts';

installLayoutStubs();

async function withKeypad(at: Screen) {
  const speech = createFakeSpeech(['en-US', 'es-US']);
  const app = await renderApp(at, undefined, { speaker: createSpeaker(speech.win) });
  const press = (key: string, code: string) =>
    fireEvent.keyDown(document.activeElement ?? document.body, { key, code });
  return { ...app, speech, press };
}

describe('the visitor keys', () => {
  afterEach(cleanup);

  it('begin a visit with 5 and say the keys, not the touch hint', async () => {
    const { store, speech, press } = await withKeypad({ name: 'attract' });
    press('5', 'Numpad5');
    expect(store.getState().screen).toEqual({ name: 'home' });
    expect(speech.texts()).toEqual([
      'For spoken help, press 0. The arrow keys move, Enter chooses, 5 goes home and the dot goes back.',
    ]);
  });

  it('begin with home read, not the hint, for a visitor already listening', async () => {
    const { speech, press } = await withKeypad({ name: 'attract' });
    press('0', 'Numpad0');
    const welcome = speech.texts().length;
    press('5', 'Numpad5');
    expect(speech.texts().slice(welcome)).toEqual(['ASB']);
  });

  it('move focus through the controls and say each one, with read aloud on', async () => {
    const { speech, press } = await withKeypad({ name: 'home' });
    press('0', 'Numpad0');
    expect(speech.texts()[0]).toBe('ASB');
    press('ArrowDown', 'ArrowDown');
    expect(document.activeElement?.textContent).toMatch(/^Professional Certificates/);
    expect(speech.texts().at(-1)).toMatch(/^Professional Certificates/);
  });

  it('go back the way the visitor came, and out of the panel first', async () => {
    const { store, press } = await withKeypad({ name: 'home' });
    act(() => store.getState().openProgram('contracts'));
    act(() => store.getState().setAccessibilityPanelOpen(true));
    press('Escape', 'Escape');
    expect(store.getState().accessibilityPanelOpen).toBe(false);
    expect(store.getState().screen.name).toBe('program');
    press('.', 'NumpadDecimal');
    expect(store.getState().screen).toEqual({ name: 'home' });
  });

  it('leave chords to staff and the shell', async () => {
    const { store } = await withKeypad({ name: 'home' });
    act(() => store.getState().openPrivacy());
    fireEvent.keyDown(document.body, { key: '.', code: 'NumpadDecimal', ctrlKey: true });
    fireEvent.keyDown(document.body, { key: 'Escape', code: 'Escape', altKey: true });
    expect(store.getState().screen).toEqual({ name: 'privacy' });
  });
});
