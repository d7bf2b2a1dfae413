import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isKioskWindow } from '../../contract/policy-schema.ts';
import { summarizePolicy } from './policy-handlers.ts';
import { readPolicy } from './read-policy.ts';

let dir: string;
let path: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'read-policy-role-'));
  path = join(dir, 'policy.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const read = async (json: unknown) => {
  await writeFile(path, JSON.stringify(json), { mode: 0o600 });
  return readPolicy(path, 'linux');
};
const publisher = { bundleFolder: '/srv/kiosk-bundle', keyFile: '/srv/keys/1a2b.key.pem' };
const source = {
  location: '/srv/kiosk-bundle',
  publicKeys: [`MCowBQYDK2VwAyEA${'A'.repeat(43)}=`],
};

describe('readPolicy: role and publisher', () => {
  it('takes role publisher with its settings, and makes the window an ordinary one', async () => {
    const loaded = await read({ role: 'publisher', publisher: { ...publisher, expiresDays: 14 } });
    expect(loaded.problem).toBeNull();
    expect(loaded.policy).toEqual({
      role: 'publisher',
      publisher: { ...publisher, expiresDays: 14 },
    });
    expect(isKioskWindow(loaded.policy)).toBe(false);
    expect(isKioskWindow({ kioskMode: true, role: 'kiosk' })).toBe(true);
    expect(isKioskWindow({})).toBe(true);
    // The renderer is told too, so it does not lock itself down like a lobby kiosk.
    expect(summarizePolicy(loaded).kioskMode).toBe(false);
  });

  it('runs role publisher without its settings as a kiosk, saying what to add', async () => {
    const loaded = await read({ role: 'publisher' });
    expect(loaded.policy).toEqual({});
    expect(loaded.problem).toMatch(
      /^policy\.json: "role": role "publisher" needs publisher, where to sign content to and with which key, e\.g\. .* This PC runs as a kiosk until this is fixed\.$/,
    );
  });

  it('reports a broken publisher once and runs as a kiosk', async () => {
    const loaded = await read({ role: 'publisher', publisher: { ...publisher, expiresDays: 400 } });
    expect(loaded.policy).toEqual({});
    expect(loaded.problem).toBe(
      'policy.json: "publisher.expiresDays": publisher.expiresDays must be at most 365. This PC runs as a kiosk, and sends nothing to other kiosks, until this is fixed.',
    );
  });

  it.each([{}, { role: 'kiosk' }])('leaves out publisher with %j', async (role) => {
    const loaded = await read({ ...role, publisher });
    expect(loaded.policy.publisher).toBeUndefined();
    expect(loaded.problem).toBe(
      'policy.json: "publisher": publisher is only read with role publisher. Add "role": "publisher" on the publishing PC, or remove publisher from a kiosk\'s policy.',
    );
  });

  it('ignores contentSource on the publisher, saying so, and does not lock its editing', async () => {
    const good = await read({ role: 'publisher', publisher, contentSource: source });
    expect(good.policy).toEqual({ role: 'publisher', publisher });
    expect(good.problem).toBe(
      'policy.json: "contentSource": a publisher does not follow a source: it makes the content kiosks follow. Remove contentSource from the publishing PC\'s policy; it is ignored.',
    );
    const broken = await read({ role: 'publisher', publisher, contentSource: { location: 1 } });
    expect(broken.contentSourceBroken).toBeUndefined();
    expect(broken.problem).toMatch(/a publisher does not follow a source/);
  });

  it('keeps a kiosk with a broken contentSource locked, as before', async () => {
    expect((await read({ contentSource: { location: 1 } })).contentSourceBroken).toBe(true);
  });

  it('refuses a relative bundle folder in words', async () => {
    const loaded = await read({
      role: 'publisher',
      publisher: { ...publisher, bundleFolder: 'b' },
    });
    expect(loaded.problem).toMatch(
      /"publisher\.bundleFolder": publisher\.bundleFolder must be an absolute path, e\.g\. \\\\\\\\fileserver\\\\kiosk-bundle\./,
    );
  });
});
