/** What the package check reads from package.json and electron-builder.yml. */
export type Json = Record<string, unknown>;

export interface ExtraResource {
  from: string;
  to: string;
}

/** The exact Electron version package.json pins; electron-builder needs one for a stand-in. */
export function pinnedElectronVersion(packageJson: Json): string {
  const version = (packageJson.devDependencies as Json | undefined)?.electron;
  if (typeof version !== 'string' || !/^\d+\.\d+\.\d+(?:-[\w.]+)?$/.test(version)) {
    throw new Error(
      `package.json's devDependencies must pin electron to one exact version, not ${String(version)}`,
    );
  }
  return version;
}

/**
 * Built files the app cannot start without (main, both preloads and the kiosk's page), and the
 * server build that paints its first screen before any script runs.
 */
export function essentialFiles(packageJson: Json): string[] {
  return [
    String(packageJson.main),
    'dist/electron/preload.cjs',
    'dist/electron/hash-pin-preload.cjs',
    'dist/renderer/index.html',
    'dist/ssr/render-first-screen.js',
  ];
}

/** The resources a Linux package carries beside app.asar: the shared list, then Linux's own. */
export function linuxExtraResources(config: Json): ExtraResource[] {
  const linux = (config.linux as Json | undefined) ?? {};
  return [config.extraResources, linux.extraResources].flatMap((list) =>
    Array.isArray(list) ? (list as ExtraResource[]) : [],
  );
}

export interface FilePatterns {
  /** `dist/electron/**`: everything under the folder. */
  folders: string[];
  /** `package.json`: one file, which electron-builder rewrites (extraMetadata). */
  single: string[];
  /** `!**\/*.map`: globs left out. */
  excluded: string[];
}

/** Sorts electron-builder.yml's `files` list; a wildcard it cannot place is an error. */
export function filePatterns(files: unknown): FilePatterns {
  const patterns: FilePatterns = { folders: [], single: [], excluded: [] };
  for (const pattern of Array.isArray(files) ? (files as string[]) : []) {
    if (pattern.startsWith('!')) patterns.excluded.push(pattern.slice(1));
    else if (pattern.endsWith('/**') && !pattern.slice(0, -3).includes('*')) {
      patterns.folders.push(pattern.slice(0, -3));
    } else if (!pattern.includes('*')) patterns.single.push(pattern);
    else throw new Error(`the package check cannot read the files pattern ${pattern}`);
  }
  return patterns;
}
