// `npm run check:bundle`, after `npm run build`: the entry, the start-up chunks, the preload
// and the CSS within their budgets and the scripts free of zod (scripts/bundle/bundle-budget.ts),
// and the server build (dist/ssr) self-contained, as the packaged app has no node_modules.
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  entryScript,
  judgeBundle,
  startupScripts,
  startupStyles,
  type BuildManifest,
  type BuiltFile,
} from './bundle-budget.ts';
import { loadsFromOutside } from './loads-in.ts';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const rendererDir = join(root, 'dist/renderer');

async function builtFiles(): Promise<BuiltFile[]> {
  const read = (path: string) => readFile(path, 'utf8');
  const styles = startupStyles(await read(join(rendererDir, 'index.html')));
  const manifest = JSON.parse(
    await read(join(rendererDir, '.vite/manifest.json')),
  ) as BuildManifest;
  const fromPage = (budget: BuiltFile['budget']) => async (href: string) => ({
    path: `dist/renderer${href}`,
    budget,
    code: await read(join(rendererDir, href)),
  });
  return [
    await fromPage('entry')(entryScript(manifest)),
    ...(await Promise.all(startupScripts(manifest).map(fromPage('startup')))),
    ...(await Promise.all(styles.map(fromPage('css')))),
    {
      path: 'dist/electron/preload.cjs',
      budget: 'preload',
      code: await read(join(root, 'dist/electron/preload.cjs')),
    },
  ];
}

/** Each file of dist/ssr that loads something from outside it, with what it loads. */
async function serverBuildProblems(): Promise<string[]> {
  const ssrDir = join(root, 'dist/ssr');
  const files = (await readdir(ssrDir, { recursive: true })).filter((f) => f.endsWith('.js'));
  if (files.length === 0) return ['dist/ssr has no JavaScript: the server build is missing'];
  const problems: string[] = [];
  for (const file of files) {
    const outside = loadsFromOutside(await readFile(join(ssrDir, file), 'utf8'));
    if (outside.length > 0) problems.push(`dist/ssr/${file} loads ${outside.join(', ')}`);
  }
  return problems;
}

try {
  const report = judgeBundle(await builtFiles());
  for (const line of report.lines) console.log(line);
  if (!report.ok) process.exitCode = 1;
  const problems = await serverBuildProblems();
  for (const problem of problems) console.log(`over ssr: ${problem}`);
  if (problems.length > 0) process.exitCode = 1;
  else console.log('ok   ssr: dist/ssr loads only Node built-ins and its own files');
} catch (error) {
  console.error(
    `Cannot check the bundle: ${(error as Error).message}. Run \`npm run build\` first.`,
  );
  process.exitCode = 1;
}
