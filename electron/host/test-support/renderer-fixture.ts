import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIXTURE_INDEX_HTML =
  '<!doctype html><html lang="en"><title>Fixture</title><script type="module" src="/assets/app.js"></script></html>';
export const FIXTURE_ASSET = 'console.log("fixture renderer");';

/** A tiny stand-in for dist/renderer, so host tests never depend on the renderer's build. */
export async function makeRendererDir(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'asb-kiosk-renderer-'));
  await mkdir(join(dir, 'assets'));
  await writeFile(join(dir, 'index.html'), FIXTURE_INDEX_HTML);
  await writeFile(join(dir, 'assets', 'app.js'), FIXTURE_ASSET);
  await writeFile(join(dir, '.secret'), 'not for the web');
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
