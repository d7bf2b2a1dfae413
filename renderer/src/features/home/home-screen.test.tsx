import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TILE_TITLE_TIMING } from '../../lib/render-marks.ts';
import { renderApp } from '../../test-support/render-app.tsx';

const TITLES = [
  'Professional Certificates',
  'Training Reimbursement',
  'Contracts',
  'Rule Making and Information Release',
  'Graphic Design, Forms and Publications',
  'Library Services',
];

describe('HomeScreen', () => {
  afterEach(cleanup);

  it('heads the screen with the bureau name', async () => {
    await renderApp({ name: 'home' });
    expect(
      screen.getByRole('heading', { level: 1, name: 'Administrative Services Bureau' }),
    ).toBeTruthy();
  });

  it('shows the six programs as buttons named by their titles alone', async () => {
    await renderApp({ name: 'home' });
    for (const title of TITLES) expect(screen.getByRole('button', { name: title })).toBeTruthy();
  });

  it('shows a tile’s phone number at once, as its description', async () => {
    await renderApp({ name: 'home' });
    const tile = screen.getByRole('button', { name: 'Professional Certificates' });
    expect(tile.textContent).toContain('(916) 227-4253');
    expect(tile.getAttribute('aria-describedby')).toBeTruthy();
    const noPhone = screen.getByRole('button', { name: 'Graphic Design, Forms and Publications' });
    expect(noPhone.getAttribute('aria-describedby')).toBeNull();
  });

  it('names each tile’s title for Element Timing, so the start-up bench sees all six painted', async () => {
    await renderApp({ name: 'home' });
    const timed = document.querySelectorAll(`[elementtiming="${TILE_TITLE_TIMING}"]`);
    expect([...timed].map((element) => element.textContent)).toEqual(TITLES);
  });

  it('opens a program on a tap', async () => {
    const { store } = await renderApp({ name: 'home' });
    fireEvent.click(screen.getByRole('button', { name: 'Contracts' }));
    expect(store.getState().screen).toEqual({ name: 'program', programId: 'contracts' });
    expect(screen.getByRole('heading', { level: 1, name: 'Contracts' })).toBeTruthy();
  });
});
