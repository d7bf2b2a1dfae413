import { RENDERER_SILENT_AFTER_MS } from '../../contract/wire.ts';
import type { Logger } from '../logger.ts';
import type { Timers } from '../clock.ts';

export interface RendererWatchdog {
  /** The renderer's heartbeat arrived. */
  alive(): void;
  stop(): void;
}

/**
 * Watches the running app's heartbeat, not the page: a page whose React tree has died still
 * has a document (and, rendered on the server, a full one), but it no longer beats. Armed by
 * the first beat, so a shell with no screen attached (a test, `npm run serve` alone) is left
 * alone; after a silence it asks once for a reload, then waits for the reloaded app to beat.
 */
export function createRendererWatchdog(options: {
  timers: Timers;
  log: Logger;
  onSilent: (reason: string) => void;
  silentAfterMs?: number;
}): RendererWatchdog {
  const { timers, log, onSilent, silentAfterMs = RENDERER_SILENT_AFTER_MS } = options;
  let handle: unknown;
  let stopped = false;
  const silent = (): void => {
    handle = undefined;
    const reason = `The screen sent no heartbeat for ${Math.round(silentAfterMs / 1000)} s`;
    log.warn(`${reason}: asking for a reload`);
    onSilent(reason);
  };
  return {
    alive() {
      if (stopped) return;
      if (handle !== undefined) timers.clearTimeout(handle);
      handle = timers.setTimeout(silent, silentAfterMs);
    },
    stop() {
      stopped = true;
      if (handle !== undefined) timers.clearTimeout(handle);
      handle = undefined;
    },
  };
}
