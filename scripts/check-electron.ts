// `npm run check:electron`: asks the npm registry for Electron's releases and says whether a
// newer patch of the pinned major or a newer major is out. Advice, not a test: exits 0 either way.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { adviseOnElectron, describeElectronAdvice } from './electron-release/electron-advice.ts';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as {
  devDependencies: Record<string, string>;
};
const pinned = pkg.devDependencies.electron ?? '';

// Under `npm run`, npm_execpath is the npm that started us: run it with this same Node.
const viewArgs = ['view', 'electron', 'versions', 'dist-tags', '--json'];
const npmCli = process.env.npm_execpath;
const { stdout } = await promisify(execFile)(
  npmCli ? process.execPath : 'npm',
  npmCli ? [npmCli, ...viewArgs] : viewArgs,
  { maxBuffer: 16 * 1024 * 1024, shell: !npmCli && process.platform === 'win32' },
);
const view = JSON.parse(stdout) as { versions: string[]; 'dist-tags': { latest: string } };

const advice = adviseOnElectron(pinned, {
  versions: view.versions,
  latest: view['dist-tags'].latest,
});
process.stdout.write(`${describeElectronAdvice(advice).join('\n')}\n`);
