import { describe, expect, it } from 'vitest';
import { CentralStatus, ContentSource, sourceKindOf } from './central-schema.ts';

const KEY = `MCowBQYDK2VwAyEA${'a'.repeat(43)}=`;
const OTHER_KEY = `MCowBQYDK2VwAyEA${'b'.repeat(43)}=`;

const messages = (value: unknown): string[] => {
  const result = ContentSource.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe('ContentSource', () => {
  it.each([
    'https://intranet.example/kiosk-bundle/',
    'https://intranet.example:8443/kiosk-bundle',
    'http://127.0.0.1:8080/bundle/',
    'http://localhost/bundle',
    'http://[::1]:9000/',
    '/srv/kiosk-bundle',
    'C:\\kiosk\\bundle',
    '\\\\server\\share\\bundle',
  ])('takes %s', (location) => {
    expect(ContentSource.parse({ location, publicKeys: [KEY] })).toEqual({
      location,
      publicKeys: [KEY],
    });
  });

  it.each([
    'http://intranet.example/kiosk-bundle/',
    'http://localhost@elsewhere.example/',
    'http://127.0.0.1.elsewhere.example/',
    'ftp://intranet.example/bundle',
    'kiosk-bundle',
    'https://',
    '',
  ])('refuses %s, saying what to write', (location) => {
    expect(messages({ location, publicKeys: [KEY] })).toEqual([
      expect.stringMatching(
        /^contentSource\.location must be the bundle folder: an https:\/\/ address/,
      ),
    ]);
  });

  it('takes one or two keys, not none or three', () => {
    expect(
      ContentSource.safeParse({ location: '/srv/b', publicKeys: [KEY, OTHER_KEY] }).success,
    ).toBe(true);
    expect(messages({ location: '/srv/b', publicKeys: [] })).toEqual([
      'contentSource.publicKeys must name at least one public key (the line `bundle keygen` prints).',
    ]);
    expect(messages({ location: '/srv/b', publicKeys: [KEY, OTHER_KEY, KEY] })).toEqual([
      'contentSource.publicKeys takes at most two keys: the current one and, while rotating, the next.',
    ]);
  });

  it('refuses a key that is not the line keygen prints', () => {
    expect(messages({ location: '/srv/b', publicKeys: ['-----BEGIN PUBLIC KEY-----'] })[0]).toMatch(
      /^A public key must be the one line "bundle keygen" printed/,
    );
  });

  it('takes checkEverySeconds from 1 to 86400, whole', () => {
    const source = (checkEverySeconds: unknown) => ({
      location: '/srv/b',
      publicKeys: [KEY],
      checkEverySeconds,
    });
    expect(ContentSource.safeParse(source(1)).success).toBe(true);
    expect(ContentSource.safeParse(source(86_400)).success).toBe(true);
    expect(messages(source(0))).toEqual(['contentSource.checkEverySeconds must be at least 1.']);
    expect(messages(source(86_401))).toEqual([
      'contentSource.checkEverySeconds must be at most 86400 (a day).',
    ]);
    expect(messages(source(1.5))).toEqual([
      'contentSource.checkEverySeconds must be a whole number of seconds.',
    ]);
    expect(messages(source('300'))).toEqual([
      'contentSource.checkEverySeconds must be a number of seconds, e.g. 300.',
    ]);
  });

  it('takes localEditing as one of the three modes, and names them when it is not', () => {
    for (const localEditing of ['none', 'announcements-and-hours', 'all']) {
      expect(
        ContentSource.safeParse({ location: '/srv/b', publicKeys: [KEY], localEditing }).success,
      ).toBe(true);
    }
    expect(
      messages({ location: '/srv/b', publicKeys: [KEY], localEditing: 'announcements' }),
    ).toEqual([
      'contentSource.localEditing must be one of "none", "announcements-and-hours", "all".',
    ]);
  });

  it('names a key it does not take', () => {
    expect(messages({ location: '/srv/b', publicKeys: [KEY], interval: 5 })).toEqual([
      'contentSource takes only location, publicKeys, checkEverySeconds and localEditing, not "interval".',
    ]);
  });

  it('shows its shape when it is not an object', () => {
    expect(messages('https://intranet.example/')).toEqual([
      'contentSource must look like {"location": "https://intranet.example/kiosk-bundle/", "publicKeys": ["MCowBQYDK2VwAyEA…"]}.',
    ]);
  });
});

describe('sourceKindOf', () => {
  it('tells folders from web addresses', () => {
    expect(sourceKindOf('/srv/b')).toBe('folder');
    expect(sourceKindOf('https://intranet.example/b/')).toBe('url');
    expect(sourceKindOf('http://intranet.example/b/')).toBeNull();
  });
});

describe('CentralStatus', () => {
  it('takes the status of a kiosk that has applied nothing yet', () => {
    const status = {
      location: '/srv/b',
      version: null,
      keyId: null,
      expiresAt: null,
      lastCheckAt: null,
      lastAppliedAt: null,
      behindSince: null,
      reason: null,
    };
    expect(CentralStatus.parse(status)).toEqual(status);
  });
});
