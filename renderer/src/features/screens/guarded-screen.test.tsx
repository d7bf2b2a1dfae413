import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentFixture } from '../../test-support/content-fixture.ts';
import { renderApp } from '../../test-support/render-app.tsx';

afterEach(cleanup);

/** React reports a caught render error on the console too; the test reads the outcome instead. */
const quietly = () => vi.spyOn(console, 'error').mockImplementation(() => undefined);

describe('a screen that fails to draw', () => {
  it('gives way to home, the kiosk still working, and is reported to the core', async () => {
    const spy = quietly();
    const content = contentFixture();
    const program = content.programs[0]!;
    // Too long for any QR code: QRCode.create throws while the program screen renders.
    program.webAddress = `https://post.ca.gov/${'a'.repeat(3000)}`;
    const { api, store } = await renderApp({ name: 'program', programId: program.id }, content);
    await waitFor(() => expect(store.getState().screen).toEqual({ name: 'home' }));
    expect(screen.getByRole('button', { name: program.title.en })).toBeTruthy();
    expect(api.screenErrors).toEqual([
      { screen: 'program', message: expect.stringMatching(/too big/i) },
    ]);
    spy.mockRestore();
  });

  it('shows a plain list of programs and numbers when home itself fails', async () => {
    const spy = quietly();
    const content = contentFixture();
    // Home draws the bureau's name; the plain list does not need it.
    (content as { bureau: unknown }).bureau = undefined;
    const { api } = await renderApp({ name: 'home' }, content);
    expect(await screen.findByText(content.programs[0]!.title.en)).toBeTruthy();
    expect(
      screen.getByText(new RegExp(content.programs[0]!.units[0]!.phone.replace(/[()]/g, '.'))),
    ).toBeTruthy();
    expect(api.screenErrors.map((report) => report.screen)).toEqual(['home']);
    spy.mockRestore();
  });
});

describe('the app’s heartbeat', () => {
  it('beats as soon as it is drawn', async () => {
    const { api } = await renderApp({ name: 'attract' });
    expect(api.beats).toBeGreaterThanOrEqual(1);
  });
});
