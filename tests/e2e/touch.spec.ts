import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { tap } from './support/screens.ts';

/** Every visible control on the screen, with its size, for the 64 px rule. */
const smallTargets = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('button, a, [role="button"]')]
      .map((el) => ({ name: el.textContent.trim().slice(0, 30), box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0)
      .filter(({ box }) => box.width < 64 || box.height < 64)
      .map(
        ({ name, box }) =>
          `${name} ${String(Math.round(box.width))}x${String(Math.round(box.height))}`,
      ),
  );

test(
  'every control on every screen is at least 64 px each way',
  { tag: '@viewport' },
  async ({ kiosk }) => {
    const page = await kiosk.open();
    expect(await smallTargets(page)).toEqual([]);
    await tap(page, 'Touch to begin');
    for (const [open, back] of [
      ['Professional Certificates', 'Home'],
      ['Search', 'Home'],
      ['Privacy', 'Home'],
      ['Accessibility', 'Close'],
    ] as const) {
      expect(await smallTargets(page), 'home').toEqual([]);
      await tap(page, open);
      expect(await smallTargets(page), open).toEqual([]);
      await tap(page, back);
    }
  },
);

test('no selection, context menu, drag, zoom or overscroll', async ({ kiosk }) => {
  const page = await kiosk.open();
  await tap(page, 'Touch to begin');
  const styles = await page.evaluate(() => {
    const body = getComputedStyle(document.body);
    return {
      userSelect: body.userSelect,
      touchAction: body.touchAction,
      overscroll: body.overscrollBehaviorY,
    };
  });
  expect(styles).toEqual({ userSelect: 'none', touchAction: 'pan-x pan-y', overscroll: 'none' });

  const prevented = await page.evaluate(() => {
    const target = document.querySelector('main') ?? document.body;
    const fire = (event: Event) => (target.dispatchEvent(event), event.defaultPrevented);
    return {
      contextMenu: fire(new MouseEvent('contextmenu', { bubbles: true, cancelable: true })),
      drag: fire(new DragEvent('dragstart', { bubbles: true, cancelable: true })),
      pinch: fire(new WheelEvent('wheel', { bubbles: true, cancelable: true, ctrlKey: true })),
      keyZoom: fire(
        new KeyboardEvent('keydown', { bubbles: true, cancelable: true, key: '+', ctrlKey: true }),
      ),
    };
  });
  expect(prevented).toEqual({ contextMenu: true, drag: true, pinch: true, keyZoom: true });
});
