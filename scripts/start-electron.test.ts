import { describe, expect, it, vi } from 'vitest';
import { prepareElectron, runElectron, START_GRACE_MS } from './start-electron.ts';

describe('prepareElectron', () => {
  it('uses an installed binary without fetching', () => {
    const fetch = vi.fn();
    const binary = prepareElectron({ find: () => ({ path: '/e/electron' }), fetch, env: {} });
    expect(binary).toEqual({ path: '/e/electron' });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('fetches a missing binary, then uses it', () => {
    const find = vi
      .fn()
      .mockReturnValueOnce({ missing: 'not downloaded' })
      .mockReturnValueOnce({ path: '/e/electron' });
    const binary = prepareElectron({ find, fetch: () => ({ ok: true }), env: {} });
    expect(binary).toEqual({ path: '/e/electron' });
  });

  it('says in one line why the download failed', () => {
    const binary = prepareElectron({
      find: () => ({ missing: 'not downloaded' }),
      fetch: () => ({ ok: false, reason: 'TypeError: fetch failed' }),
      env: {},
    });
    expect(binary).toEqual({
      missing: "Electron's binary could not be downloaded (TypeError: fetch failed).",
    });
  });

  it('never downloads where ELECTRON_SKIP_BINARY_DOWNLOAD=1', () => {
    const fetch = vi.fn();
    const binary = prepareElectron({
      find: () => ({ missing: 'not downloaded' }),
      fetch,
      env: { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
    });
    expect(binary).toEqual({ missing: 'not downloaded' });
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('runElectron', () => {
  it('reports a binary that cannot be run as a failed start', async () => {
    const outcome = await runElectron('/nonexistent/electron', []);
    expect(outcome).toMatchObject({ failedToStart: expect.stringContaining('ENOENT') });
  });

  it('reports an early failing exit as a failed start', async () => {
    // Node stands in for Electron: asked to run a main.js that is not there, it exits with 1.
    const outcome = await runElectron(
      process.execPath,
      ['--data-dir', '/nowhere'],
      undefined,
      '/nowhere/main.js',
    );
    expect(outcome).toEqual({ failedToStart: 'Electron exited at start-up with code 1' });
  });

  it('passes on the exit code of a kiosk that ran past the grace period', async () => {
    let clock = 0;
    const now = (): number => (clock += START_GRACE_MS);
    const outcome = await runElectron(process.execPath, [], now, '/nowhere/main.js');
    expect(outcome).toEqual({ exitCode: 1 });
  });
});
