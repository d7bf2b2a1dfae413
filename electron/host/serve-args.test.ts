import { describe, expect, it } from 'vitest';
import { parseServeArgs, UsageError } from './serve-args.ts';

describe('parseServeArgs', () => {
  it('reads every flag', () => {
    expect(parseServeArgs(['--port', '8080', '--data-dir', '/d', '--renderer-dir', '/r'])).toEqual({
      port: 8080,
      dataDir: '/d',
      rendererDir: '/r',
      help: false,
    });
  });

  it('defaults to any free port and leaves the folders to their defaults', () => {
    expect(parseServeArgs([])).toEqual({
      port: 0,
      dataDir: undefined,
      rendererDir: undefined,
      help: false,
    });
  });

  it('accepts --flag=value and -h', () => {
    expect(parseServeArgs(['--port=0', '-h'])).toMatchObject({ port: 0, help: true });
  });

  it.each([
    [['--prot', '80'], "Unknown option '--prot'"],
    [['extra'], "Unexpected argument 'extra'"],
    [['--port'], "Option '--port <value>' argument missing"],
    [['--port', '-1'], "Option '--port' argument is ambiguous"],
  ])('refuses %j in one line', (argv, message) => {
    const attempt = () => parseServeArgs(argv);
    expect(attempt).toThrow(UsageError);
    expect(attempt).toThrow(message);
    try {
      attempt();
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it.each(['-1', '65536', '80.5', 'http', '1e3', ''])('refuses the port "%s"', (port) => {
    expect(() => parseServeArgs([`--port=${port}`])).toThrow(
      /--port must be a whole number from 0 to 65535/,
    );
  });

  it('refuses an empty data folder', () => {
    expect(() => parseServeArgs(['--data-dir', ''])).toThrow('--data-dir needs a folder');
  });
});
