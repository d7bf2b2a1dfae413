import { execFile } from 'node:child_process';
import { readdir, realpath } from 'node:fs/promises';
import { posix, win32 } from 'node:path';

/**
 * Where removable drives are mounted, from what the OS shows without native modules:
 * - Linux: the desktop's automounter puts them in /media/<user>/<label> (Debian, Ubuntu) or
 *   /run/media/<user>/<label> (Fedora, Arch).
 * - macOS: /Volumes/<label>, where the boot volume also appears, as a link to /.
 * - Windows: drive letters Windows reports as removable (DriveType 2), asked of PowerShell.
 */
export type DriveFacts =
  | { platform: 'linux'; user: string; media: readonly string[]; runMedia: readonly string[] }
  | { platform: 'darwin'; volumes: readonly { name: string; isBoot: boolean }[] }
  | { platform: 'win32'; removableLetters: readonly string[] };

/** The folders of the attached removable drives, each with the name staff know it by. */
export function removableRoots(facts: DriveFacts): { folder: string; name: string }[] {
  switch (facts.platform) {
    case 'linux':
      return [
        ...facts.media.map((name) => ({ folder: posix.join('/media', facts.user, name), name })),
        ...facts.runMedia.map((name) => ({
          folder: posix.join('/run/media', facts.user, name),
          name,
        })),
      ];
    case 'darwin':
      return facts.volumes
        .filter((volume) => !volume.isBoot)
        .map(({ name }) => ({ folder: posix.join('/Volumes', name), name }));
    case 'win32':
      return facts.removableLetters.map((letter) => ({
        folder: win32.join(`${letter}:`, '\\'),
        name: `drive ${letter}:`,
      }));
  }
}

/** The drive letters in PowerShell's answer, one per line ("E:"); anything else is ignored. */
export function parseDriveLetters(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => /^\s*([A-Za-z]):\s*$/.exec(line)?.[1]?.toUpperCase())
    .filter((letter): letter is string => letter !== undefined);
}

const WINDOWS_REMOVABLE =
  "Get-CimInstance Win32_LogicalDisk -Filter 'DriveType=2' | ForEach-Object { $_.DeviceID }";

/** Reads this machine's facts; a folder that is not there means no drive is attached there. */
export async function readDriveFacts(
  platform: NodeJS.Platform,
  user: string,
): Promise<DriveFacts | null> {
  if (platform === 'linux') {
    return {
      platform,
      user,
      media: await folderNames(posix.join('/media', user)),
      runMedia: await folderNames(posix.join('/run/media', user)),
    };
  }
  if (platform === 'darwin') {
    const names = await folderNames('/Volumes');
    const volumes = await Promise.all(
      names.map(async (name) => ({
        name,
        isBoot: await realpath(posix.join('/Volumes', name)).then(
          (real) => real === '/',
          () => true,
        ),
      })),
    );
    return { platform, volumes };
  }
  if (platform === 'win32') {
    return { platform, removableLetters: parseDriveLetters(await powershell(WINDOWS_REMOVABLE)) };
  }
  return null;
}

async function folderNames(folder: string): Promise<string[]> {
  try {
    const entries = await readdir(folder, { withFileTypes: true });
    return entries
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
      .map((entry) => entry.name);
  } catch {
    return [];
  }
}

function powershell(command: string): Promise<string> {
  return new Promise((resolve) => {
    execFile(
      'powershell.exe',
      ['-NoProfile', '-NonInteractive', '-Command', command],
      { timeout: 5_000, windowsHide: true },
      // No answer means no drive the kiosk can name: the transfer folder still works.
      (error, stdout) => resolve(error ? '' : stdout),
    );
  });
}

/** The removable drives attached now, for the transfer places. */
export async function listRemovableDrives(
  platform: NodeJS.Platform,
  user: string,
): Promise<{ folder: string; name: string }[]> {
  const facts = await readDriveFacts(platform, user);
  return facts === null ? [] : removableRoots(facts);
}
