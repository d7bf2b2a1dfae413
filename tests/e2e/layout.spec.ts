import { expect, test } from './support/fixtures.ts';
import { layoutProblemsOnEveryScreen, openForLayout } from './support/layout-tour.ts';
import { skipUnlessOrientationOf, type WindowSize } from './support/window-size.ts';

// Everyday lane. The largest text size on every visitor screen in both languages, in the
// project's window (both orientations); the default size in each window a lobby screen may
// have. The other sizes, high contrast and the pictures: layout-matrix.spec.ts (slow lane).

for (const language of ['en', 'es'] as const) {
  test(
    `every visitor screen holds at 200% text (${language})`,
    { tag: '@viewport' },
    async ({ kiosk }) => {
      const page = await openForLayout(kiosk);
      expect(await layoutProblemsOnEveryScreen(page, { language, textScale: 2 })).toEqual([]);
    },
  );
}

const WINDOWS: WindowSize[] = [
  { width: 1024, height: 768 },
  { width: 1366, height: 768 },
  { width: 1280, height: 1024 },
  { width: 1920, height: 1080 },
  { width: 1080, height: 1920 },
  { width: 2160, height: 3840 },
];

for (const size of WINDOWS) {
  for (const language of ['en', 'es'] as const) {
    test(
      `every visitor screen holds at 100% text in a ${String(size.width)}x${String(size.height)} window (${language})`,
      { tag: '@viewport' },
      async ({ kiosk }, testInfo) => {
        skipUnlessOrientationOf(size, testInfo);
        const page = await openForLayout(kiosk);
        await page.setViewportSize(size);
        expect(await layoutProblemsOnEveryScreen(page, { language, textScale: 1 })).toEqual([]);
      },
    );
  }
}
