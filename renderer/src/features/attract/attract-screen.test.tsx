import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LONG_PRESS_MS } from '../../hooks/use-admin-entry.ts';
import { MAIN_TEXT_TIMING } from '../../lib/render-marks.ts';
import { renderApp } from '../../test-support/render-app.tsx';

describe('AttractScreen', () => {
  afterEach(cleanup);

  it('names its title for Element Timing, the paint the start-up benchmark times', async () => {
    await renderApp({ name: 'attract' });
    const title = screen.getByRole('heading', { level: 1 });
    expect(title.getAttribute('elementtiming')).toBe(MAIN_TEXT_TIMING);
    expect(document.querySelectorAll('[elementtiming]')).toHaveLength(1);
  });

  it('says the bureau’s name once when the welcome title already holds it', async () => {
    await renderApp({ name: 'attract' });
    expect(screen.getAllByText(/Administrative Services Bureau/)).toHaveLength(1);
  });

  it('opens staff sign-in on a 3-second hold of the wordmark, without beginning', async () => {
    const { store } = await renderApp({ name: 'attract' });
    vi.useFakeTimers();
    try {
      fireEvent.pointerDown(screen.getByText('ASB'));
      await act(async () => vi.advanceTimersByTimeAsync(LONG_PRESS_MS));
      fireEvent.pointerUp(screen.getByText('ASB'));
      fireEvent.click(screen.getByText('ASB'));
    } finally {
      vi.useRealTimers();
    }
    await waitFor(() => expect(store.getState().adminView).toBe('pin'));
    expect(store.getState().screen.name).toBe('attract');
  });

  it('begins the visit on a tap of the wordmark, like anywhere else on the screen', async () => {
    const { store } = await renderApp({ name: 'attract' });
    fireEvent.pointerDown(screen.getByText('ASB'));
    fireEvent.pointerUp(screen.getByText('ASB'));
    fireEvent.click(screen.getByText('ASB'));
    expect(store.getState().screen.name).toBe('home');
    expect(store.getState().adminView).toBe('closed');
  });
});
