import { describe, expect, it } from 'vitest';
import type { RevisionInfo } from '../../../electron/contract/editing-schema.ts';
import { kioskContentLine, renewLine, sentLine } from './publisher-lines.ts';

const PUBLISHER = { bundleFolder: '/srv/bundle', keyHeld: true };
const REVISION: RevisionInfo = {
  number: 12,
  time: '2026-12-06T15:00:00.000Z',
  initials: 'AB',
  kind: 'publish',
  changes: [],
};

describe('the publishing PC lines', () => {
  it('says the kiosks version and the day it expires', () => {
    const line = kioskContentLine({
      ...PUBLISHER,
      version: 7,
      expiresAt: '2027-01-05T12:00:00.000Z',
    });
    expect(line).toBe("Kiosks' content: version 7, expires Jan 5, 2027");
  });

  it('says when nothing was sent yet', () => {
    const line = kioskContentLine({ ...PUBLISHER, version: null, expiresAt: null });
    expect(line).toBe("Kiosks' content: nothing sent to them from here yet.");
  });

  it('asks staff to send again within a week of expiry, only when the app holds no key', () => {
    const expiresAt = '2027-01-05T12:00:00.000Z';
    const sent = { ...PUBLISHER, version: 7, expiresAt, keyHeld: false };
    const sixDaysBefore = Date.parse(expiresAt) - 6 * 24 * 60 * 60_000;
    const eightDaysBefore = Date.parse(expiresAt) - 8 * 24 * 60 * 60_000;
    expect(renewLine(sent, sixDaysBefore)).toBe(
      "The kiosks' content expires on Jan 5, 2027. Send it to all kiosks again (with the key's passphrase) to renew it.",
    );
    expect(renewLine(sent, eightDaysBefore)).toBeNull();
    expect(renewLine({ ...sent, keyHeld: true }, sixDaysBefore)).toBeNull();
  });

  it('marks a revision sent to the kiosks, and only that one', () => {
    const sentAs = { version: 7, keyId: '1a2b3c4d5e6f7a8b', at: '2026-12-06T16:00:00.000Z' };
    expect(sentLine({ ...REVISION, sentAs })).toBe('Sent to all kiosks as version 7');
    expect(sentLine(REVISION)).toBeNull();
  });
});
