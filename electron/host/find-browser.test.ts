import { describe, expect, it } from 'vitest';
import { browserCandidates, findBrowser, hasDisplay } from './find-browser.ts';

const only =
  (...present: string[]) =>
  (path: string) =>
    present.includes(path);

describe('findBrowser', () => {
  it('prefers CHROMIUM_PATH when it exists', () => {
    const found = findBrowser({
      env: { CHROMIUM_PATH: '/opt/chrome/chrome', PATH: '/usr/bin' },
      platform: 'linux',
      exists: only('/opt/chrome/chrome', '/usr/bin/chromium'),
    });
    expect(found).toBe('/opt/chrome/chrome');
  });

  it('falls back when CHROMIUM_PATH names nothing', () => {
    const found = findBrowser({
      env: { CHROMIUM_PATH: '/gone', PATH: '' },
      platform: 'linux',
      exists: only('/usr/bin/chromium'),
    });
    expect(found).toBe('/usr/bin/chromium');
  });

  it('tries /usr/bin/chromium first on Linux, then the other names along PATH', () => {
    const env = { PATH: '/usr/local/bin:/usr/bin:/snap/bin' };
    expect(browserCandidates({ env, platform: 'linux' }).slice(0, 4)).toEqual([
      '/usr/bin/chromium',
      '/usr/local/bin/chromium',
      '/snap/bin/chromium',
      '/usr/bin/chromium-browser',
    ]);
    expect(
      findBrowser({ env, platform: 'linux', exists: only('/snap/bin/chromium-browser') }),
    ).toBe('/snap/bin/chromium-browser');
    expect(findBrowser({ env, platform: 'linux', exists: only('/usr/bin/google-chrome') })).toBe(
      '/usr/bin/google-chrome',
    );
  });

  it('finds Chrome or Chromium in /Applications on macOS', () => {
    expect(
      findBrowser({
        env: {},
        platform: 'darwin',
        exists: only('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'),
      }),
    ).toBe('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
  });

  it('finds Chrome, else Edge, under Program Files on Windows', () => {
    const env = {
      PROGRAMFILES: 'C:\\Program Files',
      'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
    };
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    const chrome = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
    expect(findBrowser({ env, platform: 'win32', exists: only(edge, chrome) })).toBe(chrome);
    expect(findBrowser({ env, platform: 'win32', exists: only(edge) })).toBe(edge);
  });

  it('returns undefined when no Chromium is installed', () => {
    expect(findBrowser({ env: { PATH: '/usr/bin' }, platform: 'linux', exists: () => false })).toBe(
      undefined,
    );
  });
});

describe('hasDisplay', () => {
  it.each([
    ['linux', {}, false],
    ['linux', { DISPLAY: ':0' }, true],
    ['linux', { WAYLAND_DISPLAY: 'wayland-0' }, true],
    ['linux', { DISPLAY: '' }, false],
    ['freebsd', { DISPLAY: ':0' }, true],
    ['win32', {}, true],
    ['darwin', {}, true],
  ] as const)('on %s with %j is %s', (platform, env, expected) => {
    expect(hasDisplay({ env, platform })).toBe(expected);
  });
});
