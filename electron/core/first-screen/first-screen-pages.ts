import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { OperationOutput } from '../../contract/api.ts';
import {
  FIRST_SCREEN_EXPORT,
  FIRST_SCREEN_MODULE,
  MINUTE_MS,
  type RenderFirstScreen,
} from '../../contract/first-screen.ts';
import type { Now } from '../clock.ts';
import type { Logger } from '../logger.ts';
import { embedFirstScreen } from './embed-first-screen.ts';

/** Where `vite build --ssr` puts the renderer's server build: beside the built renderer. */
export const firstScreenDir = (rendererDir: string): string =>
  join(dirname(resolve(rendererDir)), 'ssr');

/** Loads the server build by path at run time: the shells never import renderer code. */
export async function loadFirstScreenRenderer(ssrDir: string): Promise<RenderFirstScreen> {
  const module = (await import(pathToFileURL(join(ssrDir, FIRST_SCREEN_MODULE)).href)) as Record<
    string,
    unknown
  >;
  const render = module[FIRST_SCREEN_EXPORT];
  if (typeof render !== 'function') {
    throw new Error(`${FIRST_SCREEN_MODULE} does not export ${FIRST_SCREEN_EXPORT}`);
  }
  return render as RenderFirstScreen;
}

export interface FirstScreenPagesOptions {
  /** The built renderer: its index.html is the page's frame. */
  rendererDir: string;
  /** The content visitors see now, as the core answers getPublishedContent. */
  published: () => Promise<OperationOutput<'getPublishedContent'>>;
  log: Logger;
  now: Now;
  /** dist/ssr unless given (tests). */
  load?: () => Promise<RenderFirstScreen>;
}

export interface FirstScreenPages {
  /** The kiosk's page with the first screen in it; the plain built page if that cannot be. */
  page(): Promise<string>;
}

/**
 * Renders the first screen with the content published at the moment of the request, so a
 * reload shows the latest at once. It never stands between a visitor and the kiosk: without
 * the server build, or if rendering fails, the plain page goes out and the browser renders.
 */
export function createFirstScreenPages(options: FirstScreenPagesOptions): FirstScreenPages {
  const { rendererDir, published, log, now } = options;
  const load = options.load ?? (() => loadFirstScreenRenderer(firstScreenDir(rendererDir)));
  // Loaded once; a build that is not there stays not there until the next start.
  let renderer: Promise<RenderFirstScreen | null> | undefined;
  const loadOnce = () =>
    (renderer ??= load().catch((error: unknown) => {
      log.warn('The first screen is drawn in the browser: its server build did not load', {
        error: String(error),
      });
      return null;
    }));

  // The page a visitor would get again: the same build, revision and minute render the same
  // (the renderer's clock counts whole minutes too).
  let last: { template: string; key: string; page: string } | undefined;

  return {
    async page() {
      const template = await readFile(join(rendererDir, 'index.html'), 'utf8');
      const render = await loadOnce();
      if (!render) return template;
      try {
        const { revision, content } = await published();
        const renderedAt = now();
        const key = `${String(revision)}@${String(Math.floor(renderedAt / MINUTE_MS))}`;
        if (last?.template === template && last.key === key) return last.page;
        const state = { revision, content, renderedAt };
        const page = embedFirstScreen(template, render(state), state);
        last = { template, key, page };
        return page;
      } catch (error) {
        log.error('The first screen could not be rendered; the browser draws it', {
          error: String(error),
        });
        return template;
      }
    },
  };
}
