/**
 * What the kiosk evaluates before React has its first screen, and the sandboxed preload, must
 * stay small and free of zod (the core validates; no first screen needs a schema). The budgets
 * were set from the build that met them, with room for ordinary growth: raising one is a
 * decision to make in review, not a number to bump. Tightened with issue 19 (server-rendered
 * first screen) to about 2-5% over what it built to: 283,902, 3,437 and 34,333 bytes. The CSS
 * budget tightened again when staff's styles moved to the PIN pad's and admin's chunks: 26,333.
 * `entry` is the page's entry script alone (boot.ts, 4,446 bytes): all the script that runs
 * before the first screen is painted, and what answers "begin" until React has the page; it is
 * counted in `startup` too.
 */
export const BUDGETS = {
  entry: 4_600,
  startup: 290_000,
  preload: 3_600,
  css: 27_500,
} as const;
export type BudgetName = keyof typeof BUDGETS;

/** Identifiers only zod's own code carries; a schema, a parse or an error class brings one in. */
export const ZOD_MARKERS = ['$ZodType', 'ZodError', '_zod.def'] as const;

export function zodMarkersIn(code: string): string[] {
  return ZOD_MARKERS.filter((marker) => code.includes(marker));
}

const attribute = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}="([^"]+)"`).exec(tag)?.[1];

/** The style sheets the built index.html links: all of them load before the first paint. */
export function startupStyles(indexHtml: string): string[] {
  const styles: string[] = [];
  for (const [tag] of indexHtml.matchAll(/<link\b[^>]*>/g)) {
    const href = attribute(tag, 'href');
    if (attribute(tag, 'rel') === 'stylesheet' && href) styles.push(href);
  }
  return styles;
}

/** What check:bundle reads of an entry in Vite's build manifest (dist/renderer/.vite). */
export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

export type BuildManifest = Readonly<Record<string, ManifestChunk>>;

/** The key of the page's one entry in the build manifest. */
function entryKey(manifest: BuildManifest): string {
  const entries = Object.keys(manifest).filter((key) => manifest[key]!.isEntry);
  if (entries.length !== 1) throw new Error('The build manifest must have one entry');
  return entries[0]!;
}

/** The page's entry script, as the build manifest names it. */
export function entryScript(manifest: BuildManifest): string {
  return `/${manifest[entryKey(manifest)]!.file}`;
}

/**
 * Every script the kiosk evaluates before React has taken its first screen over: the page's
 * entry, and the module it imports once the first frame is painted (boot.ts imports main.tsx),
 * each with all it imports. Screens the kiosk loads later are dynamic imports of main's, and
 * are not counted.
 */
export function startupScripts(manifest: BuildManifest): string[] {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The build manifest has no ${key}`);
    if (files.has(`/${chunk.file}`)) return;
    files.add(`/${chunk.file}`);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  const entry = entryKey(manifest);
  visit(entry);
  for (const imported of manifest[entry]!.dynamicImports ?? []) visit(imported);
  return [...files];
}

export interface BuiltFile {
  path: string;
  budget: BudgetName;
  code: string;
}

export interface BudgetReport {
  ok: boolean;
  lines: string[];
}

/** One line per budget (bytes against its limit) and per file that carries zod. */
export function judgeBundle(files: BuiltFile[]): BudgetReport {
  const lines: string[] = [];
  let ok = true;
  for (const budget of Object.keys(BUDGETS) as BudgetName[]) {
    const mine = files.filter((file) => file.budget === budget);
    if (mine.length === 0) {
      ok = false;
      lines.push(`FAIL ${budget}: no built file found (run \`npm run build\` first)`);
      continue;
    }
    const bytes = mine.reduce((sum, file) => sum + Buffer.byteLength(file.code), 0);
    const within = bytes <= BUDGETS[budget];
    ok &&= within;
    lines.push(
      `${within ? 'ok  ' : 'FAIL'} ${budget}: ${bytes.toLocaleString('en-US')} bytes ` +
        `(budget ${BUDGETS[budget].toLocaleString('en-US')}) in ${mine.map((f) => f.path).join(', ')}`,
    );
  }
  for (const file of files) {
    if (file.budget === 'css') continue;
    const found = zodMarkersIn(file.code);
    if (found.length > 0) {
      ok = false;
      lines.push(`FAIL ${file.path} carries zod (${found.join(', ')})`);
    }
  }
  return { ok, lines };
}
