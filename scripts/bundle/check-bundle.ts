// `npm run check:bundle`, after `npm run build`: the start-up chunk, the preload and the CSS
// within their budgets and the first two free of zod (scripts/bundle/bundle-budget.ts).
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { judgeBundle, startupAssets, type BuiltFile } from './bundle-budget.ts';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const rendererDir = join(root, 'dist/renderer');

async function builtFiles(): Promise<BuiltFile[]> {
  const read = (path: string) => readFile(path, 'utf8');
  const { scripts, styles } = startupAssets(await read(join(rendererDir, 'index.html')));
  const fromPage = (budget: BuiltFile['budget']) => async (href: string) => ({
    path: `dist/renderer${href}`,
    budget,
    code: await read(join(rendererDir, href)),
  });
  return [
    ...(await Promise.all(scripts.map(fromPage('startup')))),
    ...(await Promise.all(styles.map(fromPage('css')))),
    {
      path: 'dist/electron/preload.cjs',
      budget: 'preload',
      code: await read(join(root, 'dist/electron/preload.cjs')),
    },
  ];
}

try {
  const report = judgeBundle(await builtFiles());
  for (const line of report.lines) console.log(line);
  if (!report.ok) process.exitCode = 1;
} catch (error) {
  console.error(
    `Cannot check the bundle: ${(error as Error).message}. Run \`npm run build\` first.`,
  );
  process.exitCode = 1;
}
