import { describe, expect, it } from 'vitest';
import { electronFetch } from './net-fetch.ts';
import { net } from './test-support/fake-electron.ts';

describe('electronFetch', () => {
  it("hands every request to Electron's net.fetch, a URL object as its text", async () => {
    net.requests.length = 0;
    const fetch = electronFetch(net);

    const response = await fetch(new URL('https://intranet.example/kiosk-bundle/manifest.json'), {
      headers: { 'If-None-Match': '"v7"' },
    });
    await fetch('https://intranet.example/kiosk-bundle/manifest.sig');

    expect(await response.text()).toBe('from net.fetch');
    expect(net.requests).toEqual([
      {
        input: 'https://intranet.example/kiosk-bundle/manifest.json',
        init: { headers: { 'If-None-Match': '"v7"' } },
      },
      { input: 'https://intranet.example/kiosk-bundle/manifest.sig', init: undefined },
    ]);
  });
});
