import { describe, expect, it } from 'vitest';
import type { KioskBridge } from '../../../electron/contract/api.ts';
import { ApiError } from '../../../electron/contract/errors.ts';
import { getApi } from './get-api.ts';

const bridge = (reply: unknown): KioskBridge =>
  new Proxy(
    { on: () => () => undefined },
    {
      get: (target, key) => (key === 'on' ? target.on : async () => reply),
    },
  ) as unknown as KioskBridge;

describe('getApi', () => {
  it('gives the output of the Electron preload’s replies', async () => {
    const api = getApi({ kiosk: bridge({ ok: true, output: { revision: 3, content: {} } }) });
    await expect(api.getPublishedContent(undefined)).resolves.toEqual({ revision: 3, content: {} });
  });

  it('turns a failure reply back into an ApiError with its code and issues', async () => {
    const failure = {
      ok: false,
      error: { code: 'unauthorized', message: 'Sign in.', issues: ['a'] },
    };
    const error = await getApi({ kiosk: bridge(failure) })
      .adminStatus({ token: 't' } as never)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'unauthorized', message: 'Sign in.', issues: ['a'] });
  });

  it('passes subscriptions straight to the preload', () => {
    const kiosk = bridge(undefined);
    expect(getApi({ kiosk }).on).toBe(kiosk.on);
  });

  it('falls back to the HTTP bridge in a browser', () => {
    const api = getApi({});
    expect(typeof api.getPublishedContent).toBe('function');
    expect(typeof api.on).toBe('function');
  });
});
