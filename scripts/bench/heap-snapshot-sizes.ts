/**
 * What a V8 heap snapshot holds, in two sums the memory measure reports apart:
 * - `objectsBytes`: the page's JavaScript objects, strings, arrays, closures and their shapes.
 *   A leak grows this.
 * - `codeBytes`: compiled code (bytecode and what the optimizing compilers made of it), which
 *   grows while more of the app becomes hot enough to optimize, and then levels off.
 * Blink's own objects (type "native") and the snapshot's synthetic roots are in neither: they
 * are not in V8's JS heap.
 */
export interface SnapshotSizes {
  objectsBytes: number;
  codeBytes: number;
}

interface SnapshotJson {
  snapshot: { meta: { node_fields: string[]; node_types: unknown[] } };
  nodes: number[];
}

const OUTSIDE_THE_JS_HEAP = new Set(['native', 'synthetic']);

export function snapshotSizes(json: unknown): SnapshotSizes {
  const { snapshot, nodes } = json as SnapshotJson;
  const fields = snapshot.meta.node_fields;
  const types = snapshot.meta.node_types[0];
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  if (!Array.isArray(types) || typeAt < 0 || sizeAt < 0 || !Array.isArray(nodes)) {
    throw new Error('Not a V8 heap snapshot: no node types or sizes.');
  }
  const sizes: SnapshotSizes = { objectsBytes: 0, codeBytes: 0 };
  for (let i = 0; i < nodes.length; i += fields.length) {
    const type = String(types[nodes[i + typeAt] ?? -1]);
    const size = nodes[i + sizeAt] ?? 0;
    if (type === 'code') sizes.codeBytes += size;
    else if (!OUTSIDE_THE_JS_HEAP.has(type)) sizes.objectsBytes += size;
  }
  return sizes;
}
