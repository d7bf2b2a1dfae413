import { isDeepStrictEqual } from 'node:util';
import type { Json } from './builder-config.ts';
import type { Check } from './check.ts';

/** What electron-builder adds to publish's settings in app-update.yml. */
const BUILDER_ADDS = ['updaterCacheDirName'];

export function judgeResourceFolder(listing: string[], expected: string[]): Check {
  const missing = expected.filter((name) => !listing.includes(name));
  const extra = listing.filter((name) => !expected.includes(name));
  return {
    ok: missing.length === 0 && extra.length === 0,
    line:
      `resources/ holds ${[...listing].sort().join(', ')}` +
      (missing.length > 0 ? `; MISSING ${missing.join(', ')}` : '') +
      (extra.length > 0 ? `; UNEXPECTED ${extra.join(', ')}` : ''),
  };
}

/**
 * app-update.yml as electron-builder.yml means it: present exactly when `publish` is set, and
 * then only publish's own settings. Its URL must be a host that can never resolve (.invalid):
 * the real update server comes from IT's policy at run time (docs/it-guide.md, section 8), and
 * the file exists for publisherName, which Windows checks every update's signature against.
 */
export function judgeAppUpdate(parsed: unknown, publish: unknown): Check {
  if (publish === undefined || publish === null) {
    return {
      ok: parsed === undefined,
      line: `no publish config, so no app-update.yml: ${parsed === undefined ? 'none' : 'FOUND ONE'}`,
    };
  }
  if (parsed === undefined) {
    return { ok: false, line: 'resources/app-update.yml is MISSING, though publish is set' };
  }
  const file = parsed as Json;
  const wanted = publish as Json;
  const problems = [
    ...Object.keys(wanted)
      .filter((key) => !isDeepStrictEqual(file[key], wanted[key]))
      .map((key) => `${key} is ${JSON.stringify(file[key])}, not ${JSON.stringify(wanted[key])}`),
    ...Object.keys(file)
      .filter((key) => !(key in wanted) && !BUILDER_ADDS.includes(key))
      .map((key) => `${key} is not in publish`),
  ];
  const host = URL.canParse(String(file.url)) ? new URL(String(file.url)).hostname : '';
  if (!host.endsWith('.invalid')) {
    problems.push(`url ${String(file.url)} could reach a real server before IT's policy names one`);
  }
  return {
    ok: problems.length === 0,
    line:
      `resources/app-update.yml: ${String(file.provider)} ${String(file.url)}, publisherName ` +
      `${JSON.stringify(file.publisherName)}` +
      (problems.length > 0 ? `; ${problems.join('; ')}` : ' (as publish in electron-builder.yml)'),
  };
}
