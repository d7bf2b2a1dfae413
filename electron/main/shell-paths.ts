import { join, resolve } from 'node:path';
import { readKioskSetup, type LoadedPolicy, type ReadText } from '../core/index.ts';

export interface ShellPathInputs {
  argv: readonly string[];
  isPackaged: boolean;
  /** process.resourcesPath: where electron-builder puts extraResources. */
  resourcesPath: string;
  /** The folder of the bundled main.js (dist/electron), found from import.meta.url. */
  bundleDir: string;
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  homedir: string;
  /** For tests: reads the policy file instead of the disk. */
  readPolicyText?: ReadText;
}

export interface ShellPaths {
  /**
   * IT's policy, read here because it names the data folder. Pass it to openKioskCore; the
   * shell itself reads autoStart, kioskMode, displayAwake and updateServer from `policy.policy`.
   */
  policy: LoadedPolicy;
  dataDir: string;
  logDir: string;
  defaultContentPath: string;
  rendererDir: string;
  preloadPath: string;
  /** Why `--data-dir` was ignored, when it was: logged once the log is open. */
  dataDirNotice?: string;
}

/**
 * The data folder is the --data-dir flag (installed, only when IT's policy allows it), else IT's
 * policy's dataDir, else the per-user folder.
 * Everything bundled is found from where main.js lies, not from app.getAppPath(): started as
 * `electron dist/electron/main.js` (as Playwright does) Electron takes dist/electron for the
 * app path, while `electron .` and the packaged app take the folder (or asar) holding
 * package.json. Two levels up from main.js is that folder in every case.
 */
export function shellPaths(inputs: ShellPathInputs): ShellPaths {
  const appRoot = resolve(inputs.bundleDir, '..', '..');
  // Packaged, KIOSK_POLICY_FILE is ignored: only IT's file at the documented path counts.
  const { policy, dataDir, dataDirNotice } = readKioskSetup({
    flag: dataDirFlag(inputs.argv),
    env: inputs.env,
    platform: inputs.platform,
    homedir: inputs.homedir,
    isPackaged: inputs.isPackaged,
    ...(inputs.readPolicyText === undefined ? {} : { readText: inputs.readPolicyText }),
  });
  return {
    policy,
    dataDir,
    logDir: join(dataDir, 'logs'),
    // Packaged, the default content is an extraResource next to app.asar (electron-builder.yml).
    defaultContentPath: inputs.isPackaged
      ? join(inputs.resourcesPath, 'default-content.json')
      : join(appRoot, 'data', 'default-content.json'),
    rendererDir: join(appRoot, 'dist', 'renderer'),
    preloadPath: join(inputs.bundleDir, 'preload.cjs'),
    ...(dataDirNotice === undefined ? {} : { dataDirNotice }),
  };
}

/**
 * `--data-dir DIR` or `--data-dir=DIR`, anywhere on the command line (Electron and Chromium
 * put their own switches around it). A flag without a value gives '' so that resolveDataDir
 * explains what is missing.
 */
export function dataDirFlag(argv: readonly string[]): string | undefined {
  for (const [index, arg] of argv.entries()) {
    if (arg === '--data-dir') {
      const value = argv[index + 1];
      return value === undefined || value.startsWith('--') ? '' : value;
    }
    if (arg.startsWith('--data-dir=')) return arg.slice('--data-dir='.length);
  }
  return undefined;
}
