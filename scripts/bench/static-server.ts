import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FONT_FILES } from './static-page.ts';

const FONT_DIR = new URL(
  '../../node_modules/@fontsource/atkinson-hyperlegible-next/files/',
  import.meta.url,
);

export interface StaticServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * Serves the static page and its fonts over HTTP on loopback, like the browser shell serves the
 * kiosk, so both start-up figures pay the same kind of network round trips.
 */
export async function serveStaticPage(html: string): Promise<StaticServer> {
  const fonts = new Map<string, Buffer>();
  for (const file of FONT_FILES)
    fonts.set(`/fonts/${file}`, await readFile(new URL(file, FONT_DIR)));
  const server = createServer((request, response) => {
    const font = fonts.get(request.url ?? '');
    if (request.url === '/') response.writeHead(200, { 'content-type': 'text/html' }).end(html);
    else if (font) response.writeHead(200, { 'content-type': 'font/woff2' }).end(font);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(port)}/`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
