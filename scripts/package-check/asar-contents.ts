import { count, type Check } from './check.ts';

/** A file app.asar must hold; without bytes, only its presence is checked. */
export interface WantedFile {
  /** As @electron/asar lists it: `/dist/electron/main.js`. */
  path: string;
  bytes?: Buffer;
}

export interface AppAsar {
  /** Every file (not folder) in app.asar. */
  packed: string[];
  wanted: WantedFile[];
  /** Files that must be among the wanted ones: the app is nothing without them. */
  essential: string[];
  /** package.json's `dependencies`: what makes electron-builder pack node_modules. */
  dependencies: string[];
  readPacked(path: string): Buffer;
}

/** The package a path in node_modules belongs to: `/node_modules/@a/b/x.js` is `@a/b`. */
export function packageOf(path: string): string | undefined {
  return /^\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
}

/** `/dist/electron/hash-pin/x.js` counts under `dist/electron`; a top-level file under itself. */
const folderOf = (path: string): string => path.split('/').slice(1, 3).join('/');

const FEW = 8;
const few = (items: string[]): string =>
  items.length <= FEW
    ? items.join(', ')
    : `${items.slice(0, FEW).join(', ')} and ${count(items.length - FEW)} more`;

export function judgeAppAsar({
  packed,
  wanted,
  essential,
  dependencies,
  readPacked,
}: AppAsar): Check[] {
  const inAsar = new Set(packed);
  const wantedPaths = new Set(wanted.map((file) => file.path));
  const missing = [
    ...essential.filter((path) => !wantedPaths.has(path)),
    ...wanted.filter((file) => !inAsar.has(file.path)).map((file) => file.path),
  ];
  const changed = wanted
    .filter(
      (file) => file.bytes && inAsar.has(file.path) && !readPacked(file.path).equals(file.bytes),
    )
    .map((file) => file.path);
  const extra = packed.filter((path) => !wantedPaths.has(path));
  const modules = extra.filter((path) => packageOf(path) !== undefined);
  const packages = [...new Set(modules.map(packageOf))].sort() as string[];
  const others = extra.filter((path) => packageOf(path) === undefined);

  const perFolder = new Map<string, number>();
  for (const file of wanted) {
    perFolder.set(folderOf(file.path), (perFolder.get(folderOf(file.path)) ?? 0) + 1);
  }
  const held = [...perFolder].map(([folder, n]) => `${folder} (${count(n)})`).join(', ');
  return [
    {
      ok: missing.length === 0 && changed.length === 0,
      line:
        `app.asar holds the build: ${held}; entry points ${essential.join(', ')}` +
        (missing.length > 0 ? `; MISSING ${few(missing)}` : '') +
        (changed.length > 0 ? `; DIFFERS from dist/: ${few(changed)}` : ''),
    },
    modules.length === 0
      ? { ok: true, line: 'app.asar holds no node_modules (main.js and the preloads are bundles)' }
      : {
          ok: false,
          line:
            `app.asar holds ${count(modules.length)} files of node_modules from ` +
            `${count(packages.length)} packages (${few(packages)}), which nothing loads at run ` +
            `time: main.js and the preloads are bundles. package.json's dependencies pull them ` +
            `in: ${dependencies.join(', ') || 'none'}`,
        },
    {
      ok: others.length === 0,
      line:
        others.length === 0
          ? 'app.asar holds nothing else'
          : `app.asar holds files electron-builder.yml's files list does not name: ${few(others)}`,
    },
  ];
}
