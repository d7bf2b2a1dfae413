import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../test-support/render-app.tsx';
import { withBoxes } from '../test-support/with-boxes.ts';

const scrollButtons = () => screen.queryAllByRole('button', { name: /^Scroll (up|down)$/ });
const heading = () => screen.getByRole('heading', { level: 1 });
const scrollArea = () =>
  document.getElementById(scrollButtons()[0]?.getAttribute('aria-controls') ?? '');

describe('ScreenLayout', () => {
  afterEach(cleanup);

  describe('on a screen with more than it shows', () => {
    withBoxes({ clientHeight: 800, scrollHeight: 3000 });

    it('offers no scroll buttons outside reach mode', async () => {
      await renderApp({ name: 'home' });
      expect(scrollButtons()).toHaveLength(0);
    });

    it('in reach mode, gives home scroll buttons for the area under its header', async () => {
      const { store } = await renderApp({ name: 'home' });
      act(() => store.getState().toggleAccessibility('reachMode'));
      expect(scrollButtons()).toHaveLength(2);
      // The header stays above the reach line: it never scrolls there, nor do tiles under it.
      expect(scrollArea()?.contains(heading())).toBe(false);
      expect(scrollArea()?.contains(screen.getByRole('button', { name: 'Contracts' }))).toBe(true);
    });
  });

  describe('on a screen that shows all it holds', () => {
    withBoxes({ clientHeight: 800, scrollHeight: 800 });

    it('in reach mode, draws no scroll buttons', async () => {
      const { store } = await renderApp({ name: 'home' });
      act(() => store.getState().toggleAccessibility('reachMode'));
      expect(scrollButtons()).toHaveLength(0);
    });

    it('scrolls home’s header with the tiles outside reach mode', async () => {
      await renderApp({ name: 'home' });
      const area = document.querySelector('.screen__area');
      expect(area?.contains(heading())).toBe(true);
    });
  });
});
