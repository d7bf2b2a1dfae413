import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { INTERACTIVE_MARK } from '../lib/render-marks.ts';
import { createKioskStore } from '../store/kiosk-store.ts';
import { KioskStoreProvider } from '../store/store-context.tsx';
import { createFakeKioskApi } from '../test-support/fake-kiosk-api.ts';
import { renderApp } from '../test-support/render-app.tsx';
import { App } from './app.tsx';

describe('App', () => {
  afterEach(cleanup);

  it('begins on a touch of the attract screen', async () => {
    await renderApp({ name: 'attract' });
    expect(screen.queryByRole('button', { name: 'Home' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Touch to begin' }));
    expect(screen.getByRole('button', { name: 'Library Services' })).toBeTruthy();
  });

  it('reaches home and privacy from the bar on every other screen', async () => {
    await renderApp({ name: 'program', programId: 'contracts' });
    fireEvent.click(screen.getByRole('button', { name: 'Privacy' }));
    expect(
      screen.getByRole('heading', { level: 1, name: 'Privacy Policy Statement' }),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Privacy' }).getAttribute('aria-current')).toBe(
      'page',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Home' }));
    expect(
      screen.getByRole('heading', { level: 1, name: 'Administrative Services Bureau' }),
    ).toBeTruthy();
  });

  it('sends visitors to the reception desk when content cannot load, and retries', async () => {
    const api = createFakeKioskApi();
    api.failWith(new Error('The content store is not ready'));
    const store = createKioskStore(api);
    await store.getState().loadContent();
    render(
      <KioskStoreProvider store={store}>
        <App />
      </KioskStoreProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Please ask at the reception desk' })).toBeTruthy();

    api.failWith(null);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: 'Touch to begin' })).toBeTruthy();
  });

  it('marks the page interactive once React has it, content or not, and only once', () => {
    performance.clearMarks(INTERACTIVE_MARK);
    const store = createKioskStore(createFakeKioskApi());
    const view = render(
      <KioskStoreProvider store={store}>
        <App />
      </KioskStoreProvider>,
    );
    expect(performance.getEntriesByName(INTERACTIVE_MARK, 'mark')).toHaveLength(1);
    view.unmount();
    render(
      <KioskStoreProvider store={store}>
        <App />
      </KioskStoreProvider>,
    );
    expect(performance.getEntriesByName(INTERACTIVE_MARK, 'mark')).toHaveLength(1);
  });

  it('shows a calm message while the content is on its way', () => {
    const store = createKioskStore(createFakeKioskApi());
    render(
      <KioskStoreProvider store={store}>
        <App />
      </KioskStoreProvider>,
    );
    expect(screen.getByText('One moment, please')).toBeTruthy();
  });
});
