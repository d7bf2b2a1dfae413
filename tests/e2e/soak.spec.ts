import { WARNING_SECONDS } from '../../renderer/src/lib/idle-timer.ts';
import { soak } from '../../scripts/soak/soak.ts';
import { expect, test } from './support/fixtures.ts';

// The short soak: 60 visitors in one page leave no more DOM nodes or listeners behind than 20
// did. (`npm run soak` runs 10,000 and reports the heap too; heap figures are not asserted.)
test('visits leave nothing behind: DOM nodes and listeners do not grow', async ({ kiosk }) => {
  test.setTimeout(240_000);
  const page = await kiosk.open({ clock: true });
  await page.locator('.attract').waitFor();
  const endAfterMs = (60 * 2 + WARNING_SECONDS + 1) * 1000;
  const points = await soak(page, { visitors: 60, every: 20, endAfterMs });
  const [first, last] = [points[0]!, points.at(-1)!];
  expect(last.elements).toBe(first.elements);
  expect(last.listeners).toBeLessThanOrEqual(first.listeners);
  expect(last.nodes).toBeLessThanOrEqual(first.nodes);
});
