import type { FastifyInstance } from 'fastify';
import { HTTP_EVENTS_ROUTE } from '../contract/wire.ts';
import { SECURITY_HEADERS } from '../contract/security-headers.ts';
import type { CoreEvent, KioskCore } from '../core/index.ts';

export const DEFAULT_KEEP_ALIVE_MS = 15_000;

export function formatEvent(event: CoreEvent): string {
  return `event: ${event.name}\ndata: ${JSON.stringify(event.payload)}\n\n`;
}

/**
 * Server-sent events carrying the core's events to the renderer, each stream opening with the
 * revision published now. The keep-alive comment stops
 * idle connections being dropped by anything in between; each stream unsubscribes when its
 * client goes away, and all are ended before the server closes (an open stream would
 * otherwise hold close() forever).
 */
export function registerEventStream(
  app: FastifyInstance,
  options: { core: KioskCore; keepAliveMs: number },
): void {
  const endStream = new Set<() => void>();

  app.get(HTTP_EVENTS_ROUTE, { exposeHeadRoute: false }, (_request, reply) => {
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/event-stream; charset=utf-8',
      Connection: 'keep-alive',
    });
    res.write('retry: 2000\n\n');
    const unsubscribe = options.core.subscribe((event) => res.write(formatEvent(event)));
    // A page reads the content, then opens this stream: a change published between the two
    // never reached it, and it showed the old content until the next change. Each stream starts
    // with the revision visitors see now; a page that has another reads the content again.
    options.core.invoke('getPublishedContent', undefined).then(
      ({ revision }) => {
        if (!res.writableEnded) {
          res.write(formatEvent({ name: 'contentChanged', payload: { revision } }));
        }
      },
      // Nothing to tell: the page keeps the content it has, and the next change still comes.
      () => undefined,
    );
    const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), options.keepAliveMs);
    const end = (): void => {
      if (!endStream.delete(end)) return;
      clearInterval(keepAlive);
      unsubscribe();
      res.end();
    };
    endStream.add(end);
    res.on('close', end);
  });

  app.addHook('preClose', async () => {
    for (const end of [...endStream]) end();
  });
}
