import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../contract/security-headers.ts';
import { createRecordingLogger } from '../core/test-support/recording-logger.ts';
import { createAppProtocolHandler, type ReadFile } from './protocol-handler.ts';

let rendererDir: string;
let outside: string;
beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), 'kiosk-protocol-'));
  rendererDir = join(root, 'renderer');
  outside = join(root, 'secret.txt');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>kiosk</title>');
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(rendererDir, 'assets', 'font.woff2'), 'wOF2');
  await writeFile(outside, 'do not serve');
});
afterAll(async () => {
  await rm(join(rendererDir, '..'), { recursive: true, force: true });
});

function handler(readFile?: ReadFile) {
  const log = createRecordingLogger();
  return { log, handle: createAppProtocolHandler({ rendererDir, log, readFile }) };
}

const get = (url: string, method = 'GET') => handler().handle(new Request(url, { method }));

function expectSecurityHeaders(response: Response): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    expect(response.headers.get(name), name).toBe(value);
  }
}

describe('the app:// protocol', () => {
  it('serves index.html at app://kiosk/', async () => {
    const response = await get('app://kiosk/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>kiosk</title>');
  });

  it.each(['app://kiosk/', 'app://kiosk/index.html'])(
    'serves %s from the page it is given (the first screen rendered in), with the headers',
    async (url) => {
      const log = createRecordingLogger();
      const handle = createAppProtocolHandler({
        rendererDir,
        log,
        page: async () => '<!doctype html><div id="root"><main>Rendered</main></div>',
      });
      const response = await handle(new Request(url));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expectSecurityHeaders(response);
      expect(await response.text()).toContain('<main>Rendered</main>');
    },
  );

  it('serves the other files from disk when it has a page', async () => {
    const handle = createAppProtocolHandler({
      rendererDir,
      log: createRecordingLogger(),
      page: async () => 'page',
    });
    expect(await (await handle(new Request('app://kiosk/assets/app.js'))).text()).toBe(
      'console.log(1)',
    );
  });

  it.each([
    ['app://kiosk/assets/app.js', 'text/javascript; charset=utf-8'],
    ['app://kiosk/assets/font.woff2', 'font/woff2'],
  ])('serves %s as %s', async (url, type) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://kiosk/', 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it('answers 404 for a file that is not there, or a folder', async () => {
    expect((await get('app://kiosk/nothing.js')).status).toBe(404);
    expect((await get('app://kiosk/assets')).status).toBe(404);
  });

  it.each([
    'app://kiosk/..%2fsecret.txt',
    'app://kiosk/assets/..%2f..%2fsecret.txt',
    'app://kiosk/%2e%2e%2fsecret.txt',
    'app://other/index.html',
  ])('refuses %s with 403, logs it and reads nothing', async (url) => {
    const reads: string[] = [];
    const { handle, log } = handler(async (path) => {
      reads.push(path);
      return new Uint8Array();
    });
    const response = await handle(new Request(url));
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('do not serve');
    expect(reads).toEqual([]);
    expect(log.lines).toEqual([expect.objectContaining({ level: 'warn' })]);
  });

  it('refuses to be written to', async () => {
    expect((await get('app://kiosk/index.html', 'POST')).status).toBe(405);
  });

  it('answers 500, and logs, when a file cannot be read', async () => {
    const { handle, log } = handler(async () => {
      throw Object.assign(new Error('I/O error'), { code: 'EIO' });
    });
    expect((await handle(new Request('app://kiosk/'))).status).toBe(500);
    expect(log.lines[0]?.level).toBe('error');
  });

  it('serves the reception-desk page from code, even with no renderer built', async () => {
    const { handle } = handler(async () => {
      throw Object.assign(new Error('gone'), { code: 'ENOENT' });
    });
    const page = await handle(new Request('app://kiosk/__unavailable'));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Please ask at the reception desk');
    const style = await handle(new Request('app://kiosk/__unavailable.css'));
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });
});

describe('every app:// response carries the shared security headers (CSP)', () => {
  it.each([
    ['a page', 'app://kiosk/'],
    ['an asset', 'app://kiosk/assets/app.js'],
    ['a missing file', 'app://kiosk/nothing.js'],
    ['a refusal', 'app://kiosk/..%2fsecret.txt'],
    ['the reception-desk page', 'app://kiosk/__unavailable'],
  ])('%s', async (_what, url) => {
    const response = await get(url);
    expectSecurityHeaders(response);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('on a method it refuses too', async () => {
    expectSecurityHeaders(await get('app://kiosk/', 'DELETE'));
  });
});
