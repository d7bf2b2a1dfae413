import { describe, expect, it } from 'vitest';
import { dialogPlace, fileDate, fileLine, fileSize } from './transfer-words.ts';

describe('transfer words', () => {
  it('gives sizes in whole kilobytes, never 0', () => {
    expect(fileSize(61_234)).toBe('61 KB');
    expect(fileSize(12)).toBe('1 KB');
  });

  it('gives a file’s place, date and size on one line', () => {
    const modifiedAt = new Date(2026, 11, 6, 10, 55).toISOString();
    expect(fileDate(modifiedAt)).toBe('Dec 6, 2026, 10:55 AM');
    expect(
      fileLine({ path: '/m/k.json', name: 'k.json', place: 'KINGSTON', modifiedAt, bytes: 61_234 }),
    ).toBe('KINGSTON, Dec 6, 2026, 10:55 AM, 61 KB');
    expect(
      fileLine({
        path: '/t/k.json',
        name: 'k.json',
        place: 'the transfer folder',
        modifiedAt,
        bytes: 900,
      }),
    ).toBe('The transfer folder, Dec 6, 2026, 10:55 AM, 1 KB');
  });
});

describe('dialogPlace', () => {
  it('names the stick where one is plugged in, else the transfer folder', () => {
    expect(dialogPlace([{ kind: 'folder' }, { kind: 'removable' }])).toBe('on the stick');
    expect(dialogPlace([{ kind: 'folder' }])).toBe('in the transfer folder');
  });
});
