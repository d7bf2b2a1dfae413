import { posix, win32 } from 'node:path';

export interface BrowserLookup {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  exists: (path: string) => boolean;
}

const LINUX_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

const MAC_APPS = [
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** Chromium-family browsers only: they alone have the app and kiosk modes the shell relies on. */
export function browserCandidates({ env, platform }: Omit<BrowserLookup, 'exists'>): string[] {
  const chosen = env.CHROMIUM_PATH ? [env.CHROMIUM_PATH] : [];
  if (platform === 'darwin') return [...chosen, ...MAC_APPS];
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(
      (root): root is string => Boolean(root),
    );
    return [
      ...chosen,
      ...roots.map((root) => win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe')),
      // Edge is on every Windows 10/11 machine and is Chromium underneath.
      ...roots.map((root) => win32.join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe')),
    ];
  }
  const pathDirs = (env.PATH ?? '').split(posix.delimiter).filter(Boolean);
  const dirs = ['/usr/bin', ...pathDirs.filter((dir) => dir !== '/usr/bin')];
  return [...chosen, ...LINUX_NAMES.flatMap((name) => dirs.map((dir) => posix.join(dir, name)))];
}

/** The first installed Chromium, CHROMIUM_PATH first; undefined when there is none. */
export function findBrowser(lookup: BrowserLookup): string | undefined {
  return browserCandidates(lookup).find((path) => lookup.exists(path));
}

/** Whether a window can be shown at all (a Linux server or container may have no display). */
export function hasDisplay({ env, platform }: Omit<BrowserLookup, 'exists'>): boolean {
  if (platform === 'win32' || platform === 'darwin') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}
