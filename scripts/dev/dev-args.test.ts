import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDevArgs } from './dev-args.ts';

describe('parseDevArgs', () => {
  it("defaults to Vite's port and one dev data folder in the temp folder", () => {
    expect(parseDevArgs([], '/tmp')).toEqual({
      port: 5173,
      dataDir: join('/tmp', 'asb-lobby-kiosk-dev'),
    });
  });

  it('takes --port and --data-dir', () => {
    expect(parseDevArgs(['--port', '5200', '--data-dir', './my-data'], '/tmp')).toEqual({
      port: 5200,
      dataDir: './my-data',
    });
  });

  it('refuses a port that is not one, and unknown flags', () => {
    for (const port of ['0', '65536', 'abc', '51.5', '']) {
      expect(() => parseDevArgs(['--port', port])).toThrow('--port must be a whole number');
    }
    expect(() => parseDevArgs(['--renderer-dir', 'x'])).toThrow();
  });
});
