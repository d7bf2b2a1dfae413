import { describe, expect, it } from 'vitest';
import { fontFiles, paintFirst } from './preload-fonts.ts';

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

describe('paintFirst', () => {
  const page = [
    '<head>',
    '    <title>Kiosk</title>',
    '    <script type="module" crossorigin src="/assets/index-A.js"></script>',
    '    <link rel="modulepreload" crossorigin href="/assets/chunk-B.js">',
    '    <link rel="stylesheet" crossorigin href="/assets/index-C.css">',
    '  </head>',
  ].join('\n');

  it('puts the font preloads, then the style sheet, before the scripts', () => {
    expect(paintFirst(page, ['assets/a-400.woff2', 'assets/a-700.woff2']).split('\n')).toEqual([
      '<head>',
      '    <title>Kiosk</title>',
      '    <link rel="preload" as="font" type="font/woff2" href="/assets/a-400.woff2" crossorigin>',
      '    <link rel="preload" as="font" type="font/woff2" href="/assets/a-700.woff2" crossorigin>',
      '    <link rel="stylesheet" crossorigin href="/assets/index-C.css">',
      '    <script type="module" crossorigin src="/assets/index-A.js"></script>',
      '    <link rel="modulepreload" crossorigin href="/assets/chunk-B.js">',
      '  </head>',
    ]);
  });

  it('stops the build when the page has no script to go before', () => {
    expect(() => paintFirst('<head><title>Kiosk</title></head>', [])).toThrow(
      'index.html has no script to put the fonts and style sheet before',
    );
  });
});
