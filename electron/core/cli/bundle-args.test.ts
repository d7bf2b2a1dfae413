import { describe, expect, it } from 'vitest';
import { parseAdminArgs } from './admin-args.ts';
import { parseBundleOptions } from './bundle-args.ts';
import { CliError, EXIT_USAGE } from './cli-io.ts';

function refusal(args: string[]): CliError {
  try {
    parseAdminArgs(args);
  } catch (error) {
    if (error instanceof CliError) return error;
  }
  throw new Error(`${args.join(' ')} was accepted`);
}

describe('npm run admin -- bundle …', () => {
  it('reads each command with its options, either spelling, defaults filled in', () => {
    expect(parseAdminArgs(['bundle', 'keygen', '--out', 'keys'])).toEqual({
      name: 'bundle-keygen',
      out: 'keys',
    });
    expect(
      parseAdminArgs(['bundle', 'sign', '--key=k.pem', '--content', 'c.json', '--out', 'b']),
    ).toEqual({ name: 'bundle-sign', content: 'c.json', key: 'k.pem', out: 'b', expiresDays: 30 });
    expect(
      parseAdminArgs([
        'bundle',
        'sign',
        '--content',
        'c',
        '--key',
        'k',
        '--out',
        'b',
        '--expires-days',
        '365',
        '--min-app-version',
        '1.2.0',
      ]),
    ).toMatchObject({ expiresDays: 365, minAppVersion: '1.2.0' });
    expect(
      parseAdminArgs(['bundle', 'resign', '--key', 'k', '--out', 'b', '--expires-days=7']),
    ).toEqual({
      name: 'bundle-resign',
      key: 'k',
      out: 'b',
      expiresDays: 7,
    });
    expect(parseAdminArgs(['bundle', 'verify', '--bundle', 'b', '--public-key', 'p.pem'])).toEqual({
      name: 'bundle-verify',
      bundle: 'b',
      publicKey: 'p.pem',
    });
  });

  it.each([
    [['bundle'], 'bundle needs what to do: keygen, sign, resign or verify.'],
    [['bundle', 'publish'], 'bundle has no "publish": keygen, sign, resign or verify.'],
    [['bundle', 'keygen'], 'bundle keygen needs --out <a folder>.'],
    [
      ['bundle', 'sign', '--out', 'b'],
      "bundle sign needs --content <the content file> and --key <the private key's .key.pem file>.",
    ],
    [
      ['bundle', 'sign', '--content', '--key', 'k', '--out', 'b'],
      '--content needs the content file.',
    ],
    [
      ['bundle', 'verify', '--bundle', 'b', '--public-key', 'p', '--out', 'x'],
      'bundle verify does not take the option --out.',
    ],
    [['bundle', 'keygen', '--out', 'k', 'extra'], 'bundle keygen does not take other arguments.'],
    [['bundle', 'keygen', '--out', 'a', '--out', 'b'], 'bundle keygen takes --out once.'],
  ])('refuses %j with exit 2: %s', (args, message) => {
    const error = refusal(args);
    expect(error.exitCode).toBe(EXIT_USAGE);
    expect(error.message.split('\n')[0]).toBe(message);
  });

  it.each(['0', '366', '1.5', '-3', 'thirty'])('refuses --expires-days %s', (days) => {
    expect(
      refusal(['bundle', 'resign', '--key', 'k', '--out', 'b', '--expires-days', days]).message,
    ).toBe('--expires-days must be a whole number of days from 1 to 365, e.g. --expires-days 30.');
  });

  it('never takes a passphrase from the command line, and never repeats it', () => {
    for (const args of [
      ['bundle', 'keygen', '--out', 'k', '--passphrase', 'hunter2hunter2'],
      ['bundle', 'sign', '--passphrase=hunter2hunter2'],
    ]) {
      const error = refusal(args);
      expect(error.exitCode).toBe(EXIT_USAGE);
      expect(error.message).toMatch(/^The passphrase is never taken from the command line/);
      expect(error.message).not.toContain('hunter2');
    }
  });

  it('leniently, as the installed app reads its switches, passes over what is not its own', () => {
    expect(
      parseBundleOptions(
        'verify',
        ['C:\\k.exe', '--data-dir', 'D:\\k', '--bundle', 'b', '--public-key', 'p'],
        {
          label: '--bundle-verify',
          strict: false,
        },
      ),
    ).toEqual({ name: 'bundle-verify', bundle: 'b', publicKey: 'p' });
    expect(() =>
      parseBundleOptions('verify', ['--bundle', 'b'], { label: '--bundle-verify', strict: false }),
    ).toThrow("--bundle-verify needs --public-key <the public key's .pub.pem file>.");
  });
});
