import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HTTP_EVENTS_ROUTE, httpRoute } from '../contract/api.ts';
import { DEFAULT_CONTENT_PATH } from './repo-paths.ts';
import { startHost, type RunningHost } from './start-host.ts';
import { createRecordingLogger } from './test-support/recording-logger.ts';
import { makeRendererDir } from './test-support/renderer-fixture.ts';

// The one test of the shell on the real core: the wire format must hold end to end.
describe('the browser shell on the real core', () => {
  let dataDir: string;
  let renderer: Awaited<ReturnType<typeof makeRendererDir>>;
  let host: RunningHost;

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'asb-kiosk-host-core-'));
    renderer = await makeRendererDir();
    host = await startHost({
      port: 0,
      dataDir,
      rendererDir: renderer.dir,
      defaultContentPath: DEFAULT_CONTENT_PATH,
      log: createRecordingLogger(),
    });
  });
  afterEach(async () => {
    await host.close();
    await rm(dataDir, { recursive: true, force: true });
    await renderer.remove();
  });

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

  it('opens the event stream on the real core', async () => {
    const controller = new AbortController();
    const res = await fetch(new URL(HTTP_EVENTS_ROUTE, host.url), { signal: controller.signal });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    controller.abort();
  });
});
