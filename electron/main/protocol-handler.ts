import { readFile as readFromDisk } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { SECURITY_HEADERS } from '../contract/security-headers.ts';
import type { Logger } from '../core/index.ts';
import { contentTypeFor } from './content-types.ts';
import { resolveRendererPath } from './renderer-path.ts';

export type ReadFile = (path: string) => Promise<Uint8Array<ArrayBuffer>>;

export interface AppProtocolOptions {
  /** The built renderer (dist/renderer): the only folder this protocol serves from. */
  rendererDir: string;
  log: Logger;
  readFile?: ReadFile;
  /** The kiosk's page with its first screen rendered in (the core's FirstScreenPages). */
  page?: () => Promise<string>;
}

// A missing file, or a folder asked for as a file: both simply are not there.
const NOT_THERE = new Set(['ENOENT', 'ENOTDIR', 'EISDIR']);

/** Answers every app:// request; each answer, refusals included, carries the shared security headers. */
export function createAppProtocolHandler({
  rendererDir,
  log,
  readFile = readFromDisk,
  page,
}: AppProtocolOptions): (request: Request) => Promise<Response> {
  return async (request) => {
    const head = request.method === 'HEAD';
    if (request.method !== 'GET' && !head) {
      return reply(405, 'Method not allowed', 'text/plain; charset=utf-8', head, {
        Allow: 'GET, HEAD',
      });
    }
    const target = resolveRendererPath(request.url, rendererDir);
    if (target.kind === 'refused') {
      log.warn(`Refused ${request.url}: ${target.reason}`);
      return reply(403, 'Forbidden', 'text/plain; charset=utf-8', head);
    }
    if (target.kind === 'built-in') {
      return reply(200, target.file.body, target.file.contentType, head);
    }
    try {
      if (page && target.path === join(resolve(rendererDir), 'index.html')) {
        return reply(200, await page(), 'text/html; charset=utf-8', head);
      }
      return reply(200, await readFile(target.path), contentTypeFor(target.path), head);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== undefined && NOT_THERE.has(code)) {
        return reply(404, 'Not found', 'text/plain; charset=utf-8', head);
      }
      log.error(`Could not read ${target.path}`, { error: String(error) });
      return reply(500, 'The file could not be read', 'text/plain; charset=utf-8', head);
    }
  };
}

function reply(
  status: number,
  body: string | Uint8Array<ArrayBuffer>,
  contentType: string,
  head: boolean,
  extra: Record<string, string> = {},
): Response {
  const headers = new Headers({ ...extra, 'Content-Type': contentType });
  // Set last so that nothing above can weaken them.
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) headers.set(name, value);
  return new Response(head ? null : body, { status, headers });
}
