import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FirstScreenState } from '../../contract/first-screen.ts';
import { FIRST_SCREEN_MODULE } from '../../contract/first-screen.ts';
import { makeContent } from '../test-support/make-content.ts';
import { createRecordingLogger } from '../test-support/recording-logger.ts';
import { createFirstScreenPages, firstScreenDir } from './first-screen-pages.ts';

const TEMPLATE = '<html><body><div id="root"></div></body></html>';
const NOW = 1_764_000_000_000;
let dist: string;
let rendererDir: string;

beforeEach(async () => {
  dist = await mkdtemp(join(tmpdir(), 'first-screen-'));
  rendererDir = join(dist, 'renderer');
  await mkdir(rendererDir);
  await writeFile(join(rendererDir, 'index.html'), TEMPLATE);
});
afterEach(() => rm(dist, { recursive: true, force: true }));

const content = makeContent('Live');
const published = async () => ({ revision: 7, content });

describe('createFirstScreenPages', () => {
  it('renders the content published at the time of each request', async () => {
    const seen: FirstScreenState[] = [];
    let revision = 1;
    const pages = createFirstScreenPages({
      rendererDir,
      published: async () => ({ revision: revision++, content }),
      log: createRecordingLogger(),
      now: () => NOW,
      load: async () => (state) => {
        seen.push(state);
        return { screen: `<main>revision ${String(state.revision)}</main>`, home: '' };
      },
    });
    expect(await pages.page()).toContain('<div id="root"><main>revision 1</main></div>');
    expect(await pages.page()).toContain('<div id="root"><main>revision 2</main></div>');
    expect(seen[0]).toEqual({ revision: 1, content, renderedAt: NOW });
  });

  it('renders once per revision and minute, and again for a new build of the page', async () => {
    let renders = 0;
    let revision = 1;
    let time = NOW;
    const pages = createFirstScreenPages({
      rendererDir,
      published: async () => ({ revision, content }),
      log: createRecordingLogger(),
      now: () => time,
      load: async () => (state) => ({
        screen: `<main>${String(++renders)}:${String(state.revision)}</main>`,
        home: '',
      }),
    });
    const first = await pages.page();
    time += 1_000;
    expect(await pages.page()).toBe(first);
    expect(renders).toBe(1);
    revision = 2;
    expect(await pages.page()).toContain('<main>2:2</main>');
    time += 60_000;
    expect(await pages.page()).toContain('<main>3:2</main>');
    await writeFile(
      join(rendererDir, 'index.html'),
      TEMPLATE.replace('<html>', '<html lang="en">'),
    );
    expect(await pages.page()).toContain('<html lang="en"><body><div id="root"><main>4:2</main>');
  });

  it('loads the server build from dist/ssr beside the renderer, once', async () => {
    expect(firstScreenDir(rendererDir)).toBe(join(dist, 'ssr'));
    await mkdir(join(dist, 'ssr'));
    await writeFile(
      join(dist, 'ssr', FIRST_SCREEN_MODULE),
      'globalThis.firstScreenLoads = (globalThis.firstScreenLoads ?? 0) + 1;\n' +
        'export const renderFirstScreen = (s) =>' +
        ' ({ screen: `<p>${s.content.programs.length}</p>`, home: "" });\n',
    );
    const pages = createFirstScreenPages({
      rendererDir,
      published,
      log: createRecordingLogger(),
      now: () => NOW,
    });
    expect(await pages.page()).toContain(
      `<div id="root"><p>${String(content.programs.length)}</p>`,
    );
    await pages.page();
    expect((globalThis as { firstScreenLoads?: number }).firstScreenLoads).toBe(1);
  });

  it('sends the plain page, and says so once, when there is no server build', async () => {
    const log = createRecordingLogger();
    const pages = createFirstScreenPages({ rendererDir, published, log, now: () => NOW });
    expect(await pages.page()).toBe(TEMPLATE);
    expect(await pages.page()).toBe(TEMPLATE);
    expect(log.lines.map((line) => line.message)).toEqual([
      'The first screen is drawn in the browser: its server build did not load',
    ]);
  });

  it('sends the plain page when rendering fails or the content cannot be read', async () => {
    const log = createRecordingLogger();
    let fail: 'render' | 'content' = 'render';
    const pages = createFirstScreenPages({
      rendererDir,
      published: async () => {
        if (fail === 'content') throw new Error('store not ready');
        return { revision: 1, content };
      },
      log,
      now: () => NOW,
      load: async () => () => {
        throw new Error('a component threw');
      },
    });
    expect(await pages.page()).toBe(TEMPLATE);
    fail = 'content';
    expect(await pages.page()).toBe(TEMPLATE);
    expect(
      log.lines.map((line) => [line.level, String((line.meta as { error: string }).error)]),
    ).toEqual([
      ['error', 'Error: a component threw'],
      ['error', 'Error: store not ready'],
    ]);
  });
});
