import { describe, expect, it } from 'vitest';
import { createFakeKioskApi } from '../test-support/fake-kiosk-api.ts';
import { getApi } from './get-api.ts';

describe('getApi', () => {
  it('uses the API the Electron preload exposed', () => {
    const kiosk = createFakeKioskApi();
    expect(getApi({ kiosk })).toBe(kiosk);
  });

  it('falls back to the HTTP bridge in a browser', () => {
    const api = getApi({});
    expect(typeof api.getPublishedContent).toBe('function');
    expect(typeof api.on).toBe('function');
  });
});
