import { describe, expect, it } from 'vitest';
import {
  CENTRAL_LOCKED_MESSAGE,
  type CentralStatus,
} from '../../../electron/contract/central-schema.ts';
import { centralBanner } from './central-banner.ts';

const NOW = Date.parse('2026-12-06T16:00:00.000Z');
const DAY = 24 * 60 * 60_000;

const status = (patch: Partial<CentralStatus> = {}): CentralStatus => ({
  location: 'https://intranet.example/kiosk-bundle/',
  version: 7,
  keyId: '1a2b3c4d5e6f7a8b',
  expiresAt: new Date(NOW + 20 * DAY).toISOString(),
  lastCheckAt: '2026-12-06T15:59:00.000Z',
  lastAppliedAt: '2026-12-06T09:00:00.000Z',
  behindSince: null,
  reason: null,
  ...patch,
});

const words = (patch?: Partial<CentralStatus>) =>
  centralBanner({ central: status(patch), now: NOW, when: (iso) => `<${iso}>` });

describe('what admin says about the central source', () => {
  it('names the version visitors see and its key, and nothing else while all is well', () => {
    expect(words()).toEqual({
      source:
        "Content comes from the bureau's central source (version 7). It is signed with key 1a2b3c4d5e6f7a8b.",
      editing: CENTRAL_LOCKED_MESSAGE,
      keptLocal: null,
      behind: null,
      expiry: null,
    });
  });

  it('says what staff may change in each mode, and locks all for a core that does not say', () => {
    expect(words({ localEditing: 'none' }).editing).toBe(CENTRAL_LOCKED_MESSAGE);
    expect(words({ localEditing: 'announcements-and-hours' }).editing).toBe(
      'The programs, the privacy notice and the kiosk settings are managed centrally on the publishing PC. Staff here change announcements and office hours.',
    );
    expect(words({ localEditing: 'all' }).editing).toBe(
      "Staff here can change everything. The bureau's central content fills this kiosk only until it is edited here.",
    );
  });

  it("says a central version was kept back for this kiosk's own edits, and not where it was shown", () => {
    expect(words({ localEditing: 'all', keptLocal: true })).toMatchObject({
      source:
        "This kiosk follows the bureau's central source. Its latest version is signed with key 1a2b3c4d5e6f7a8b.",
      keptLocal:
        "Version 7 of the central content was not applied: this kiosk's own edits are kept.",
    });
    expect(words({ localEditing: 'all', keptLocal: false })).toMatchObject({
      source:
        "Content comes from the bureau's central source (version 7). It is signed with key 1a2b3c4d5e6f7a8b.",
      keptLocal: null,
    });
  });

  it('says when nothing has arrived yet', () => {
    expect(words({ version: null, keyId: null, expiresAt: null }).source).toBe(
      "Content is to come from the bureau's central source; none has arrived yet, so visitors see what was published on this kiosk before.",
    );
  });

  it('gives the reason and since when the kiosk is behind', () => {
    const reason = 'The signature of manifest.json does not match any key this kiosk trusts.';
    expect(words({ behindSince: '2026-12-06T10:00:00.000Z', reason }).behind).toBe(
      `Not updated since <2026-12-06T10:00:00.000Z>: ${reason}`,
    );
    expect(words({ reason }).behind).toBe(
      `Not updated since <2026-12-06T15:59:00.000Z>: ${reason}`,
    );
    expect(words({ lastCheckAt: null, reason }).behind).toBe(`Not updated: ${reason}`);
  });

  it('warns a week before the content expires, and once it has', () => {
    const in6Days = new Date(NOW + 6 * DAY).toISOString();
    const in8Days = new Date(NOW + 8 * DAY).toISOString();
    const yesterday = new Date(NOW - DAY).toISOString();
    expect(words({ expiresAt: in8Days }).expiry).toBeNull();
    expect(words({ expiresAt: in6Days }).expiry).toBe(
      `It expires on <${in6Days}>; IT needs to re-sign it.`,
    );
    expect(words({ expiresAt: yesterday }).expiry).toBe(
      `It expired on <${yesterday}>; IT needs to re-sign it.`,
    );
    expect(words({ expiresAt: yesterday, keptLocal: true }).expiry).toBeNull();
  });
});
