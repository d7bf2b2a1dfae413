import { describe, expect, it } from 'vitest';
import { createRecordingLogger } from '../core/test-support/recording-logger.ts';
import {
  judgeSignature,
  sameSubject,
  signatureCommand,
  windowsSignatureCheck,
  type PowerShellResult,
} from './windows-signature.ts';

const FILE = 'C:\\Users\\kiosk\\AppData\\Local\\asb-lobby-kiosk-updater\\pending\\setup.exe';
const SUBJECT =
  'CN=California Commission on Peace Officer Standards and Training, O=California Commission on Peace Officer Standards and Training, L=Sacramento, S=California, C=US';

const answered = (fields: Record<string, unknown>): PowerShellResult => ({
  stdout: `${JSON.stringify({ Status: 'Valid', Path: FILE, Subject: SUBJECT, ...fields })}\r\n`,
  stderr: '',
});

describe('signatureCommand', () => {
  it('asks Get-AuthenticodeSignature about the literal file, quotes doubled so no name can run code', () => {
    const command = signatureCommand("C:\\Temp\\it's';calc;'.exe");
    expect(command).toContain(
      "Get-AuthenticodeSignature -LiteralPath 'C:\\Temp\\it''s'';calc;''.exe'",
    );
    expect(command).toContain('ConvertTo-Json -Compress');
  });
});

describe('judgeSignature: fails closed', () => {
  it.each<[string, PowerShellResult]>([
    [
      'PowerShell cannot run (missing, or blocked by AppLocker)',
      { error: new Error('spawn powershell.exe ENOENT'), stdout: '', stderr: '' },
    ],
    [
      'PowerShell is stopped after its time',
      { error: new Error('Command failed: powershell.exe (killed)'), stdout: '', stderr: '' },
    ],
    [
      'PowerShell reports an error',
      { stdout: '', stderr: 'Get-AuthenticodeSignature : Cannot find path' },
    ],
    ['PowerShell says nothing', { stdout: '', stderr: '' }],
    ['PowerShell says something else', { stdout: 'Access is denied.', stderr: '' }],
    ['the answer has no status', { stdout: '{"Path": "x"}', stderr: '' }],
  ])('refuses when %s', (_case, result) => {
    expect(judgeSignature(result, FILE, SUBJECT)).toMatch(
      /^its signature could not be checked \(.+\), and an update that cannot be checked is never installed$/,
    );
  });

  it.each(['NotSigned', 'HashMismatch', 'NotTrusted', 'UnknownError'])(
    'refuses a signature Windows does not call valid: %s',
    (status) => {
      expect(judgeSignature(answered({ Status: status }), FILE, SUBJECT)).toBe(
        `its signature is not valid (Windows says ${status})`,
      );
    },
  );

  it('refuses an answer about another file', () => {
    const other = 'C:\\Windows\\notepad.exe';
    expect(judgeSignature(answered({ Path: other }), FILE, SUBJECT)).toBe(
      `Windows checked another file (${other})`,
    );
  });

  it('refuses a certificate with the same CN but another subject', () => {
    const lookalike = SUBJECT.replace('L=Sacramento', 'L=Elsewhere');
    expect(judgeSignature(answered({ Subject: lookalike }), FILE, SUBJECT)).toBe(
      `it is signed by "${lookalike}", not by the updatePublisherSubject in the policy ("${SUBJECT}")`,
    );
  });

  it('accepts a valid signature by exactly that subject (the same file, whatever its letter case)', () => {
    expect(judgeSignature(answered({ Path: FILE.toLowerCase() }), FILE, SUBJECT)).toBeNull();
  });
});

describe('sameSubject', () => {
  it('compares every attribute, in any order and spacing', () => {
    expect(sameSubject('CN=A, O=B, C=US', 'C=US,O=B,CN=A')).toBe(true);
    expect(sameSubject('CN=A, O=B, C=US', 'cn=A, o=B, c=US')).toBe(true);
  });

  it('is not fooled by a subset, an extra attribute or letter case in a value', () => {
    expect(sameSubject('CN=A', 'CN=A, O=B')).toBe(false);
    expect(sameSubject('CN=A, O=B', 'CN=A')).toBe(false);
    expect(sameSubject('CN=A, O=B', 'CN=a, O=B')).toBe(false);
  });

  it('reads quoted values with commas in them', () => {
    expect(sameSubject('CN=A, O="B, Inc.", C=US', 'CN=A, O="B, Inc.", C=US')).toBe(true);
    expect(sameSubject('CN=A, O="B, Inc.", C=US', 'CN=A, O=B, C=US')).toBe(false);
  });

  it('never matches an empty subject (an unsigned file has none)', () => {
    expect(sameSubject('', '')).toBe(false);
  });

  it('never matches a subject it cannot read to its end: the unread part could differ', () => {
    expect(sameSubject('CN=A, O=B, "stray', 'CN=A, O=B, "stray')).toBe(false);
  });
});

describe('windowsSignatureCheck: the hook electron-updater calls after each download', () => {
  it('answers null (install it) for a valid signature by the pinned subject, and says so', async () => {
    const log = createRecordingLogger();
    const commands: string[] = [];
    const check = windowsSignatureCheck(SUBJECT, log, async (command) => {
      commands.push(command);
      return answered({});
    });
    expect(
      await check(['California Commission on Peace Officer Standards and Training'], FILE),
    ).toBeNull();
    expect(commands).toEqual([signatureCommand(FILE)]);
    expect(log.lines).toEqual([
      {
        level: 'info',
        message: `The update is signed by the publisher the policy names: ${SUBJECT}.`,
      },
    ]);
  });

  it('goes by the policy’s whole subject, not by the CN-only names in app-update.yml', async () => {
    const lookalike = `CN=California Commission on Peace Officer Standards and Training, C=US`;
    const check = windowsSignatureCheck(SUBJECT, createRecordingLogger(), async () =>
      answered({ Subject: lookalike }),
    );
    expect(
      await check(['California Commission on Peace Officer Standards and Training'], FILE),
    ).toMatch(/^it is signed by "CN=California/);
  });

  it('refuses when running PowerShell throws', async () => {
    const check = windowsSignatureCheck(SUBJECT, createRecordingLogger(), async () => {
      throw new Error('EPERM');
    });
    expect(await check([], FILE)).toMatch(/^its signature could not be checked \(EPERM\)/);
  });
});
