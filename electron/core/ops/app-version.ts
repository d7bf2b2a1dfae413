import { readFile } from 'node:fs/promises';

/** What the heartbeat says when package.json cannot tell: the kiosk still runs and reports. */
export const UNKNOWN_VERSION = 'unknown';

/**
 * The version in a package.json, for the browser shell, which runs from the repository (the
 * Electron shell asks app.getVersion()).
 */
export async function readAppVersion(
  packageJson: string | URL,
  read: (path: string | URL) => Promise<string> = (path) => readFile(path, 'utf8'),
): Promise<string> {
  try {
    const { version } = JSON.parse(await read(packageJson)) as { version?: unknown };
    return typeof version === 'string' && version !== '' ? version : UNKNOWN_VERSION;
  } catch {
    return UNKNOWN_VERSION;
  }
}
