import { posix, win32 } from 'node:path';
import { POLICY_FILE_NAME } from '../../contract/policy-schema.ts';
import { APP_NAME } from '../data-dir.ts';

/** Points at another policy file, for development and tests only (see policyPath). */
export const POLICY_FILE_ENV = 'KIOSK_POLICY_FILE';

export interface PolicyPathOptions {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  /** True for the installed Electron app; the browser shell and the admin CLI never are. */
  isPackaged: boolean;
}

/**
 * Where IT puts the machine policy: a machine-wide folder only administrators can write.
 * Paths are built with the target platform's rules, so every platform's answer can be checked
 * on any machine. KIOSK_POLICY_FILE is honoured only when not packaged: on an installed kiosk an
 * environment variable must not be able to swap IT's policy for another.
 */
export function policyPath({ platform, env, isPackaged }: PolicyPathOptions): string {
  const override = env[POLICY_FILE_ENV];
  if (!isPackaged && override !== undefined && override !== '') return override;
  if (platform === 'win32') {
    const programData = env.ProgramData ?? env.PROGRAMDATA;
    const root = programData !== undefined && programData !== '' ? programData : 'C:\\ProgramData';
    return win32.join(root, APP_NAME, POLICY_FILE_NAME);
  }
  if (platform === 'darwin') {
    return posix.join('/Library/Application Support', APP_NAME, POLICY_FILE_NAME);
  }
  return posix.join('/etc/asb-lobby-kiosk', POLICY_FILE_NAME);
}
