import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIRST_SCREEN_MODULE } from '../../contract/first-screen.ts';

export const FIXTURE_INDEX_HTML =
  '<!doctype html><html lang="en"><title>Fixture</title><script type="module" src="/assets/app.js"></script><body><div id="root"></div></body></html>';
export const FIXTURE_ASSET = 'console.log("fixture renderer");';

/** What the fixture's server build renders: the number of programs it was given. */
export const fixtureFirstScreen = (programs: number): string =>
  `<main>${String(programs)} programs</main>`;

/**
 * A tiny stand-in for dist/renderer, so host tests never depend on the renderer's build; with
 * `firstScreen`, a stand-in for dist/ssr beside it too.
 */
export async function makeRendererDir(
  options: { firstScreen?: boolean } = {},
): Promise<{ dir: string; remove(): Promise<void> }> {
  const dist = await mkdtemp(join(tmpdir(), 'asb-kiosk-dist-'));
  const dir = join(dist, 'renderer');
  await mkdir(join(dir, 'assets'), { recursive: true });
  await writeFile(join(dir, 'index.html'), FIXTURE_INDEX_HTML);
  await writeFile(join(dir, 'assets', 'app.js'), FIXTURE_ASSET);
  await writeFile(join(dir, '.secret'), 'not for the web');
  if (options.firstScreen) {
    await mkdir(join(dist, 'ssr'));
    await writeFile(
      join(dist, 'ssr', FIRST_SCREEN_MODULE),
      'export const renderFirstScreen = (state) =>' +
        ' ({ screen: `<main>${state.content.programs.length} programs</main>`, home: "" });\n',
    );
  }
  return { dir, remove: () => rm(dist, { recursive: true, force: true }) };
}
