import { describe, expect, it } from 'vitest';
import { electronBuilderArgs } from './run-electron-builder.ts';

describe('electronBuilderArgs', () => {
  const args = electronBuilderArgs({
    electronDist: '/tmp/x/electron',
    electronVersion: '45.6.1',
    outDir: '/tmp/x/out',
  });

  it('packs only the unpacked Linux folder and never publishes', () => {
    expect(args.slice(0, 4)).toEqual(['--linux', 'dir', '--publish', 'never']);
  });

  it('uses the stand-in and the pinned version, and writes outside release/', () => {
    expect(args).toEqual(
      expect.arrayContaining([
        '-c.electronDist=/tmp/x/electron',
        '-c.electronVersion=45.6.1',
        '-c.directories.output=/tmp/x/out',
      ]),
    );
  });
});
