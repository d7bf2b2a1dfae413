import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import electronLog from 'electron-log/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configureLogging, LOG_FILE_MAX_BYTES } from './logging.ts';

let logDir: string;
let instance: ReturnType<typeof electronLog.create>;
beforeEach(async () => {
  logDir = await mkdtemp(join(tmpdir(), 'kiosk-log-'));
  instance = electronLog.create({ logId: `test-${Math.random()}` });
  instance.transports.console.level = false;
});
afterEach(async () => {
  await rm(logDir, { recursive: true, force: true });
});

describe('logging through electron-log', () => {
  it('writes the core’s log lines, with their details, to <logDir>/main.log', async () => {
    const log = configureLogging(instance, logDir);
    log.info('The kiosk is running');
    log.warn('Blocked a navigation', { url: 'https://example.com/' });
    log.error('It broke');
    const text = await readFile(join(logDir, 'main.log'), 'utf8');
    expect(text).toMatch(/\[info\]\s+The kiosk is running/);
    expect(text).toMatch(/\[warn\]\s+Blocked a navigation.*https:\/\/example\.com\//s);
    expect(text).toMatch(/\[error\]\s+It broke/);
  });

  it('caps the file at 5 MB', () => {
    configureLogging(instance, logDir);
    expect(instance.transports.file.maxSize).toBe(LOG_FILE_MAX_BYTES);
    expect(LOG_FILE_MAX_BYTES).toBe(5 * 1024 * 1024);
  });

  it('rotates past the cap: main.log starts again and the previous one is kept as main.old.log', async () => {
    const log = configureLogging(instance, logDir);
    // The real cap is 5 MB; a small one shows the same rotation without writing megabytes.
    instance.transports.file.maxSize = 2_000;
    for (let i = 0; i < 60; i++) log.info(`line ${i} ${'x'.repeat(40)}`);
    expect((await readdir(logDir)).sort()).toEqual(['main.log', 'main.old.log']);
    const current = await readFile(join(logDir, 'main.log'), 'utf8');
    expect(current.length).toBeLessThan(2_000 + 200);
    expect(current).toContain('line 59');
  });
});
