import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../test-support/render-app.tsx';

const marked = (name: string) =>
  screen.getByRole('button', { name }).querySelector('.language-switch__check') !== null;

describe('LanguageSwitch', () => {
  afterEach(cleanup);

  it.each([{ name: 'attract' as const }, { name: 'home' as const }])(
    'marks the chosen language with more than a colour ($name)',
    async (where) => {
      await renderApp(where);
      expect([marked('English'), marked('Español')]).toEqual([true, false]);
      fireEvent.click(screen.getByRole('button', { name: 'Español' }));
      expect([marked('English'), marked('Español')]).toEqual([false, true]);
    },
  );
});
