import { execFile } from 'node:child_process';
import { win32 } from 'node:path';
import type { Logger } from '../core/index.ts';

export interface PowerShellResult {
  /** Set when PowerShell could not run, was stopped, or exited non-zero. */
  error?: Error | undefined;
  stdout: string;
  stderr: string;
}

export type RunPowerShell = (command: string) => Promise<PowerShellResult>;

/** What electron-updater's NsisUpdater calls after each download: null installs it. */
export type SignatureCheck = (publisherNames: string[], file: string) => Promise<string | null>;

const CHECK_TIMEOUT_MS = 20_000;

/**
 * The PowerShell line that reports a file's Authenticode signature as one JSON object. Single
 * quotes in the path are doubled, PowerShell's own escape inside a single-quoted string, so no
 * file name can end the string and run a command.
 */
export function signatureCommand(file: string): string {
  const literal = file.replace(/'/g, "''");
  return (
    `$s = Get-AuthenticodeSignature -LiteralPath '${literal}'; ` +
    '[pscustomobject]@{ Status = [string]$s.Status; Path = [string]$s.Path; ' +
    'Subject = [string]$s.SignerCertificate.Subject } | ConvertTo-Json -Compress'
  );
}

/**
 * Null when the file is validly signed by exactly `subject`, else why it is refused. Fails
 * closed: electron-updater's own check (windowsExecutableCodeSignatureVerifier.js) takes a
 * PowerShell that cannot run (common under AppLocker) as valid, and a publisher name as a CN
 * alone; here anything short of Windows saying "Valid" about this very file, signed by the whole
 * subject IT pinned, refuses the update.
 */
export function judgeSignature(
  result: PowerShellResult,
  file: string,
  subject: string,
): string | null {
  const answer = readAnswer(result);
  if (typeof answer === 'string') {
    return `its signature could not be checked (${answer}), and an update that cannot be checked is never installed`;
  }
  if (answer.Status !== 'Valid')
    return `its signature is not valid (Windows says ${answer.Status})`;
  if (!sameFile(answer.Path, file)) return `Windows checked another file (${answer.Path})`;
  if (!sameSubject(answer.Subject, subject)) {
    return `it is signed by "${answer.Subject}", not by the updatePublisherSubject in the policy ("${subject}")`;
  }
  return null;
}

interface Answer {
  Status: string;
  Path: string;
  Subject: string;
}

function readAnswer(result: PowerShellResult): Answer | string {
  if (result.error !== undefined) return result.error.message;
  if (result.stderr.trim() !== '') return result.stderr.trim();
  let parsed: unknown;
  try {
    parsed = JSON.parse(result.stdout);
  } catch {
    return result.stdout.trim() === '' ? 'PowerShell gave no answer' : 'PowerShell gave no JSON';
  }
  const fields = parsed as Partial<Record<keyof Answer, unknown>> | null;
  if (
    typeof fields?.Status !== 'string' ||
    typeof fields.Path !== 'string' ||
    typeof fields.Subject !== 'string'
  ) {
    return 'PowerShell gave no status';
  }
  return { Status: fields.Status, Path: fields.Path, Subject: fields.Subject };
}

/** Windows paths are compared as Windows compares them: normalised, any letter case. */
function sameFile(a: string, b: string): boolean {
  return win32.normalize(a).toLowerCase() === win32.normalize(b).toLowerCase();
}

/**
 * Two certificate subjects name the same publisher when they hold the same attributes with the
 * same values: attribute names in any case and order, values exact. A subset never matches.
 */
export function sameSubject(a: string, b: string): boolean {
  const left = attributes(a);
  const right = attributes(b);
  return left !== undefined && right !== undefined && left.join('\n') === right.join('\n');
}

const ATTRIBUTE = /^([\w.]+)\s*=\s*("(?:[^"]|"")*"|[^,"]*)\s*(?:,\s*|$)/;

/**
 * `CN=A, O="B, Inc."` as the sorted list `CN=A`, `O=B, Inc.` (a quoted value may hold commas,
 * and "" for a quote). Undefined for an empty subject or one that cannot be read to its end:
 * a part left unread could be the attribute that differs.
 */
function attributes(subject: string): string[] | undefined {
  const found: string[] = [];
  let rest = subject.trim();
  while (rest !== '') {
    const match = ATTRIBUTE.exec(rest);
    if (match === null) return undefined;
    const [whole, name = '', raw = ''] = match;
    const value = raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw.trim();
    found.push(`${name.toUpperCase()}=${value}`);
    rest = rest.slice(whole.length);
  }
  return found.length === 0 ? undefined : found.sort();
}

/** electron-updater's verifyUpdateCodeSignature hook, pinned to IT's subject. */
export function windowsSignatureCheck(
  subject: string,
  log: Logger,
  run: RunPowerShell = runPowerShell,
): SignatureCheck {
  // The CN-only names from app-update.yml are electron-updater's; the policy's whole subject wins.
  return async (_publisherNames, file) => {
    const result = await run(signatureCommand(file)).catch((error: unknown): PowerShellResult => ({
      error: error instanceof Error ? error : new Error(String(error)),
      stdout: '',
      stderr: '',
    }));
    const refused = judgeSignature(result, file, subject);
    if (refused === null) {
      log.info(`The update is signed by the publisher the policy names: ${subject}.`);
    }
    return refused;
  };
}

/**
 * Windows PowerShell by its full path (a PATH entry cannot stand in for it), without the
 * caller's PSModulePath, which can point Windows PowerShell at PowerShell 7's modules.
 */
function runPowerShell(command: string): Promise<PowerShellResult> {
  const systemRoot = process.env.SystemRoot ?? 'C:\\Windows';
  const exe = win32.join(systemRoot, 'System32', 'WindowsPowerShell', 'v1.0', 'powershell.exe');
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => name.toLowerCase() !== 'psmodulepath'),
  );
  const args = ['-NoProfile', '-NonInteractive', '-InputFormat', 'None', '-Command', command];
  return new Promise((resolve) => {
    execFile(
      exe,
      args,
      { timeout: CHECK_TIMEOUT_MS, windowsHide: true, env },
      (error, stdout, stderr) => resolve({ error: error ?? undefined, stdout, stderr }),
    );
  });
}
