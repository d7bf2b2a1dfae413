import { describe, expect, it } from 'vitest';
import { Policy } from './policy-schema.ts';

const messageOf = (key: 'kioskName' | 'statusFolder', value: unknown): string | undefined => {
  const parsed = Policy.shape[key].safeParse(value);
  return parsed.success ? undefined : parsed.error.issues[0]?.message;
};

describe('Policy.kioskName', () => {
  it.each(['Lobby 2', 'ASB-Sacramento_1', 'v1.2', 'Vestíbulo 3', 'x', 'A'.repeat(40)])(
    'takes %j',
    (name) => {
      expect(messageOf('kioskName', name)).toBeUndefined();
    },
  );

  it.each([
    ['', 'kioskName must not be empty; write a name, e.g. "Lobby 2".'],
    ['A'.repeat(41), 'kioskName must be at most 40 characters, e.g. "Lobby 2".'],
    [7, 'kioskName must be a name in quotes, e.g. "Lobby 2".'],
  ])('refuses %j in words', (name, words) => {
    expect(messageOf('kioskName', name)).toBe(words);
  });

  // Each would be a file name that escapes the folder, hides, or changes on Windows.
  it.each([
    '..',
    '../Lobby',
    'Lobby/2',
    'Lobby\\2',
    '.hidden',
    'Lobby 2.',
    'Lobby 2 ',
    'a:b',
    'Lobby*',
  ])('refuses %j, which is no safe file name', (name) => {
    expect(messageOf('kioskName', name)).toMatch(/^kioskName may hold only letters, digits/);
  });
});

describe('Policy.statusFolder', () => {
  it.each(['/srv/kiosk-status', 'D:\\kiosk-status', '\\\\fileserver\\kiosk-status'])(
    'takes the absolute path %j',
    (path) => {
      expect(messageOf('statusFolder', path)).toBeUndefined();
    },
  );

  it.each(['status', 'kiosk\\status', ''])('refuses the relative path %j', (path) => {
    expect(messageOf('statusFolder', path)).toMatch(/^statusFolder must be an absolute path/);
  });
});
