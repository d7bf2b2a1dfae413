import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Now } from '../clock.ts';
import { describeFsError } from '../store/durable-fs.ts';
import { FLEET_STATUS_EXTENSION } from './fleet-status-file.ts';
import { FleetStatusRecord } from './fleet-status-record.ts';
import { judgeAge, type JudgedAge } from './judge-age.ts';

// A kiosk writes well under 2 KB; anything far larger is not a status file.
const MAX_STATUS_BYTES = 64 * 1024;

export type KioskRow =
  | ({ file: string; kioskName: string; status: FleetStatusRecord } & JudgedAge)
  | { file: string; kioskName: string; state: 'unreadable'; why: string };

/**
 * Every `*.json` in the status folder, by name, each judged by its modification time as this
 * computer sees it (judgeAge). A file that is not a kiosk's status is a row that says why,
 * never a failure of the whole. Throws only when the folder itself cannot be listed.
 */
export async function readFleetStatus(dir: string, now: Now): Promise<KioskRow[]> {
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && entry.name.endsWith(FLEET_STATUS_EXTENSION))
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b));
  const nowMs = now();
  return Promise.all(names.map((name) => readRow(dir, name, nowMs)));
}

async function readRow(dir: string, file: string, nowMs: number): Promise<KioskRow> {
  const kioskName = file.slice(0, -FLEET_STATUS_EXTENSION.length);
  const unreadable = (why: string): KioskRow => ({ file, kioskName, state: 'unreadable', why });
  const path = join(dir, file);
  let text: string;
  let modifiedMs: number;
  try {
    const facts = await stat(path);
    if (facts.size > MAX_STATUS_BYTES) return unreadable('too large to be a status file');
    modifiedMs = facts.mtimeMs;
    text = await readFile(path, 'utf8');
  } catch (error) {
    return unreadable(`cannot be read: ${describeFsError(error)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return unreadable('not valid JSON (a write cut short, or not a status file)');
  }
  const parsed = FleetStatusRecord.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `"${issue.path.join('.')}": ` : '';
    return unreadable(`not a kiosk status file (${where}${issue?.message ?? 'unknown shape'})`);
  }
  // A copied or renamed file would otherwise stand in for a kiosk that wrote nothing.
  if (parsed.data.kioskName !== kioskName) {
    return unreadable(`it is the status of "${parsed.data.kioskName}", not of "${kioskName}"`);
  }
  return { file, kioskName, status: parsed.data, ...judgeAge(modifiedMs, nowMs) };
}
