import type { CentralStatus } from '../../../electron/contract/central-schema.ts';

/** A kiosk's status of the central source: up to date with version 7, nothing checked yet. */
export const centralStatus = (patch: Partial<CentralStatus> = {}): CentralStatus => ({
  location: 'https://intranet.example/kiosk-bundle/',
  version: 7,
  keyId: '1a2b3c4d5e6f7a8b',
  expiresAt: null,
  lastCheckAt: null,
  lastAppliedAt: null,
  behindSince: null,
  reason: null,
  ...patch,
});
