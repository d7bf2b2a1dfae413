import { describe, expect, it } from 'vitest';
import { fontFiles } from './preload-fonts.ts';

const built = [
  'assets/index-BHd6Dqj5.js',
  'assets/atkinson-hyperlegible-next-latin-400-normal-FfmJh7DR.woff2',
  'assets/atkinson-hyperlegible-next-latin-400-normal-DPp7N0cD.woff',
  'assets/atkinson-hyperlegible-next-latin-ext-400-normal-BalHKn7d.woff2',
  'assets/atkinson-hyperlegible-next-latin-700-normal-Dpiyiu63.woff2',
];

describe('fontFiles', () => {
  it('finds each face’s woff2, not its woff or a wider subset', () => {
    expect(
      fontFiles(built, [
        'atkinson-hyperlegible-next-latin-400-normal',
        'atkinson-hyperlegible-next-latin-700-normal',
      ]),
    ).toEqual([
      'assets/atkinson-hyperlegible-next-latin-400-normal-FfmJh7DR.woff2',
      'assets/atkinson-hyperlegible-next-latin-700-normal-Dpiyiu63.woff2',
    ]);
  });

  it('stops the build when a face is not there', () => {
    expect(() => fontFiles(built, ['public-sans-latin-400-normal'])).toThrow(
      'Expected one built woff2 file for public-sans-latin-400-normal, found 0',
    );
  });
});
