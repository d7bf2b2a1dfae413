import { describe, expect, it } from 'vitest';
import type { CentralStatus } from '../../../../electron/contract/central-schema.ts';
import type { LocalEditing } from '../../../../electron/contract/content-ownership.ts';
import {
  selectAllCentral,
  selectCentralParts,
  selectLocalEditing,
  selectLocalParts,
  selectPartCentral,
} from './admin-selectors.ts';
import { centralStatus } from '../../test-support/central-status.ts';
import type { AdminState } from './admin-store.ts';

const CENTRAL = centralStatus();

/** A fresh state each call, as each read of the core's status gives. */
const state = (central: CentralStatus | null) =>
  ({
    adminStatus: { pinSet: true, lockedUntil: null, attemptsLeft: 5, problems: [], central },
  }) as unknown as AdminState;
const withMode = (localEditing: LocalEditing) => state({ ...CENTRAL, localEditing });

describe('which parts of the content staff may change here', () => {
  it('gives every part to staff without a source', () => {
    expect(selectLocalEditing(state(null))).toBeNull();
    expect(selectCentralParts(state(null))).toEqual([]);
    expect(selectLocalParts(state(null))).toHaveLength(5);
    expect(selectAllCentral(state(null))).toBe(false);
  });

  it('locks everything in "none", and for a core that does not say', () => {
    for (const s of [withMode('none'), state(CENTRAL)]) {
      expect(selectLocalEditing(s)).toBe('none');
      expect(selectLocalParts(s)).toEqual([]);
      expect(selectAllCentral(s)).toBe(true);
      expect(selectPartCentral('announcements')(s)).toBe(true);
    }
  });

  it('leaves announcements and hours to staff in "announcements-and-hours"', () => {
    const s = withMode('announcements-and-hours');
    expect(selectCentralParts(s)).toEqual(['programs', 'privacy', 'settings']);
    expect(selectLocalParts(s)).toEqual(['announcements', 'hours']);
    expect(selectAllCentral(s)).toBe(false);
    expect(selectPartCentral('programs')(s)).toBe(true);
    expect(selectPartCentral('hours')(s)).toBe(false);
  });

  it('leaves everything to staff in "all"', () => {
    const s = withMode('all');
    expect(selectCentralParts(s)).toEqual([]);
    expect(selectLocalParts(s)).toHaveLength(5);
    expect(selectPartCentral('settings')(s)).toBe(false);
  });

  it('answers the same list while the mode stays, so a component does not render again', () => {
    const mode = 'announcements-and-hours';
    expect(selectCentralParts(withMode(mode))).toBe(selectCentralParts(withMode(mode)));
    expect(selectLocalParts(withMode(mode))).toBe(selectLocalParts(withMode(mode)));
    expect(selectCentralParts(state(null))).toBe(selectCentralParts(state(null)));
    expect(selectLocalParts(state(null))).toBe(selectLocalParts(state(null)));
  });
});
