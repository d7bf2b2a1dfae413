// electron-builder's afterPack hook (electron-builder.yml): stops a macOS build that would come
// out signed but not notarized. With `mac.notarize: true` and no credentials, electron-builder
// only warns ("skipped macOS notarization") and makes a DMG that Gatekeeper blocks on the lobby
// Mac. afterPack runs before signing, so the build stops before the long part.
// Plain JavaScript, not TypeScript: electron-builder loads hooks with require() or import(),
// without tsx.

const DEVELOPMENT_BUILD =
  'For a development build only: npm run dist:mac -- -c.mac.forceCodeSigning=false -c.mac.notarize=false';

/** @param {Record<string, string | undefined>} env @param {string[]} names */
function missingOf(env, names) {
  return names.filter((name) => (env[name] ?? '') === '');
}

/**
 * Why this build must stop, or undefined when it may go on. Reads the credentials as
 * electron-builder's notarize step does (MacTargetHelper.getNotarizeOptions, app-builder-lib
 * 26), in its order: an Apple ID begun (APPLE_ID or its password), else an API key begun, else a
 * keychain profile. Only the boolean `notarize: false`, which electron-builder also honours,
 * lets an un-notarized build through.
 * @param {{ platform: string, notarize: unknown, env: Record<string, string | undefined> }} build
 * @returns {string | undefined}
 */
export function notarizationProblem({ platform, notarize, env }) {
  if (platform !== 'darwin' || notarize === false) return undefined;
  const appleId = ['APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID'];
  const apiKey = ['APPLE_API_KEY', 'APPLE_API_KEY_ID', 'APPLE_API_ISSUER'];
  const begun = (/** @type {string[]} */ names) => missingOf(env, names).length < names.length;
  const set = begun(appleId.slice(0, 2)) ? appleId : begun(apiKey) ? apiKey : undefined;
  if (set !== undefined) {
    const missing = missingOf(env, set);
    return missing.length === 0
      ? undefined
      : `This macOS build would not be notarized: ${missing.join(', ')} must be set too.`;
  }
  if (missingOf(env, ['APPLE_KEYCHAIN_PROFILE']).length === 0) return undefined;
  return (
    'This macOS build would not be notarized, and Gatekeeper blocks an app that is not: set ' +
    'APPLE_API_KEY, APPLE_API_KEY_ID and APPLE_API_ISSUER (or APPLE_ID, ' +
    'APPLE_APP_SPECIFIC_PASSWORD and APPLE_TEAM_ID, or APPLE_KEYCHAIN_PROFILE). ' +
    DEVELOPMENT_BUILD
  );
}

/**
 * @typedef {{ platformSpecificBuildOptions: { notarize?: unknown } }} Packager
 * @param {{ electronPlatformName: string, packager: Packager }} context electron-builder's
 * @returns {Promise<void>}
 */
export default async function requireNotarization(context) {
  const problem = notarizationProblem({
    platform: context.electronPlatformName,
    notarize: context.packager.platformSpecificBuildOptions.notarize,
    env: process.env,
  });
  if (problem !== undefined) throw new Error(problem);
}
