import { act, cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createSpeaker } from '../../lib/speech.ts';
import { createFakeSpeech } from '../../test-support/fake-speech.ts';
import { installLayoutStubs } from '../../test-support/layout-stubs.ts';
import { renderApp } from '../../test-support/render-app.tsx';

installLayoutStubs();

describe('the idle warning, with read aloud on', () => {
  afterEach(cleanup);

  it('is said when it opens and the count again at 10 and 5, in its plural forms', async () => {
    const speech = createFakeSpeech(['en-US', 'es-US']);
    const { store } = await renderApp({ name: 'home' }, undefined, {
      speaker: createSpeaker(speech.win),
    });
    act(() => {
      store.getState().toggleAccessibility('readAloud');
      store.getState().setLanguage('es');
    });
    for (const seconds of [20, 19, 10, 9, 5, 1]) {
      act(() => store.getState().setIdleSecondsLeft(seconds));
    }
    expect(speech.texts()).toEqual([
      '¿Sigue usted ahí? Por la privacidad del próximo visitante, esta pantalla volverá al inicio. ' +
        '20 segundos restantes. Toque la pantalla o pulse cualquier tecla para continuar.',
      '10 segundos restantes.',
      '5 segundos restantes.',
    ]);
    // Its own voice must not hold the idle timer, or the warning would never run out.
    expect(store.getState().speaking).toBe(false);
  });

  it('is not said with read aloud off', async () => {
    const speech = createFakeSpeech(['en-US']);
    const { store } = await renderApp({ name: 'home' }, undefined, {
      speaker: createSpeaker(speech.win),
    });
    act(() => store.getState().setIdleSecondsLeft(20));
    expect(speech.texts()).toEqual([]);
  });
});
