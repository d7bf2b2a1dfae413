import { describe, expect, it } from 'vitest';
import type { CentralStatus } from '../../contract/central-schema.ts';
import { centralProblems, whenOf } from './central-problems.ts';

const NOW = Date.parse('2026-12-06T12:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;

const status = (overrides: Partial<CentralStatus> = {}): CentralStatus => ({
  location: 'https://intranet.example/kiosk-bundle/',
  version: 3,
  keyId: '1a2b3c4d5e6f7a8b',
  expiresAt: new Date(NOW + 20 * DAY).toISOString(),
  lastCheckAt: new Date(NOW).toISOString(),
  lastAppliedAt: new Date(NOW - DAY).toISOString(),
  behindSince: null,
  reason: null,
  ...overrides,
});

describe('centralProblems', () => {
  it('says nothing while the kiosk is up to date and far from expiry', () => {
    expect(centralProblems(status(), NOW)).toEqual([]);
    expect(centralProblems(status({ expiresAt: null, version: null }), NOW)).toEqual([]);
  });

  it('says since when and why the content could not be updated', () => {
    const lines = centralProblems(
      status({
        behindSince: '2026-12-06T09:05:33.000Z',
        reason: 'The bundle expired on 2026-11-01.',
      }),
      NOW,
    );
    expect(lines).toEqual([
      'Central content could not be updated since 2026-12-06 09:05 UTC: The bundle expired on 2026-11-01.',
    ]);
  });

  it('warns from 7 days before the applied content expires', () => {
    const expiresAt = new Date(NOW + 7 * DAY).toISOString();
    expect(centralProblems(status({ expiresAt }), NOW - 1)).toEqual([]);
    expect(centralProblems(status({ expiresAt }), NOW)).toEqual([
      'The central content this kiosk shows expires on 2026-12-13; IT needs to re-sign it (bundle resign).',
    ]);
  });

  it('says so once it has expired', () => {
    expect(centralProblems(status({ expiresAt: '2026-12-01T00:00:00.000Z' }), NOW)).toEqual([
      'The central content this kiosk shows expired on 2026-12-01; IT needs to re-sign it (bundle resign).',
    ]);
  });
});

describe('whenOf', () => {
  it('warns of no expiry on a kiosk that keeps its own edits, which shows none of it', () => {
    const expired = { expiresAt: new Date(NOW - DAY).toISOString() };
    expect(centralProblems(status(expired), NOW)).toHaveLength(1);
    expect(centralProblems(status({ ...expired, keptLocal: true }), NOW)).toEqual([]);
  });

  it('gives the minute in UTC', () => {
    expect(whenOf('2026-12-06T16:43:19.000Z')).toBe('2026-12-06 16:43 UTC');
  });
});
