import { useEffect } from 'react';
import { RENDERER_HEARTBEAT_MS } from '../../../electron/contract/wire.ts';
import { browserClock } from '../lib/clock.ts';
import { selectBeat } from '../store/selectors.ts';
import { useKiosk } from '../store/store-context.tsx';

/**
 * Beats while the React tree is mounted: a tree that died (and a page left white) falls
 * silent, and the core's watchdog has it reloaded.
 */
export function useHeartbeat(): void {
  const beat = useKiosk(selectBeat);
  useEffect(() => {
    let handle = 0;
    const next = (): void => {
      beat();
      handle = browserClock.setTimeout(next, RENDERER_HEARTBEAT_MS);
    };
    next();
    return () => browserClock.clearTimeout(handle);
  }, [beat]);
}
