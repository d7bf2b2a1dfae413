import { resolveDataDir } from '../data-dir.ts';
import { loadPolicy, type LoadedPolicy, type ReadText } from './read-policy.ts';

export interface KioskSetupOptions {
  /** The `--data-dir` value, when one was given: IT's own testing, so it wins over the policy. */
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
}

/**
 * What every shell works out before opening the core: IT's policy, then the data folder it
 * names (the flag first, then the policy, then the per-user folder). Throws only for an empty
 * `--data-dir`; a policy that cannot be used is reported in `policy.problem`, not thrown.
 */
export function readKioskSetup(options: KioskSetupOptions): KioskSetup {
  const policy = loadPolicy(options);
  const dataDir = resolveDataDir({
    flag: options.flag,
    policyDataDir: policy.policy.dataDir,
    env: options.env,
    platform: options.platform,
    homedir: options.homedir,
  });
  return { policy, dataDir };
}
