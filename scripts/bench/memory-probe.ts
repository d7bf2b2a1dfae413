import type { CDPSession, Page } from '@playwright/test';
import { snapshotSizes, type SnapshotSizes } from './heap-snapshot-sizes.ts';
import type { MemoryProbe } from './memory-verdict.ts';

/** One collection can leave garbage a finalizer or weak callback only frees on the next. */
const MIN_COLLECTIONS = 3;
const MAX_COLLECTIONS = 6;

/**
 * The one memory measure the bench and the soak share. Forced full collections first (until
 * the heap stops shrinking), so only what is still reachable counts; then Chromium's own
 * counters, a heap snapshot to tell objects from compiled code, and last the detached DOM
 * trees JavaScript still holds, which the DOM agent must
 * walk (asked last so its node bookkeeping cannot touch the other figures; the session that
 * asked is detached, which lets the agent's hold on those nodes go).
 */
export async function probeMemory(page: Page): Promise<MemoryProbe> {
  const cdp = await page.context().newCDPSession(page);
  try {
    let heap = Number.POSITIVE_INFINITY;
    for (let i = 0; i < MAX_COLLECTIONS; i += 1) {
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      if (i >= MIN_COLLECTIONS - 1 && usedSize >= heap) break;
      heap = Math.min(heap, usedSize);
    }
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
    const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
    const sizes = await heapSnapshotSizes(cdp);
    const { detachedNodes } = await cdp.send('DOM.getDetachedDomNodes');
    return {
      heapMb: get('JSHeapUsedSize') / 2 ** 20,
      objectsMb: sizes.objectsBytes / 2 ** 20,
      codeMb: sizes.codeBytes / 2 ** 20,
      nodes: get('Nodes'),
      elements,
      listeners: get('JSEventListeners'),
      detachedNodes: detachedNodes.reduce((sum, info) => sum + treeSize(info.treeNode), 0),
    };
  } finally {
    await cdp.detach();
  }
}

/** A heap snapshot, streamed in chunks, split into objects and compiled code. */
async function heapSnapshotSizes(cdp: CDPSession): Promise<SnapshotSizes> {
  const chunks: string[] = [];
  const onChunk = ({ chunk }: { chunk: string }) => void chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  return snapshotSizes(JSON.parse(chunks.join('')));
}

interface TreeNode {
  childNodeCount?: number;
  children?: TreeNode[];
}

/** Nodes in a detached tree; where the agent did not send a subtree, its child count stands in. */
function treeSize(node: TreeNode): number {
  if (!node.children) return 1 + (node.childNodeCount ?? 0);
  return 1 + node.children.reduce((sum, child) => sum + treeSize(child), 0);
}
