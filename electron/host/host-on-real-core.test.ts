import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HTTP_EVENTS_ROUTE, httpRoute } from '../contract/wire.ts';
import { setPin } from '../core/index.ts';
import { DEFAULT_CONTENT_PATH } from './repo-paths.ts';
import type { RunningHost } from './start-host.ts';
import { startRealHost, type RealHost } from './test-support/real-host.ts';
import type { RecordingLogger } from './test-support/recording-logger.ts';

// The shell on the real core: the wire format must hold end to end.
describe('the browser shell on the real core', () => {
  let real: RealHost;
  let dataDir: string;
  let host: RunningHost;
  let log: RecordingLogger;

  beforeEach(async () => {
    real = await startRealHost();
    ({ dataDir, host, log } = real);
  });
  afterEach(() => real.stop());

  const call = (name: string, body: string) =>
    fetch(new URL(name, host.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });

  it('answers getPublishedContent with the bundled default on a fresh data folder', async () => {
    const res = await call(httpRoute('getPublishedContent'), '{}');
    expect(res.status).toBe(200);
    const { output } = (await res.json()) as { output: { revision: number; content: unknown } };
    const bundled: unknown = JSON.parse(await readFile(DEFAULT_CONTENT_PATH, 'utf8'));
    expect(output.content).toEqual(bundled);
    expect(Number.isInteger(output.revision)).toBe(true);
  });

  it('passes the core’s refusal of a bad input through as a 400 with its issues', async () => {
    const res = await call(httpRoute('getPublishedContent'), '{"input":{"revision":"all"}}');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      code: 'bad_request',
      message: 'The input of getPublishedContent is not valid; nothing was changed.',
      issues: [expect.any(String)],
    });
  });

  it('refuses a wrong PIN as a 401 that repeats neither it nor anything in the log', async () => {
    await setPin({ dataDir, pin: '24682468', log, scrypt: { N: 1024, r: 8, p: 1 } });
    const res = await call(httpRoute('adminSignIn'), '{"input":{"pin":"13571357"}}');
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({
      code: 'unauthorized',
      message: 'That PIN is not right. 4 tries left before the PIN pad locks.',
    });
    const signedIn = await call(httpRoute('adminSignIn'), '{"input":{"pin":"24682468"}}');
    expect(signedIn.status).toBe(200);
    expect(JSON.stringify(log.lines)).not.toMatch(/13571357|24682468/);
  });

  it('opens the event stream on the real core', async () => {
    const controller = new AbortController();
    const res = await fetch(new URL(HTTP_EVENTS_ROUTE, host.url), { signal: controller.signal });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    controller.abort();
  });
});
