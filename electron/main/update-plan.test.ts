import { describe, expect, it } from 'vitest';
import type { Policy } from '../contract/policy-schema.ts';
import { planUpdates, type InstallFacts } from './update-plan.ts';

const URL = 'https://updates.example.gov/kiosk';
const SUBJECT =
  'CN=California Commission on Peace Officer Standards and Training, O=California Commission on Peace Officer Standards and Training, L=Sacramento, S=California, C=US';

const WIN_FOLDER = 'C:\\Program Files\\ASB Lobby Kiosk';
const WIN_RESOURCES = `${WIN_FOLDER}\\resources`;
const UNINSTALLER = `${WIN_FOLDER}\\Uninstall ASB Lobby Kiosk.exe`;
const APP_UPDATE_YML = `${WIN_RESOURCES}\\app-update.yml`;
const BUNDLE = '/Applications/ASB Lobby Kiosk.app';

/**
 * A machine as the plan sees it: which folders the kiosk's account may write (tried with a
 * probe file), which paths exist and what they hold. Records every folder it was asked about.
 */
function machine(options: {
  platform: NodeJS.Platform;
  execPath: string;
  resourcesPath?: string;
  env?: NodeJS.ProcessEnv;
  isPackaged?: boolean;
  writable?: string[];
  files?: Record<string, string>;
}): InstallFacts & { probed: string[] } {
  const probed: string[] = [];
  const files = options.files ?? {};
  const writable = options.writable ?? [];
  return {
    platform: options.platform,
    isPackaged: options.isPackaged ?? true,
    execPath: options.execPath,
    resourcesPath: options.resourcesPath ?? '/opt/ASB Lobby Kiosk/resources',
    env: options.env ?? {},
    productName: 'ASB Lobby Kiosk',
    probed,
    canCreateFiles: (folder) => {
      probed.push(folder);
      return writable.includes(folder);
    },
    canWrite: (path) => writable.includes(path),
    exists: (path) => path in files,
    readText: (path) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
      return text;
    },
  };
}

const nsisInstall = (change: Partial<Parameters<typeof machine>[0]> = {}) =>
  machine({
    platform: 'win32',
    execPath: `${WIN_FOLDER}\\ASB Lobby Kiosk.exe`,
    resourcesPath: WIN_RESOURCES,
    writable: [WIN_FOLDER],
    files: {
      [UNINSTALLER]: '',
      [APP_UPDATE_YML]: `provider: generic\nurl: https://updates.invalid/asb-lobby-kiosk\npublisherName:\n  - California Commission on Peace Officer Standards and Training\nupdaterCacheDirName: asb-lobby-kiosk-updater\n`,
    },
    ...change,
  });

const macInstall = (writable = ['/Applications', BUNDLE]) =>
  machine({
    platform: 'darwin',
    execPath: `${BUNDLE}/Contents/MacOS/ASB Lobby Kiosk`,
    resourcesPath: `${BUNDLE}/Contents/Resources`,
    writable,
  });

const appImage = (env: NodeJS.ProcessEnv, writable = ['/home/kiosk/Applications']) =>
  machine({
    platform: 'linux',
    execPath: '/tmp/.mount_ASB-LoXXXX/asb-lobby-kiosk',
    resourcesPath: '/tmp/.mount_ASB-LoXXXX/resources',
    env,
    writable,
    // The deb's build leaves this in the shared resources folder, so the AppImage may carry it
    // too: electron-updater would then pick its deb updater (pkexec, apt). The plan ignores it.
    files: { '/tmp/.mount_ASB-LoXXXX/resources/package-type': 'deb' },
  });

const winPolicy: Pick<Policy, 'updateServer' | 'updatePublisherSubject'> = {
  updateServer: URL,
  updatePublisherSubject: SUBJECT,
};

describe('planUpdates: whether to update at all', () => {
  it('off without an update server, trying nothing and reporting nothing', () => {
    const facts = nsisInstall();
    expect(planUpdates({}, facts)).toEqual({
      selfUpdate: false,
      reason: 'Automatic updates are off: the policy file names no updateServer.',
      problem: false,
    });
    expect(facts.probed).toEqual([]);
  });

  it('never for a development run', () => {
    expect(planUpdates(winPolicy, nsisInstall({ isPackaged: false }))).toEqual({
      selfUpdate: false,
      reason: 'Automatic updates are off: this is a development run, not an installed kiosk.',
      problem: true,
    });
  });

  it('never on an OS the kiosk has no updater for', () => {
    const plan = planUpdates(winPolicy, machine({ platform: 'freebsd', execPath: '/usr/bin/k' }));
    expect(plan).toMatchObject({ selfUpdate: false, problem: true });
  });
});

