import { describe, expect, it } from 'vitest';
import { parseAdminArgs } from './admin-args.ts';
import { CliError, EXIT_USAGE } from './cli-io.ts';

function refusal(args: string[]): CliError {
  try {
    parseAdminArgs(args);
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(EXIT_USAGE);
    return error as CliError;
  }
  throw new Error(`parseAdminArgs accepted ${args.join(' ')}`);
}

describe('parseAdminArgs', () => {
  it('reads set-pin, with or without a data folder, and hash-pin', () => {
    expect(parseAdminArgs(['set-pin'])).toEqual({ name: 'set-pin' });
    expect(parseAdminArgs(['set-pin', '--data-dir', '/srv/kiosk'])).toEqual({
      name: 'set-pin',
      dataDir: '/srv/kiosk',
    });
    expect(parseAdminArgs(['set-pin', '--data-dir=/srv/k'])).toEqual({
      name: 'set-pin',
      dataDir: '/srv/k',
    });
    expect(parseAdminArgs(['hash-pin'])).toEqual({ name: 'hash-pin' });
  });

  it('reads validate-content with its one file', () => {
    expect(parseAdminArgs(['validate-content', 'content.json'])).toEqual({
      name: 'validate-content',
      file: 'content.json',
    });
  });

  it('asks validate-content for one file, and only one', () => {
    expect(refusal(['validate-content']).message).toContain(
      'validate-content needs the content file to check, e.g. npm run admin -- validate-content content.json\nUsage:',
    );
    expect(refusal(['validate-content', '--data-dir', '/d']).message).toContain(
      'validate-content needs the content file to check',
    );
    expect(refusal(['validate-content', 'a.json', 'b.json']).message).toContain(
      'validate-content checks one file at a time.',
    );
  });

  it('reads fleet-status with its one folder, and asks for it when missing', () => {
    expect(parseAdminArgs(['fleet-status', '\\\\fileserver\\kiosk-status'])).toEqual({
      name: 'fleet-status',
      dir: '\\\\fileserver\\kiosk-status',
    });
    expect(refusal(['fleet-status']).message).toContain(
      'fleet-status needs the status folder, e.g. npm run admin -- fleet-status \\\\fileserver\\kiosk-status\nUsage:',
    );
    expect(refusal(['fleet-status', '--all']).message).toContain(
      'fleet-status needs the status folder',
    );
    expect(refusal(['fleet-status', '/a', '/b']).message).toContain(
      'fleet-status reads one folder at a time.',
    );
  });

  it.each([
    ['set-pin', '--pin', '123456'],
    ['set-pin', '--data-dir', '/d', '--pin=123456'],
    ['hash-pin', '--pin', '123456'],
  ])('refuses a PIN on the command line, without repeating it: %j', (...args) => {
    const error = refusal(args);
    expect(error.message).toBe(
      'The PIN is never taken from the command line, where other people and the shell history could see it. Type it when asked, or send it on standard input.',
    );
    expect(error.message).not.toContain('123456');
  });

  it('does not repeat a stray argument that may be a PIN', () => {
    const error = refusal(['set-pin', '987654']);
    expect(error.message).toContain('set-pin does not take other arguments');
    expect(error.message).not.toContain('987654');
    expect(refusal(['987654']).message).not.toContain('987654');
  });

  it('names an unknown command or option, and shows the usage', () => {
    expect(refusal(['reset']).message).toContain('There is no command "reset".\nUsage:');
    expect(refusal([]).message).toContain('No command was given.');
    expect(refusal(['hash-pin', '--data-dir', '/d']).message).toContain(
      'hash-pin does not take the option --data-dir',
    );
    expect(refusal(['set-pin', '--data-dir']).message).toBe(
      '--data-dir needs a folder, e.g. --data-dir /var/lib/asb-kiosk',
    );
  });
});
