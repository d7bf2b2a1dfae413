import { afterEach, describe, expect, it, vi } from 'vitest';
import requireNotarization, { notarizationProblem } from './require-notarization.mjs';

const API_KEY = {
  APPLE_API_KEY: '/secure/AuthKey_ABC123.p8',
  APPLE_API_KEY_ID: 'ABC123',
  APPLE_API_ISSUER: '69a6de7e-0000-0000-0000-000000000000',
};
const APPLE_ID = {
  APPLE_ID: 'release@post.ca.gov',
  APPLE_APP_SPECIFIC_PASSWORD: 'abcd-efgh-ijkl-mnop',
  APPLE_TEAM_ID: 'TEAM123456',
};

const mac = (env: Record<string, string>, notarize: unknown = true) => ({
  platform: 'darwin',
  notarize,
  env,
});

describe('notarizationProblem', () => {
  it.each([
    ['an App Store Connect API key', API_KEY],
    ['an Apple ID', APPLE_ID],
    ['a notarytool keychain profile', { APPLE_KEYCHAIN_PROFILE: 'asb-kiosk' }],
  ])('lets a macOS build with %s go on', (_what, env) => {
    expect(notarizationProblem(mac(env))).toBeUndefined();
  });

  it('stops a macOS build without credentials: electron-builder would skip notarization with a warning', () => {
    expect(notarizationProblem(mac({}))).toBe(
      'This macOS build would not be notarized, and Gatekeeper blocks an app that is not: set APPLE_API_KEY, APPLE_API_KEY_ID and APPLE_API_ISSUER (or APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD and APPLE_TEAM_ID, or APPLE_KEYCHAIN_PROFILE). For a development build only: npm run dist:mac -- -c.mac.forceCodeSigning=false -c.mac.notarize=false',
    );
  });

  it.each([
    [{ APPLE_ID: APPLE_ID.APPLE_ID }, 'APPLE_APP_SPECIFIC_PASSWORD, APPLE_TEAM_ID'],
    [{ APPLE_API_KEY: API_KEY.APPLE_API_KEY, APPLE_API_ISSUER: '' }, 'APPLE_API_KEY_ID, APPLE_API_ISSUER'],
  ])('names what is missing from a set begun but not finished: %j', (env, missing) => {
    expect(notarizationProblem(mac(env))).toBe(
      `This macOS build would not be notarized: ${missing} must be set too.`,
    );
  });

  it('reads the sets in electron-builder’s order: a begun Apple ID wins over a whole API key', () => {
    expect(notarizationProblem(mac({ ...API_KEY, APPLE_ID: APPLE_ID.APPLE_ID }))).toMatch(
      /^This macOS build would not be notarized: APPLE_APP_SPECIFIC_PASSWORD/,
    );
    // A team id alone does not begin the Apple ID set, for electron-builder either.
    expect(notarizationProblem(mac({ ...API_KEY, APPLE_TEAM_ID: 'T' }))).toBeUndefined();
  });

  it('lets a development build through only when notarization is turned off explicitly', () => {
    expect(notarizationProblem(mac({}, false))).toBeUndefined();
    // electron-builder itself skips notarizing only for the boolean false, not the text.
    expect(notarizationProblem(mac({}, 'false'))).toBeDefined();
  });

  it('leaves Windows and Linux builds alone', () => {
    expect(notarizationProblem({ platform: 'win32', notarize: true, env: {} })).toBeUndefined();
    expect(notarizationProblem({ platform: 'linux', notarize: true, env: {} })).toBeUndefined();
  });
});

describe('the afterPack hook electron-builder calls', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  const context = (electronPlatformName: string, notarize?: boolean) => ({
    electronPlatformName,
    packager: { platformSpecificBuildOptions: { notarize } },
  });

  it('fails the build with the reason, reading the build machine’s environment', async () => {
    for (const name of [...Object.keys(API_KEY), ...Object.keys(APPLE_ID), 'APPLE_KEYCHAIN_PROFILE']) {
      vi.stubEnv(name, '');
    }
    await expect(requireNotarization(context('darwin', true))).rejects.toThrow(
      /^This macOS build would not be notarized/,
    );
    for (const [name, value] of Object.entries(API_KEY)) vi.stubEnv(name, value);
    await expect(requireNotarization(context('darwin', true))).resolves.toBeUndefined();
  });

  it('passes other platforms', async () => {
    await expect(requireNotarization(context('linux'))).resolves.toBeUndefined();
  });
});
