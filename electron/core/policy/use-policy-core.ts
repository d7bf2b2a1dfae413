import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { Content } from '../../contract/content-schema.ts';
import type { Policy } from '../../contract/policy-schema.ts';
import { setPin } from '../admin/set-pin.ts';
import type { KioskCore } from '../kiosk-core-types.ts';
import { openKioskCore } from '../open-kiosk-core.ts';
import { makeContent } from '../test-support/make-content.ts';
import { createRecordingLogger } from '../test-support/recording-logger.ts';
import type { LoadedPolicy } from './read-policy.ts';

export const STAFF_PIN = '30405060';
export const POLICY_PATH = '/etc/asb-lobby-kiosk/policy.json';
/** The cheapest hash IT's policy accepts (MIN_POLICY_SCRYPT). */
export const FAST_SCRYPT = { N: 2 ** 14, r: 8, p: 1 };

export interface PolicyCoreFixture {
  dataDir: string;
  log: ReturnType<typeof createRecordingLogger>;
  /** Opens the real core on the fixture's data folder; closed after the test. */
  open(policy?: Policy | LoadedPolicy): Promise<KioskCore>;
  /** Stores STAFF_PIN in security.json, as `set-pin` does. */
  storePin(): Promise<void>;
  signIn(core: KioskCore, pin?: string): Promise<string>;
  /** Publishes `content` as staff, through the operations. */
  publish(core: KioskCore, change: (content: Content) => Content): Promise<void>;
}

/** A data folder with a bundled default, per test, for the core under IT's policy. */
export function usePolicyCore(): PolicyCoreFixture {
  let root = '';
  let cores: KioskCore[] = [];
  const fixture = {} as PolicyCoreFixture;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'policy-core-'));
    fixture.dataDir = join(root, 'data');
    fixture.log = createRecordingLogger();
    cores = [];
    await writeFile(join(root, 'default.json'), JSON.stringify(makeContent('Default')));
  });
  afterEach(async () => {
    await Promise.all(cores.map((core) => core.close()));
    await rm(root, { recursive: true, force: true });
  });
  fixture.open = async (policy) => {
    const loaded =
      policy === undefined || 'path' in policy
        ? policy
        : { policy, path: POLICY_PATH, problem: null };
    const core = await openKioskCore({
      dataDir: fixture.dataDir,
      defaultContentPath: join(root, 'default.json'),
      log: fixture.log,
      ...(loaded === undefined ? {} : { policy: loaded }),
    });
    cores.push(core);
    return core;
  };
  fixture.storePin = () =>
    setPin({ dataDir: fixture.dataDir, pin: STAFF_PIN, log: fixture.log, scrypt: FAST_SCRYPT });
  fixture.signIn = async (core, pin = STAFF_PIN) =>
    (await core.invoke('adminSignIn', { pin })).token;
  fixture.publish = async (core, change) => {
    const token = await fixture.signIn(core);
    const { content } = await core.invoke('getPublishedContent', undefined);
    await core.invoke('saveDraft', { token, content: change(content) });
    await core.invoke('publishDraft', { token, initials: 'JD' });
  };
  return fixture;
}

export const withIdle = (content: Content, idleTimeoutSeconds: number): Content => ({
  ...content,
  kiosk: { ...content.kiosk, idleTimeoutSeconds },
});
