import { describe, expect, it } from 'vitest';
import { readAppVersion, UNKNOWN_VERSION } from './app-version.ts';

describe('readAppVersion', () => {
  it('reads this repository’s package.json', async () => {
    const version = await readAppVersion(new URL('../../../package.json', import.meta.url));
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('says unknown when the file is missing, broken or has no version', async () => {
    const missing = async () => Promise.reject(new Error('ENOENT'));
    expect(await readAppVersion('/none/package.json', missing)).toBe(UNKNOWN_VERSION);
    expect(await readAppVersion('p', async () => '{"version":')).toBe(UNKNOWN_VERSION);
    expect(await readAppVersion('p', async () => '{"name":"x"}')).toBe(UNKNOWN_VERSION);
    expect(await readAppVersion('p', async () => '{"version":"2.0.1"}')).toBe('2.0.1');
  });
});
