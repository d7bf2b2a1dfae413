import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, matchesGlob, relative } from 'node:path';
import { load } from 'js-yaml';
import { judgeAppAsar, type WantedFile } from './asar-contents.ts';
import { asar } from './builder-modules.ts';
import { filePatterns, linuxExtraResources, type Json } from './builder-config.ts';
import type { Check } from './check.ts';
import { judgeAppUpdate, judgeResourceFolder } from './resources-check.ts';

export interface Project {
  root: string;
  /** electron-builder.yml. */
  config: Json;
  /** Built files the app cannot start without. */
  essential: string[];
  /** package.json's production dependencies. */
  dependencies: string[];
}

export interface Inspection {
  checks: Check[];
  asarBytes: number;
  asarFiles: number;
}

/** Each file app.asar must hold, with its bytes from dist/ (package.json is rewritten). */
async function wantedFiles(root: string, files: unknown): Promise<WantedFile[]> {
  const { folders, single, excluded } = filePatterns(files);
  const underFolders = await Promise.all(
    folders.map(async (folder) => {
      const entries = await readdir(join(root, folder), { recursive: true, withFileTypes: true });
      return entries
        .filter((entry) => entry.isFile())
        .map((entry) => relative(root, join(entry.parentPath, entry.name)));
    }),
  );
  const kept = underFolders.flat().filter((path) => !excluded.some((g) => matchesGlob(path, g)));
  return [
    ...(await Promise.all(
      kept.map(async (path) => ({ path: `/${path}`, bytes: await readFile(join(root, path)) })),
    )),
    ...single.map((path) => ({ path: `/${path}` })),
  ];
}

async function inspectAsar(project: Project, asarPath: string) {
  const packed = asar
    .listPackage(asarPath, { isPack: false })
    .filter((path) => !('files' in asar.statFile(asarPath, path.slice(1))));
  const checks = judgeAppAsar({
    packed,
    wanted: await wantedFiles(project.root, project.config.files),
    essential: project.essential.map((path) => `/${path}`),
    dependencies: project.dependencies,
    readPacked: (path) => asar.extractFile(asarPath, path.slice(1)),
  });
  return { checks, asarBytes: (await stat(asarPath)).size, asarFiles: packed.length };
}

async function inspectResources(root: string, config: Json, resources: string): Promise<Check[]> {
  const extras = linuxExtraResources(config);
  const updateFile = join(resources, 'app-update.yml');
  const expected = [
    'app.asar',
    ...extras.map((extra) => extra.to),
    ...(config.publish ? ['app-update.yml'] : []),
  ];
  const copies = await Promise.all(
    extras.map(async ({ from, to }): Promise<Check> => {
      const copied = join(resources, to);
      const same =
        existsSync(copied) && (await readFile(copied)).equals(await readFile(join(root, from)));
      return { ok: same, line: `resources/${to} ${same ? 'is' : 'is NOT'} ${from}` };
    }),
  );
  const parsed = existsSync(updateFile) ? load(await readFile(updateFile, 'utf8')) : undefined;
  return [
    judgeResourceFolder(await readdir(resources), expected),
    ...copies,
    judgeAppUpdate(parsed, config.publish),
  ];
}

/** Reads what electron-builder made in `appOutDir` (linux-unpacked) against the project. */
export async function inspectPackage(project: Project, appOutDir: string): Promise<Inspection> {
  const resources = join(appOutDir, 'resources');
  const app = await inspectAsar(project, join(resources, 'app.asar'));
  const files = await inspectResources(project.root, project.config, resources);
  return { ...app, checks: [...app.checks, ...files] };
}
