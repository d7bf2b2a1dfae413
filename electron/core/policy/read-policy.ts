import { readFileSync, statSync } from 'node:fs';
import { posix, win32 } from 'node:path';
import type { z } from 'zod';
import {
  isPolicyKey,
  NO_POLICY,
  Policy,
  unknownKeysMessage,
  type PolicyKey,
} from '../../contract/policy-schema.ts';
import { isPinHash } from '../admin/pin-hash.ts';
import { describeFsError, errorCode } from '../store/durable-fs.ts';
import { policyPath, type PolicyPathOptions } from './policy-path.ts';

/** What the core works with: the policy in force, and what staff are told about the file. */
export interface PolicyState {
  /** The keys that were right, and usageCounts false where it could not be read (see readPolicy). */
  policy: Policy;
  /** What in the file cannot be used, one line per problem; null when all of it is used. */
  problem: string | null;
  /**
   * Why admin stays closed: the file sets the PIN, or may, and that cannot be used. In plain
   * words for staff; absent when admin may open.
   */
  adminClosed?: string | undefined;
  /**
   * True when the file has a contentSource that cannot be used: IT meant this kiosk to follow a
   * central source, so staff editing stays locked although nothing is applied.
   */
  contentSourceBroken?: true | undefined;
}

/** The policy as the shells read it at start and hand it to the core. */
export interface LoadedPolicy extends PolicyState {
  /** Where the file was looked for: for IT (log, admin CLI), never sent to the renderer. */
  path: string;
}

export const NO_POLICY_STATE: PolicyState = { policy: NO_POLICY, problem: null };

/** Reads a file's text synchronously: the Electron shell needs the policy before 'ready'. */
export type ReadText = (path: string) => string;
/** A file's mode bits (stat's `mode`). */
export type ReadMode = (path: string) => number;

const readUtf8: ReadText = (path) => readFileSync(path, 'utf8');
const statMode: ReadMode = (path) => statSync(path).mode;

const KEY_CLOSES_ADMIN =
  "Admin is closed because the PIN hash in IT's policy file cannot be used. IT needs to fix adminPinHash in policy.json.";
const FILE_CLOSES_ADMIN =
  "Admin is closed because IT's policy file cannot be used, and it may set the PIN. IT needs to fix policy.json.";
const UNREADABLE_HASH =
  'This hash cannot be read. Run `npm run admin -- hash-pin` again and paste the whole line it prints.';

/** What the kiosk does instead of a key it cannot use, where that is not simply the default. */
const INSTEAD: Partial<Record<PolicyKey, string>> = {
  dataDir: 'The kiosk uses its default data folder until this is fixed.',
  adminPinHash: 'Admin stays closed until this is fixed.',
  usageCounts: 'Usage counting stays off until this is fixed.',
  updatePublisherSubject: 'Windows updates stay off until this is fixed.',
  allowDataDirSwitch: 'An installed kiosk ignores --data-dir until this is fixed.',
  contentSource:
    'Central content stays off and content cannot be edited on this kiosk until this is fixed.',
  kioskName: 'The kiosk writes no fleet status until this is fixed.',
  statusFolder: 'The kiosk writes no fleet status until this is fixed.',
  role: 'This PC runs as a kiosk until this is fixed.',
  publisher: 'This PC runs as a kiosk, and sends nothing to other kiosks, until this is fixed.',
};

const STATUS_FOLDER_NEEDS_NAME = `"statusFolder": statusFolder needs kioskName, the name this kiosk's status file is given there, e.g. "kioskName": "Lobby 2". ${INSTEAD.statusFolder}`;

// POSIX mode bits: written by the file's group, or by everyone.
const GROUP_OR_OTHERS_WRITE = 0o022;

/**
 * Reads IT's policy and never throws: no file is NO_POLICY. The file is judged key by key: the
 * keys that are right apply, each one that is not is reported in plain words (which file, which
 * key, what to write) and left out. The security keys fail closed: a PIN hash that cannot be
 * used keeps admin shut rather than let an older PIN in, and usageCounts that cannot be read
 * keeps counting off; a file that cannot be read at all may hold either, so both hold then.
 * Never writes the file, and never quotes it: it may hold the PIN hash.
 */
