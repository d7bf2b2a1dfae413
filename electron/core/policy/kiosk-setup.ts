import { resolveDataDir } from '../data-dir.ts';
import { loadPolicy, type LoadedPolicy, type ReadText } from './read-policy.ts';

export interface KioskSetupOptions {
  /**
   * The `--data-dir` value, when one was given: IT's own testing, so it wins over the policy.
   * An installed kiosk takes it only when the policy sets allowDataDirSwitch.
   */
  flag?: string | undefined;
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  homedir: string;
  /** True for the installed Electron app (see policyPath). */
  isPackaged: boolean;
  readText?: ReadText;
}

export interface KioskSetup {
  /** Pass to openKioskCore; the Electron shell also reads autoStart, kioskMode and the rest. */
  policy: LoadedPolicy;
  dataDir: string;
  /** Set when `--data-dir` was given and ignored: for the shell to log, once it can. */
  dataDirNotice?: string;
}

/**
 * What every shell works out before opening the core: IT's policy, then the data folder it
 * names (the flag first, then the policy, then the per-user folder). Throws only for an empty
 * `--data-dir` that is taken; a policy that cannot be used is reported in `policy.problem`, not
 * thrown.
 *
 * An installed kiosk ignores `--data-dir` unless the policy allows it: a kiosk account, or a
 * visitor who got past the kiosk, could otherwise start it on a folder of their own, with their
 * own PIN and content.
 */
export function readKioskSetup(options: KioskSetupOptions): KioskSetup {
  const policy = loadPolicy(options);
  const flagTaken = !options.isPackaged || policy.policy.allowDataDirSwitch === true;
  const dataDir = resolveDataDir({
    flag: flagTaken ? options.flag : undefined,
    policyDataDir: policy.policy.dataDir,
    env: options.env,
    platform: options.platform,
    homedir: options.homedir,
  });
  if (flagTaken || options.flag === undefined) return { policy, dataDir };
  return {
    policy,
    dataDir,
    dataDirNotice: `--data-dir "${options.flag}" was ignored: an installed kiosk takes --data-dir only when IT's policy sets "allowDataDirSwitch": true. Its data folder is ${dataDir}.`,
  };
}
