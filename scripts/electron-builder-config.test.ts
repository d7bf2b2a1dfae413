import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { load } from 'js-yaml';
import { Ajv } from 'ajv';

type Json = Record<string, unknown>;

const require = createRequire(import.meta.url);
const schema = require('app-builder-lib/scheme.json') as {
  definitions: { DebOptions: { properties: { depends: { default: string[] } } } };
};
const builderLibDir = dirname(require.resolve('app-builder-lib/package.json'));
const root = fileURLToPath(new URL('..', import.meta.url));
const configText = readFileSync(join(root, 'electron-builder.yml'), 'utf8');

const PUBLISHER = 'California Commission on Peace Officer Standards and Training';
const AUTOSTART_ENTRY = '/etc/xdg/autostart/asb-lobby-kiosk.desktop';
// What electron-builder substitutes into deb scripts (FpmTarget.js); any other ${name} stops the build.
const SCRIPT_PLACEHOLDERS = ['executable', 'sanitizedProductName', 'productFilename'];

// Packaging cannot run here (it downloads Electron), so electron-builder's own JSON schema is
// the check that the file would be accepted.
function validate(config: unknown): string[] {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const check = ajv.compile(schema);
  return check(config) ? [] : (check.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

function at(value: unknown, ...path: string[]): Json {
  let current = value;
  for (const key of path) current = (current as Json | undefined)?.[key];
  if (typeof current !== 'object' || current === null) {
    throw new Error(`electron-builder.yml has no section ${path.join('.')}`);
  }
  return current as Json;
}

/** Target name -> its arch list (undefined when the target is a bare name). */
function targets(platform: Json): Map<string, unknown> {
  const list = platform.target as (string | Json)[];
  return new Map(
    list.map((t) => (typeof t === 'string' ? [t, undefined] : [t.target as string, t.arch])),
  );
}

const SECRET_KEY = /password|secret|certificateFile|cscLink|cscInstallerLink/i;
const KEY_FILE = /\.(pfx|p12|p8)\b/i;

/** Every key that names a signing secret and every value that points at a key file, by path. */
function findSecrets(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return KEY_FILE.test(value) ? [`${path} = ${value}`] : [];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => [
    ...(SECRET_KEY.test(key) ? [`${path}.${key}`] : []),
    ...findSecrets(inner, `${path}.${key}`),
  ]);
}

/** The commands of a shell script: no blank lines, no comments, no shebang. */
function commands(script: string): string[] {
  return script
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

function inOrder(needles: string[], haystack: string[]): boolean {
  let from = 0;
  for (const needle of needles) {
    const found = haystack.indexOf(needle, from);
    if (found === -1) return false;
    from = found + 1;
  }
  return true;
}

function readProjectFile(path: string): string {
  return readFileSync(join(root, path), 'utf8');
}

describe('electron-builder.yml', () => {
  const config = load(configText) as Json;
  const win = at(config, 'win');
  const mac = at(config, 'mac');
  const linux = at(config, 'linux');
  const deb = at(config, 'deb');

  it('passes electron-builder’s own schema', () => {
    expect(validate(config)).toEqual([]);
  });

  it('would reject a misspelt key, so the schema check is real', () => {
    expect(validate({ ...config, prodctName: 'x' }).length).toBeGreaterThan(0);
  });

  it('names the product and app id from the design', () => {
    expect(config.appId).toBe('gov.ca.post.asb.kiosk');
    expect(config.productName).toBe('ASB Lobby Kiosk');
  });

  it('builds x64 NSIS and MSI installers for Windows, both per-machine', () => {
    const windows = targets(win);
    expect(windows.get('nsis')).toEqual(['x64']);
    expect(windows.get('msi')).toEqual(['x64']);
    expect(at(config, 'nsis')).toMatchObject({ oneClick: false, perMachine: true });
    expect(at(config, 'msi')).toMatchObject({ perMachine: true });
  });

  it('builds a hardened, notarized dmg and zip for macOS with the minimal entitlements', () => {
    expect([...targets(mac).keys()].sort()).toEqual(['dmg', 'zip']);
    expect(mac).toMatchObject({ hardenedRuntime: true, notarize: true });
    expect(mac.entitlements).toBe('assets/entitlements.mac.plist');
    expect(mac.entitlementsInherit).toBe(mac.entitlements);
    const plist = readProjectFile(String(mac.entitlements));
    const granted = [...plist.matchAll(/<key>([^<]+)<\/key>\s*<true\/>/g)].map((m) => m[1]);
    expect(granted).toEqual([
      'com.apple.security.cs.allow-jit',
      'com.apple.security.cs.allow-unsigned-executable-memory',
    ]);
  });

  it('refuses to produce an unsigned Windows or macOS build', () => {
    expect(win.forceCodeSigning).toBe(true);
    expect(mac.forceCodeSigning).toBe(true);
  });

  it('stops a macOS build that would not be notarized, before signing (afterPack)', async () => {
    expect(config.afterPack).toBe('./scripts/release/require-notarization.mjs');
    // Loaded as electron-builder loads a hook named in its config.
    const { resolveFunction } = require('app-builder-lib/out/util/resolve.js') as {
      resolveFunction: (
        type: unknown,
        executor: unknown,
        name: string,
        root: string,
      ) => Promise<(context: unknown) => Promise<void>>;
    };
    const hook = await resolveFunction('module', config.afterPack, 'afterPack', root);
    const packed = (electronPlatformName: string) => ({
      electronPlatformName,
      packager: { platformSpecificBuildOptions: { notarize: mac.notarize } },
    });
    for (const name of [
      'APPLE_ID',
      'APPLE_APP_SPECIFIC_PASSWORD',
      'APPLE_API_KEY',
      'APPLE_API_KEY_ID',
      'APPLE_API_ISSUER',
      'APPLE_KEYCHAIN_PROFILE',
    ]) {
      vi.stubEnv(name, '');
    }
    try {
      await expect(hook(packed('darwin'))).rejects.toThrow(/would not be notarized/);
      await expect(hook(packed('linux'))).resolves.toBeUndefined();
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('builds an AppImage and a deb for Linux; the deb pulls in what Electron and read-aloud need', () => {
    expect([...targets(linux).keys()].sort()).toEqual(['AppImage', 'deb']);
    const depends = deb.depends as string[];
    expect(depends).toContain('speech-dispatcher');
    // Electron's own libraries that electron-builder's list leaves out: GPU buffers and sound.
    expect(depends).toContain('libgbm1');
    expect(depends).toContain('libasound2t64 | libasound2');
    // Setting depends replaces electron-builder's list, so Electron's own libraries must stay.
    const stock = schema.definitions.DebOptions.properties.depends.default;
    expect(stock.filter((name) => !depends.includes(name))).toEqual([]);
  });

  it('sets every Electron fuse the kiosk relies on', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs only the built app into app.asar', () => {
    expect(config.asar).toBe(true);
    const files = config.files as string[];
    expect(files).toEqual(
      expect.arrayContaining([
        'dist/electron/**',
        'dist/renderer/**',
        'dist/ssr/**',
        'package.json',
      ]),
    );
    const included = files.filter((pattern) => !pattern.startsWith('!'));
    const broad = included.filter((p) => p.startsWith('**') || p.startsWith('*') || p === '.');
    expect(broad).toEqual([]);
    expect(included.every((p) => p.startsWith('dist/') || p === 'package.json')).toBe(true);
    expect(files).toContain('!**/*.map');
  });

  it('ships the bundled default content, and every extra resource exists on disk', () => {
    const resources = [...(config.extraResources as Json[]), ...(linux.extraResources as Json[])];
    expect(resources).toContainEqual({
      from: 'data/default-content.json',
      to: 'default-content.json',
    });
    const missing = resources.filter((r) => !existsSync(join(root, String(r.from))));
    expect(missing).toEqual([]);
  });

  it('holds no certificate, key file or password anywhere', () => {
    expect(findSecrets(config)).toEqual([]);
  });

  it('would catch a planted certificate setting, so the secret check is real', () => {
    const planted = {
      ...config,
      win: { ...win, signtoolOptions: { certificateFile: 'x', certificatePassword: 'y' } },
      mac: { ...mac, cscLink: 'z' },
      extraFiles: [{ from: 'C:\\certs\\kiosk.PFX' }],
    };
    expect(findSecrets(planted)).toEqual(
      expect.arrayContaining([
        '.win.signtoolOptions.certificateFile',
        '.win.signtoolOptions.certificatePassword',
        '.mac.cscLink',
        '.extraFiles.0.from = C:\\certs\\kiosk.PFX',
      ]),
    );
  });

  it('pins the Windows publisher, so electron-updater refuses updates signed by anyone else', () => {
    expect(win.verifyUpdateCodeSignature).not.toBe(false);
    // publish.publisherName is what electron-builder writes into app-update.yml.
    expect(at(config, 'publish')).toMatchObject({
      provider: 'generic',
      publisherName: [PUBLISHER],
    });
    expect(at(win, 'signtoolOptions').publisherName).toEqual([PUBLISHER]);
    expect(String(at(config, 'publish').url)).toMatch(/^https:\/\//);
  });

  it('tells IT how to sign and how to install silently', () => {
    const header = configText.slice(0, configText.indexOf('\nappId:'));
    for (const fact of [
      'CSC_LINK',
      'CSC_KEY_PASSWORD',
      'AZURE_CLIENT_SECRET',
      'APPLE_API_KEY_ID',
      'APPLE_APP_SPECIFIC_PASSWORD',
      ' /S',
      '/D=',
      'msiexec /i',
      '/qn',
      'start /wait',
      '_?=',
      '-c.mac.notarize=false',
    ]) {
      expect(header).toContain(fact);
    }
  });
});

describe('deb install scripts', () => {
  const config = load(configText) as Json;
  const deb = at(config, 'deb');
  const linux = at(config, 'linux');
  // Read only when present, so a wrong path fails the test below rather than the whole file.
  const scriptAt = (path: unknown) =>
    existsSync(join(root, String(path))) ? readProjectFile(String(path)) : '';
  const afterInstall = scriptAt(deb.afterInstall);
  const afterRemove = scriptAt(deb.afterRemove);
  const stock = (name: string) =>
    readFileSync(join(builderLibDir, 'templates', 'linux', name), 'utf8');

  it('points at install scripts that exist', () => {
    expect(deb.afterInstall).toBe('assets/linux/after-install.sh');
    expect(deb.afterRemove).toBe('assets/linux/after-remove.sh');
    expect(afterInstall.startsWith('#!/bin/bash\n')).toBe(true);
    expect(afterRemove.startsWith('#!/bin/bash\n')).toBe(true);
  });

  it('writes the XDG auto-start entry on install and removes it on removal', () => {
    expect(afterInstall).toMatch(new RegExp(`^install .*\\s${AUTOSTART_ENTRY}$`, 'm'));
    expect(afterRemove).toMatch(new RegExp(`^rm -f ${AUTOSTART_ENTRY}$`, 'm'));
  });

  it('keeps every step of electron-builder’s own scripts, which setting these replaces', () => {
    expect(inOrder(commands(stock('after-install.tpl')), commands(afterInstall))).toBe(true);
    expect(inOrder(commands(stock('after-remove.tpl')), commands(afterRemove))).toBe(true);
  });

  it('would notice a dropped step, so the comparison is real', () => {
    const withoutSandbox = afterInstall.replace(/chmod 4755.*\n/, '');
    expect(inOrder(commands(stock('after-install.tpl')), commands(withoutSandbox))).toBe(false);
  });

  it('uses only placeholders electron-builder fills in', () => {
    const used = [...`${afterInstall}${afterRemove}`.matchAll(/\$\{([a-zA-Z]+)\}/g)].map(
      (m) => m[1],
    );
    expect(used.filter((name) => !SCRIPT_PLACEHOLDERS.includes(name ?? ''))).toEqual([]);
  });

  it('copies an auto-start entry that the deb ships and that launches the installed app', () => {
    const shipped = (linux.extraResources as Json[]).find((r) =>
      afterInstall.includes(`/resources/${String(r.to)}'`),
    );
    expect(shipped).toBeDefined();
    const entry = readProjectFile(String(shipped?.from));
    const fields = new Map(
      entry
        .split('\n')
        .filter((line) => line.includes('='))
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    expect(entry.startsWith('[Desktop Entry]\n')).toBe(true);
    expect(fields.get('Type')).toBe('Application');
    // The flag lets the kiosk close again at once when IT's policy turns auto-start off
    // (electron/main/auto-start.ts; its test reads this file too).
    expect(fields.get('Exec')).toBe(`/usr/bin/${String(linux.executableName)} --login-start`);
  });
});

describe('package.json dist scripts', () => {
  const scripts = (JSON.parse(readProjectFile('package.json')) as { scripts: Json }).scripts;

  it.each(['win', 'mac', 'linux'])('dist:%s builds first and never publishes', (platform) => {
    expect(scripts[`dist:${platform}`]).toBe(
      `npm run build && electron-builder --${platform} --publish never`,
    );
  });
});

describe('package.json dependencies', () => {
  it('has none for production: electron-builder packs those into app.asar, and the bundles need none', () => {
    // main.js and the preloads carry everything they import (build-electron.test.ts), so a
    // production dependency only adds node_modules nothing loads; `npm run check:package`
    // checks the packed app.asar itself.
    const packageJson = JSON.parse(readProjectFile('package.json')) as Json;
    expect(Object.keys((packageJson.dependencies ?? {}) as Json)).toEqual([]);
  });
});
