import { posix, win32 } from 'node:path';

/** The folder name Electron's `app.getPath('userData')` uses, so both shells share one store. */
export const APP_NAME = 'ASB Lobby Kiosk';

export interface DataDirOptions {
  /** The `--data-dir` value, when one was given. */
  flag?: string | undefined;
  /** IT's policy's dataDir, when it names one. */
  policyDataDir?: string | undefined;
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  homedir: string;
}

/**
 * The kiosk's data folder: the `--data-dir` flag (for IT's own testing), else IT's policy's
 * dataDir, else the per-user folder Electron would use. Paths are built with the target
 * platform's rules (not the host's) so that every platform's answer can be checked on any machine.
 */
export function resolveDataDir(options: DataDirOptions): string {
  const { flag, env, platform, homedir } = options;
  if (flag !== undefined) {
    if (flag.trim() === '') {
      throw new Error('--data-dir needs a folder, e.g. --data-dir /var/lib/asb-kiosk');
    }
    return flag;
  }
  if (options.policyDataDir !== undefined) return options.policyDataDir;
  if (platform === 'win32') {
    return win32.join(nonEmpty(env.APPDATA) ?? win32.join(homedir, 'AppData', 'Roaming'), APP_NAME);
  }
  if (platform === 'darwin') {
    return posix.join(homedir, 'Library', 'Application Support', APP_NAME);
  }
  // The XDG spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
  const xdg = nonEmpty(env.XDG_CONFIG_HOME);
  const configHome =
    xdg !== undefined && posix.isAbsolute(xdg) ? xdg : posix.join(homedir, '.config');
  return posix.join(configHome, APP_NAME);
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}
