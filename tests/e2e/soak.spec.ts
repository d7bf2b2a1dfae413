import { WARNING_SECONDS } from '../../renderer/src/lib/idle-timer.ts';
import { probeMemory } from '../../scripts/bench/memory-probe.ts';
import { soak } from '../../scripts/soak/soak.ts';
import { expect, test } from './support/fixtures.ts';
import { reactHasPage } from './support/screens.ts';

// The short soak: 60 visitors in one page leave no more DOM nodes, listeners or detached nodes
// behind than 20 did. (`npm run soak` runs 10,000 and reports the heap too; heap figures are
// not asserted.)
test(
  'visits leave nothing behind: DOM nodes, listeners and detached nodes do not grow',
  { tag: '@slow' },
  async ({ kiosk }) => {
    test.setTimeout(240_000);
    const page = await kiosk.open({ clock: true });
    await page.locator('.attract').waitFor();
    await reactHasPage(page);
    const endAfterMs = (60 * 2 + WARNING_SECONDS + 1) * 1000;
    const points = await soak(page, { visitors: 60, checkpoints: [20, 60], endAfterMs });
    const first = points[0]!;
    let last = points.at(-1)!;
    // A count taken while the page is still finishing something (a request answering, a chunk
    // arriving) can include listeners on their way out; retained ones are still there a moment
    // and another round of forced collections later. (Seen once in CI: 235 listeners, at 60
    // visitors only.)
    if (
      last.listeners > first.listeners ||
      last.nodes > first.nodes ||
      last.detachedNodes > first.detachedNodes
    ) {
      await page.waitForTimeout(1000);
      last = { ...last, ...(await probeMemory(page)) };
    }
    expect(last.elements).toBe(first.elements);
    expect(last.listeners).toBeLessThanOrEqual(first.listeners);
    expect(last.nodes).toBeLessThanOrEqual(first.nodes);
    expect(last.detachedNodes).toBeLessThanOrEqual(first.detachedNodes);
  },
);
