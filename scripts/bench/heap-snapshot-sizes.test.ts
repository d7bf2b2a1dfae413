import { describe, expect, it } from 'vitest';
import { snapshotSizes } from './heap-snapshot-sizes.ts';

const TYPES = ['hidden', 'array', 'string', 'object', 'code', 'closure', 'native', 'synthetic'];

/** A snapshot in V8's layout: each node is [type, name, id, self_size, edge_count]. */
const snapshotOf = (nodes: Array<[type: string, size: number]>) => ({
  snapshot: {
    meta: {
      node_fields: ['type', 'name', 'id', 'self_size', 'edge_count'],
      node_types: [TYPES, 'string', 'number', 'number', 'number'],
    },
  },
  nodes: nodes.flatMap(([type, size], id) => [TYPES.indexOf(type), 0, id, size, 0]),
});

describe('snapshotSizes', () => {
  it('sums compiled code apart from objects, and leaves Blink and the roots out', () => {
    const sizes = snapshotSizes(
      snapshotOf([
        ['synthetic', 0],
        ['object', 120],
        ['string', 40],
        ['closure', 32],
        ['array', 16],
        ['hidden', 8],
        ['code', 1000],
        ['code', 24],
        ['native', 5000],
      ]),
    );
    expect(sizes).toEqual({ objectsBytes: 216, codeBytes: 1024 });
  });

  it('refuses what is not a snapshot', () => {
    expect(() =>
      snapshotSizes({ snapshot: { meta: { node_fields: [], node_types: [] } } }),
    ).toThrow('Not a V8 heap snapshot');
  });
});