export function readPolicy(
  path: string,
  platform: NodeJS.Platform,
  readText: ReadText = readUtf8,
  readMode: ReadMode = statMode,
): LoadedPolicy {
  const name = (platform === 'win32' ? win32 : posix).basename(path);
  const lines = (found: string[]): string | null =>
    found.length === 0 ? null : found.map((line) => `${name}: ${line}`).join('\n');
  const unusable = (line: string): LoadedPolicy => ({
    policy: { usageCounts: false },
    path,
    problem: lines([`${line} Admin stays closed and usage counting stays off until it is fixed.`]),
    adminClosed: FILE_CLOSES_ADMIN,
  });
  let text: string;
  try {
    text = readText(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { policy: NO_POLICY, path, problem: null };
    return unusable(
      `The file cannot be read: ${describeFsError(error)}. Let the kiosk's account read it.`,
    );
  }
  let json: unknown;
  try {
    // Notepad saves UTF-8 with a byte-order mark, which JSON.parse refuses.
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    // Never the parser's own words: they quote the file, and it may hold the PIN hash.
    return unusable(notJson(text, (error as Error).message));
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return unusable('The file must hold one JSON object, e.g. {"usageCounts": false}.');
  }
  const judged = judgeKeys(json as Record<string, unknown>);
  const found = [...judged.problems, ...writableByOthers(path, platform, readMode)];
  return {
    policy: judged.policy,
    path,
    problem: lines(found),
    ...(judged.adminClosed ? { adminClosed: KEY_CLOSES_ADMIN } : {}),
    ...(judged.contentSourceBroken ? { contentSourceBroken: true } : {}),
  };
}

function judgeKeys(json: Record<string, unknown>): {
  policy: Policy;
  problems: string[];
  adminClosed: boolean;
  contentSourceBroken: boolean;
} {
  const accepted: Partial<Record<PolicyKey, unknown>> = {};
  const problems: string[] = [];
  let adminClosed = false;
  let contentSourceBroken = false;
  const unknown = Object.keys(json).filter((key) => !isPolicyKey(key));
  for (const key of Object.keys(json).filter(isPolicyKey)) {
    const parsed = Policy.shape[key].safeParse(json[key]);
    const found = parsed.success ? [] : describeIssues(key, parsed.error);
    if (parsed.success && key === 'adminPinHash' && !isPinHash(String(parsed.data))) {
      found.push(`"adminPinHash": ${UNREADABLE_HASH}`);
    }
    if (found.length === 0) {
      accepted[key] = parsed.data;
      continue;
    }
    const instead = INSTEAD[key];
    problems.push(
      ...found.map((line, i) => (instead && i === found.length - 1 ? `${line} ${instead}` : line)),
    );
    if (key === 'adminPinHash') adminClosed = true;
    if (key === 'contentSource') contentSourceBroken = true;
    if (key === 'usageCounts') accepted.usageCounts = false;
  }
  contentSourceBroken = judgeRole(json, accepted, problems) && contentSourceBroken;
  // A kiosk's status file needs a name. The publishing PC reads the folder the kiosks write
  // (its Kiosks section), so it may name the folder alone. A kioskName that broke its own rule
  // is reported already.
  if (
    accepted.statusFolder !== undefined &&
    accepted.kioskName === undefined &&
    accepted.role !== 'publisher'
  ) {
    delete accepted.statusFolder;
    if (!('kioskName' in json)) problems.push(STATUS_FOLDER_NEEDS_NAME);
  }
  if (unknown.length > 0) problems.push(unknownKeysMessage(unknown));
  // Every value was checked against its own key's rule just now.
  return { policy: Policy.parse(accepted), problems, adminClosed, contentSourceBroken };
}

const PUBLISHER_NEEDS_SETTINGS = `"role": role "publisher" needs publisher, where to sign content to and with which key, e.g. "publisher": {"bundleFolder": "\\\\\\\\fileserver\\\\kiosk-bundle", "keyFile": "D:\\\\keys\\\\1a2b3c4d5e6f7a8b.key.pem"}. ${INSTEAD.role}`;
const PUBLISHER_ONLY_WITH_ROLE = `"publisher": publisher is only read with role publisher. Add "role": "publisher" on the publishing PC, or remove publisher from a kiosk's policy.`;
const PUBLISHER_FOLLOWS_NOTHING =
  '"contentSource": a publisher does not follow a source: it makes the content kiosks follow. Remove contentSource from the publishing PC\'s policy; it is ignored.';

/**
 * Role and publisher go together: a publisher without its settings runs as a kiosk, settings
 * without the role are left out, and a publisher follows no contentSource. Returns false when
 * this PC is the publisher, whose editing a broken contentSource must not lock.
 */
function judgeRole(
  json: Record<string, unknown>,
  accepted: Partial<Record<PolicyKey, unknown>>,
  problems: string[],
): boolean {
  if (accepted.role === 'publisher' && accepted.publisher === undefined) {
    delete accepted.role;
    // A publisher that broke its own rule is reported already.
    if (!('publisher' in json)) problems.push(PUBLISHER_NEEDS_SETTINGS);
  }
  if (accepted.role !== 'publisher') {
    if (accepted.publisher !== undefined) problems.push(PUBLISHER_ONLY_WITH_ROLE);
    delete accepted.publisher;
    return true;
  }
  if ('contentSource' in json) {
    delete accepted.contentSource;
    problems.push(PUBLISHER_FOLLOWS_NOTHING);
  }
  return false;
}

function writableByOthers(path: string, platform: NodeJS.Platform, readMode: ReadMode): string[] {
  if (platform === 'win32') return [];
  let mode: number;
  try {
    mode = readMode(path);
  } catch {
    // Read a moment ago; a file gone since has no permissions left to judge.
    return [];
  }
  if ((mode & GROUP_OR_OTHERS_WRITE) === 0) return [];
  return [
    'Accounts other than its owner may change this file (it is writable by its group or by everyone). Let only administrators write it, e.g. chmod go-w policy.json.',
  ];
}

/** The policy at the documented path for this machine: what each shell calls at start. */
export function loadPolicy(
  options: PolicyPathOptions & { readText?: ReadText; readMode?: ReadMode },
): LoadedPolicy {
  return readPolicy(policyPath(options), options.platform, options.readText, options.readMode);
}

function describeIssues(key: PolicyKey, error: z.ZodError): string[] {
  return error.issues.map(
    (issue) => `"${[key, ...issue.path].map(String).join('.')}": ${issue.message}`,
  );
}

function notJson(text: string, parserMessage: string): string {
  const position = /at position (\d+)/.exec(parserMessage)?.[1];
  const where =
    position === undefined
      ? ''
      : ` (${lineAndColumn(text.replace(/^\uFEFF/, ''), Number(position))})`;
  return `The file is not valid JSON${where}. Check for a missing comma or quote, a comma after the last item, or a comment (JSON allows none).`;
}

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position).split('\n');
  return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}
