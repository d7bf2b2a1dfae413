import { describe, expect, it } from 'vitest';
import type { RevisionInfo } from '../../../electron/contract/editing-schema.ts';
import { revisionLine } from './revision-line.ts';

const revision = (patch: Partial<RevisionInfo>): RevisionInfo => ({
  number: 12,
  time: '2026-12-06T16:00:00.000Z',
  initials: '',
  kind: 'publish',
  changes: [],
  ...patch,
});

const line = (patch: Partial<RevisionInfo>) => revisionLine(revision(patch), (iso) => `<${iso}>`);

describe('a revision in the history', () => {
  it('says who published or restored it, and when', () => {
    expect(line({ initials: 'JD' })).toBe('Published <2026-12-06T16:00:00.000Z> by JD');
    expect(line({ kind: 'restore', initials: 'AB', restoredFrom: 3 })).toBe(
      'Restored <2026-12-06T16:00:00.000Z> by AB, from revision 3',
    );
    expect(line({ kind: 'first' })).toBe('First content <2026-12-06T16:00:00.000Z>');
  });

  it('names the central version and its key, with no initials', () => {
    expect(line({ kind: 'central', central: { version: 7, keyId: '1a2b3c4d5e6f7a8b' } })).toBe(
      'Central content version 7 (key 1a2b3c4d5e6f7a8b), applied <2026-12-06T16:00:00.000Z>',
    );
  });
});
