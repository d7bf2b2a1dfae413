import { readFileSync } from 'node:fs';
import { posix, win32 } from 'node:path';
import type { z } from 'zod';
import { NO_POLICY, Policy } from '../../contract/policy-schema.ts';
import { isPinHash } from '../admin/pin-hash.ts';
import { describeFsError, errorCode } from '../store/durable-fs.ts';
import { policyPath, type PolicyPathOptions } from './policy-path.ts';

/** What the core works with: the policy in force, and what staff are told about the file. */
export interface PolicyState {
  /** What wins over staff's choices: NO_POLICY when there is no file or it cannot be used. */
  policy: Policy;
  /** Why the file cannot be used, one line per problem; null when it was used or is absent. */
  problem: string | null;
}

/** The policy as the shells read it at start and hand it to the core. */
export interface LoadedPolicy extends PolicyState {
  /** Where the file was looked for: for IT (log, admin CLI), never sent to the renderer. */
  path: string;
}

export const NO_POLICY_STATE: PolicyState = { policy: NO_POLICY, problem: null };

/** Reads a file's text synchronously: the Electron shell needs the policy before 'ready'. */
export type ReadText = (path: string) => string;

const readUtf8: ReadText = (path) => readFileSync(path, 'utf8');

/**
 * Reads IT's policy and never throws: no file is NO_POLICY, and a file that cannot be used is
 * NO_POLICY with the problem in plain words (which file, which key, what to write). The kiosk
 * then still runs for visitors (see README.md beside this file). Never writes the file.
 */
export function readPolicy(
  path: string,
  platform: NodeJS.Platform,
  readText: ReadText = readUtf8,
): LoadedPolicy {
  const name = (platform === 'win32' ? win32 : posix).basename(path);
  const unusable = (lines: string[]): LoadedPolicy => ({
    policy: NO_POLICY,
    path,
    problem: lines.map((line) => `${name}: ${line}`).join('\n'),
  });
  let text: string;
  try {
    text = readText(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { policy: NO_POLICY, path, problem: null };
    return unusable([
      `The file cannot be read: ${describeFsError(error)}. Let the kiosk's account read it.`,
    ]);
  }
  let json: unknown;
  try {
    // Notepad saves UTF-8 with a byte-order mark, which JSON.parse refuses.
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    // Never the parser's own words: they quote the file, and it may hold the PIN hash.
    return unusable([notJson(text, (error as Error).message)]);
  }
  const parsed = Policy.safeParse(json);
  if (!parsed.success) return unusable(describeIssues(parsed.error));
  const { adminPinHash } = parsed.data;
  if (adminPinHash !== undefined && !isPinHash(adminPinHash)) {
    return unusable([
      '"adminPinHash": This hash cannot be read. Run `npm run admin -- hash-pin` again and paste the whole line it prints.',
    ]);
  }
  return { policy: parsed.data, path, problem: null };
}

/** The policy at the documented path for this machine: what each shell calls at start. */
export function loadPolicy(options: PolicyPathOptions & { readText?: ReadText }): LoadedPolicy {
  return readPolicy(policyPath(options), options.platform, options.readText);
}

function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) =>
    issue.path.length === 0
      ? issue.message
      : `"${issue.path.map(String).join('.')}": ${issue.message}`,
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
