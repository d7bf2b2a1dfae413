import { describe, expect, it } from 'vitest';
import { parseDriveLetters, removableRoots } from './removable-drives.ts';

describe('removableRoots', () => {
  it('finds sticks under /media/<user> and /run/media/<user> on Linux', () => {
    expect(
      removableRoots({ platform: 'linux', user: 'kiosk', media: ['KINGSTON'], runMedia: ['USB'] }),
    ).toEqual([
      { folder: '/media/kiosk/KINGSTON', name: 'KINGSTON' },
      { folder: '/run/media/kiosk/USB', name: 'USB' },
    ]);
  });

  it('leaves out the boot volume on macOS', () => {
    expect(
      removableRoots({
        platform: 'darwin',
        volumes: [
          { name: 'Macintosh HD', isBoot: true },
          { name: 'STICK', isBoot: false },
        ],
      }),
    ).toEqual([{ folder: '/Volumes/STICK', name: 'STICK' }]);
  });

  it('names removable drive letters on Windows', () => {
    expect(removableRoots({ platform: 'win32', removableLetters: ['E', 'F'] })).toEqual([
      { folder: 'E:\\', name: 'drive E:' },
      { folder: 'F:\\', name: 'drive F:' },
    ]);
  });
});

describe('parseDriveLetters', () => {
  it('keeps the drive letters of PowerShell’s answer and nothing else', () => {
    expect(parseDriveLetters('E:\r\nf:\r\n\r\nWARNING: something\r\nC:\\Windows\r\n')).toEqual([
      'E',
      'F',
    ]);
  });
});
