import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { httpRoute } from '../contract/wire.ts';
import { setPin } from '../core/index.ts';
import type { RunningHost } from './start-host.ts';
import { startRealHost, type RealHost } from './test-support/real-host.ts';

const PIN = '24682468';

// Admin's "Quit the kiosk" in the browser shell, end to end on the real core: the answer must
// reach the page before the server closes under it, and the process must end with 0.
describe('quitting the browser shell from admin', () => {
  let real: RealHost;
  let host: RunningHost;
  let exits: number[];

  beforeEach(async () => {
    exits = [];
    real = await startRealHost({
      prepare: (dataDir, log) =>
        setPin({ dataDir, pin: PIN, log, scrypt: { N: 1024, r: 8, p: 1 } }),
      exit: (code) => void exits.push(code),
    });
    ({ host } = real);
  });
  afterEach(() => real.stop());

  const call = (name: Parameters<typeof httpRoute>[0], input: unknown) =>
    fetch(new URL(httpRoute(name), host.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ input }),
    });

  it('answers, records who quit, closes the server and exits 0', async () => {
    const signIn = await call('adminSignIn', { pin: PIN });
    const { output } = (await signIn.json()) as { output: { token: string } };

    const res = await call('quitKiosk', { token: output.token, initials: 'JD' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({});

    await vi.waitFor(() => expect(exits).toEqual([0]));
    await expect(fetch(host.url)).rejects.toThrow();
    const audit = await readFile(join(real.dataDir, 'audit.jsonl'), 'utf8');
    expect(audit.trim().split('\n').at(-1)).toMatch(/"action":"kiosk-quit","initials":"JD"/);
  });

  it('refuses without a session and keeps serving', async () => {
    const res = await call('quitKiosk', { token: 'guess', initials: 'JD' });
    expect(res.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(exits).toEqual([]);
    expect((await fetch(host.url)).status).toBe(200);
  });
});
