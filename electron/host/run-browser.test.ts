import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { browserArgs, runBrowser } from './run-browser.ts';

describe('browserArgs', () => {
  const base = { url: 'http://127.0.0.1:5000/', profileDir: '/data/browser-profile' };

  it('opens the URL as an app window with its own profile and no prompts or offers', () => {
    expect(browserArgs({ ...base, kiosk: false, asRoot: false })).toEqual([
      '--app=http://127.0.0.1:5000/',
      '--user-data-dir=/data/browser-profile',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-features=Translate',
    ]);
  });

  it('opens full screen in kiosk mode, with the sandbox on, when not run as root', () => {
    const kiosk = browserArgs({ ...base, kiosk: true, asRoot: false });
    expect(kiosk).toContain('--kiosk');
    expect(kiosk).toContain('--app=http://127.0.0.1:5000/');
    expect(kiosk).not.toContain('--no-sandbox');
    expect(kiosk).not.toContain('--test-type');
  });

  it('as root, turns the sandbox off without the warning bar that would face visitors', () => {
    for (const kiosk of [true, false]) {
      const root = browserArgs({ ...base, kiosk, asRoot: true });
      expect(root).toEqual(expect.arrayContaining(['--no-sandbox', '--test-type']));
      expect(root.includes('--kiosk')).toBe(kiosk);
    }
  });
});

describe.skipIf(process.platform === 'win32')('runBrowser', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'asb-kiosk-browser-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  async function fakeBrowser(script: string): Promise<string> {
    const path = join(dir, 'fake-browser');
    await writeFile(path, `#!/bin/sh\n${script}\n`);
    await chmod(path, 0o755);
    return path;
  }

  it('runs the browser with the arguments and reports its exit', async () => {
    const browser = await fakeBrowser(`printf '%s\\n' "$@" > "${dir}/args"; exit 3`);
    const running = runBrowser(browser, ['--app=http://127.0.0.1:1/', '--kiosk']);
    expect(await running.exited).toBe(3);
    expect(await readFile(join(dir, 'args'), 'utf8')).toBe('--app=http://127.0.0.1:1/\n--kiosk\n');
  });

  it('stops the browser', async () => {
    const browser = await fakeBrowser('exec sleep 30');
    const running = runBrowser(browser, []);
    running.stop();
    expect(await running.exited).toBe(null);
  });

  it('rejects in plain words when the browser cannot be started', async () => {
    const running = runBrowser(join(dir, 'missing'), []);
    await expect(running.exited).rejects.toThrow(/^Could not start the browser at .*missing: /);
  });
});