describe('planUpdates on Windows', () => {
  it('updates an NSIS install whose folder the kiosk may write, pinned to IT’s subject', () => {
    const facts = nsisInstall();
    expect(planUpdates(winPolicy, facts)).toEqual({
      selfUpdate: true,
      url: URL,
      install: { kind: 'nsis', folder: WIN_FOLDER, publisherSubject: SUBJECT },
    });
    expect(facts.probed).toEqual([WIN_FOLDER]);
  });

  it('never an MSI install: no NSIS uninstaller beside the app, though app-update.yml is there', () => {
    const facts = nsisInstall();
    const msi = { ...facts, exists: (path: string) => path !== UNINSTALLER && facts.exists(path) };
    expect(planUpdates(winPolicy, msi)).toEqual({
      selfUpdate: false,
      reason: `Automatic updates are off: this is an MSI install (there is no "Uninstall ASB Lobby Kiosk.exe" in ${WIN_FOLDER}), and the updater's NSIS installer would install over it. IT's own tools update it: deploy each new .msi.`,
      problem: true,
    });
  });

  it('never a folder the kiosk’s account cannot write: the installer would ask for an administrator on screen', () => {
    expect(planUpdates(winPolicy, nsisInstall({ writable: [] }))).toEqual({
      selfUpdate: false,
      reason: `Automatic updates are off: the kiosk's account cannot change ${WIN_FOLDER}, so installing an update would ask for an administrator on screen. IT's own tools update it (Intune, Group Policy, MDM or the package manager).`,
      problem: true,
    });
  });

  it('never without updatePublisherSubject in the policy', () => {
    expect(planUpdates({ updateServer: URL }, nsisInstall())).toEqual({
      selfUpdate: false,
      reason:
        "Automatic updates are off: on Windows the policy must also name updatePublisherSubject, the whole subject of the certificate that signs the installers. Until it does, IT's own tools update this kiosk.",
      problem: true,
    });
  });

  it.each([
    ['names no publisher', { [UNINSTALLER]: '', [APP_UPDATE_YML]: 'provider: generic\n' }],
    ['is missing', { [UNINSTALLER]: '' }],
  ])(
    'never when app-update.yml %s: electron-updater would skip the signature check',
    (_case, files) => {
      expect(planUpdates(winPolicy, nsisInstall({ files }))).toEqual({
        selfUpdate: false,
        reason: `Automatic updates are off: ${APP_UPDATE_YML} names no publisherName, so electron-updater would install updates without checking their signature. Rebuild with publish.publisherName in electron-builder.yml; until then IT's own tools update this kiosk.`,
        problem: true,
      });
    },
  );
});

describe('planUpdates on macOS', () => {
  it('updates an app whose bundle and folder the kiosk may write', () => {
    expect(planUpdates({ updateServer: URL }, macInstall())).toEqual({
      selfUpdate: true,
      url: URL,
      install: { kind: 'mac', folder: '/Applications' },
    });
  });

  it.each([
    ['its folder', [BUNDLE]],
    ['its bundle', ['/Applications']],
  ])(
    'never when the kiosk’s account cannot write %s (macOS would ask for an administrator)',
    (_what, writable) => {
      expect(planUpdates({ updateServer: URL }, macInstall(writable))).toMatchObject({
        selfUpdate: false,
        reason: expect.stringMatching(
          /^Automatic updates are off: the kiosk's account cannot change/,
        ),
        problem: true,
      });
    },
  );

  it('never under a supervisor: macOS’s updater always starts the app again itself', () => {
    expect(planUpdates({ updateServer: URL, supervised: true }, macInstall())).toEqual({
      selfUpdate: false,
      reason:
        "Automatic updates are off: on macOS the updater always starts the kiosk again itself, outside its supervisor (the policy sets supervised). IT's own tools update it (MDM).",
      problem: true,
    });
  });
});

describe('planUpdates on Linux', () => {
  it('updates the AppImage it runs from (APPIMAGE), whatever resources/package-type says', () => {
    const facts = appImage({ APPIMAGE: '/home/kiosk/Applications/ASB Lobby Kiosk.AppImage' });
    expect(planUpdates({ updateServer: URL }, facts)).toEqual({
      selfUpdate: true,
      url: URL,
      install: { kind: 'appimage', folder: '/home/kiosk/Applications' },
    });
    expect(facts.probed).toEqual(['/home/kiosk/Applications']);
  });

  it.each([[{}], [{ APPIMAGE: '' }], [{ APPIMAGE: 'ASB Lobby Kiosk.AppImage' }]])(
    'never a deb (or anything not run as an AppImage): %j',
    (env) => {
      expect(planUpdates({ updateServer: URL }, appImage(env))).toEqual({
        selfUpdate: false,
        reason:
          "Automatic updates are off: the kiosk is not running as an AppImage (APPIMAGE does not name one), so it is the deb or a copy of the files. IT's own tools update it: apt with each new .deb.",
        problem: true,
      });
    },
  );

  it('never an AppImage in a folder the kiosk’s account cannot write', () => {
    const facts = appImage({ APPIMAGE: '/opt/ASB Lobby Kiosk.AppImage' });
    expect(planUpdates({ updateServer: URL }, facts)).toMatchObject({
      selfUpdate: false,
      reason: expect.stringMatching(
        /^Automatic updates are off: the kiosk's account cannot change \/opt,/,
      ),
    });
  });
});
