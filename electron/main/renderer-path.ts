import { join, resolve, sep } from 'node:path';
import { APP_ORIGIN, isAppUrl } from './app-origin.ts';
import { BUILT_IN_FILES, type BuiltInFile } from './unavailable-page.ts';

export type RendererTarget =
  | { kind: 'file'; path: string }
  | { kind: 'built-in'; file: BuiltInFile }
  | { kind: 'refused'; reason: string };

// Characters no file name under dist/renderer has: separators, drive colons, NUL, and a `%`
// left after decoding (a double-encoded probe). Any of them means someone is probing.
const UNSAFE_SEGMENT = /[/\\:%\0]/;

/**
 * Maps an app:// URL to a file inside the built renderer, or refuses it. Chromium already
 * normalises `..` in standard URLs, but decoding can bring one back (`..%2f`), so every decoded
 * segment is checked and the joined path must still lie inside the renderer folder.
 */
export function resolveRendererPath(url: string, rendererDir: string): RendererTarget {
  if (!isAppUrl(url)) return refused(`only ${APP_ORIGIN} is served`);
  const parsed = new URL(url);
  const builtIn = BUILT_IN_FILES.get(parsed.pathname);
  if (builtIn) return { kind: 'built-in', file: builtIn };

  const segments = parsed.pathname.slice(1).split('/');
  if (segments.at(-1) === '') segments[segments.length - 1] = 'index.html';
  const decoded: string[] = [];
  for (const segment of segments) {
    let name: string;
    try {
      name = decodeURIComponent(segment);
    } catch {
      return refused('badly encoded path');
    }
    if (name === '' || name === '.' || name === '..' || UNSAFE_SEGMENT.test(name)) {
      return refused('path leaves the renderer folder');
    }
    decoded.push(name);
  }

  const root = resolve(rendererDir);
  const path = join(root, ...decoded);
  if (!path.startsWith(root + sep)) return refused('path leaves the renderer folder');
  return { kind: 'file', path };
}

function refused(reason: string): RendererTarget {
  return { kind: 'refused', reason };
}
