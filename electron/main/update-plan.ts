import { posix, win32 } from 'node:path';
import type { Policy } from '../contract/policy-schema.ts';

/** The file-system questions the plan asks; install-checks.ts answers them on the machine. */
export interface InstallChecks {
  /** Creates and removes a probe file (install-checks.ts says why not fs.access). */
  canCreateFiles(folder: string): boolean;
  /** access(W_OK): asked only on macOS. */
  canWrite(path: string): boolean;
  exists(path: string): boolean;
  /** Throws when the file cannot be read. */
  readText(path: string): string;
}

export interface InstallFacts extends InstallChecks {
  platform: NodeJS.Platform;
  isPackaged: boolean;
  /** process.execPath: the app's executable. */
  execPath: string;
  /** process.resourcesPath, where electron-builder writes app-update.yml. */
  resourcesPath: string;
  env: NodeJS.ProcessEnv;
  /** package.json's productName (app.getName()), which names the NSIS uninstaller. */
  productName: string;
}

/** An install the kiosk can replace by itself, and the electron-updater class that does it. */
export type SelfUpdateInstall =
  | { kind: 'nsis'; folder: string; publisherSubject: string }
  | { kind: 'mac'; folder: string }
  | { kind: 'appimage'; folder: string };

export type UpdatePlan =
  | { selfUpdate: true; url: string; install: SelfUpdateInstall }
  | {
      selfUpdate: false;
      /** One line for the log. */
      reason: string;
      /** IT named an update server that this kiosk will not use: a heartbeat problem. */
      problem: boolean;
    };

type Refusal = Extract<UpdatePlan, { selfUpdate: false }>;

const OFF = 'Automatic updates are off:';
const refuse = (reason: string): Refusal => ({
  selfUpdate: false,
  reason: `${OFF} ${reason}`,
  problem: true,
});
const unwritable = (folder: string): Refusal =>
  refuse(
    `the kiosk's account cannot change ${folder}, so installing an update would ask for an administrator on screen. IT's own tools update it (Intune, Group Policy, MDM or the package manager).`,
  );

/**
 * Whether the kiosk updates itself, decided once at start. Only when IT's policy names an
 * update server, and then only an install the kiosk can replace without asking anyone for an
 * administrator (at 02:00 nobody is there to answer), of a kind it knows for sure:
 *
 * - Windows: an NSIS install only. The MSI carries the same app-update.yml, and electron-updater
 *   would run the NSIS setup over it. The NSIS installer always writes
 *   `Uninstall <productName>.exe` beside the app (app-builder-lib's installer.nsh) and the MSI
 *   never does, so that file tells them apart with no registry reading and no other program. The signing certificate's whole
 *   subject must be pinned in the policy, and app-update.yml must name a publisher: without one
 *   electron-updater never calls the signature check (NsisUpdater.verifySignature).
 * - macOS: an app whose bundle and folder the kiosk's account may write, and not supervised:
 *   Squirrel.Mac always starts the app again itself.
 * - Linux: the AppImage it runs from (APPIMAGE), never the deb. electron-updater would pick its
 *   deb updater (pkexec, sudo) from resources/package-type, which the deb's build can leave in
 *   the AppImage too, so the plan names the updater instead.
 *
 * Every refusal says why and that IT's own tools update the kiosk.
 */
export function planUpdates(
  policy: Pick<Policy, 'updateServer' | 'updatePublisherSubject' | 'supervised'>,
  facts: InstallFacts,
): UpdatePlan {
  const url = policy.updateServer;
  if (url === undefined) {
    return {
      selfUpdate: false,
      reason: `${OFF} the policy file names no updateServer.`,
      problem: false,
    };
  }
  if (!facts.isPackaged) return refuse('this is a development run, not an installed kiosk.');
  const install =
    facts.platform === 'win32'
      ? windowsInstall(policy, facts)
      : facts.platform === 'darwin'
        ? macInstall(policy, facts)
        : facts.platform === 'linux'
          ? appImageInstall(facts)
          : refuse(`the kiosk does not update itself on ${facts.platform}.`);
  return 'kind' in install ? { selfUpdate: true, url, install } : install;
}

function windowsInstall(
  policy: Pick<Policy, 'updatePublisherSubject'>,
  facts: InstallFacts,
): SelfUpdateInstall | Refusal {
  const folder = win32.dirname(facts.execPath);
  const uninstaller = `Uninstall ${facts.productName}.exe`;
  if (!facts.exists(win32.join(folder, uninstaller))) {
    return refuse(
      `this is an MSI install (there is no "${uninstaller}" in ${folder}), and the updater's NSIS installer would install over it. IT's own tools update it: deploy each new .msi.`,
    );
  }
  if (!facts.canCreateFiles(folder)) return unwritable(folder);
  const publisherSubject = policy.updatePublisherSubject;
  if (publisherSubject === undefined) {
    return refuse(
      "on Windows the policy must also name updatePublisherSubject, the whole subject of the certificate that signs the installers. Until it does, IT's own tools update this kiosk.",
    );
  }
  const config = win32.join(facts.resourcesPath, 'app-update.yml');
  if (!namesPublisher(config, facts)) {
    return refuse(
      `${config} names no publisherName, so electron-updater would install updates without checking their signature. Rebuild with publish.publisherName in electron-builder.yml; until then IT's own tools update this kiosk.`,
    );
  }
  return { kind: 'nsis', folder, publisherSubject };
}

function namesPublisher(config: string, facts: InstallChecks): boolean {
  try {
    return /^publisherName:/m.test(facts.readText(config));
  } catch {
    return false;
  }
}

function macInstall(
  policy: Pick<Policy, 'supervised'>,
  facts: InstallFacts,
): SelfUpdateInstall | Refusal {
  if (policy.supervised === true) {
    return refuse(
      "on macOS the updater always starts the kiosk again itself, outside its supervisor (the policy sets supervised). IT's own tools update it (MDM).",
    );
  }
  // <folder>/ASB Lobby Kiosk.app/Contents/MacOS/ASB Lobby Kiosk
  const bundle = posix.resolve(facts.execPath, '..', '..', '..');
  const folder = posix.dirname(bundle);
  if (!facts.canCreateFiles(folder)) return unwritable(folder);
  if (!facts.canWrite(bundle)) return unwritable(bundle);
  return { kind: 'mac', folder };
}

function appImageInstall(facts: InstallFacts): SelfUpdateInstall | Refusal {
  const appImage = facts.env.APPIMAGE;
  if (appImage === undefined || !posix.isAbsolute(appImage)) {
    return refuse(
      "the kiosk is not running as an AppImage (APPIMAGE does not name one), so it is the deb or a copy of the files. IT's own tools update it: apt with each new .deb.",
    );
  }
  // electron-updater deletes the old AppImage and moves the new one into its folder.
  const folder = posix.dirname(appImage);
  if (!facts.canCreateFiles(folder)) return unwritable(folder);
  return { kind: 'appimage', folder };
}
