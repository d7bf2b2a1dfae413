import { getApi } from './api/get-api.ts';
import { browserClock } from './lib/clock.ts';
import { trackLastTouch } from './lib/last-touch.ts';
import { readFirstScreen } from './lib/read-first-screen.ts';
import { startNightlyReload } from './lib/nightly-reload.ts';
import { createSpeaker } from './lib/speech.ts';
import { startUsageRecording } from './lib/usage-recorder.ts';
import { createKioskStore } from './store/kiosk-store.ts';

/**
 * The kiosk's one store, connected as soon as this module runs. main.tsx imports it before
 * React, so the content request is on its way while the browser is still evaluating React DOM,
 * instead of after it.
 */
const api = getApi();

/** The page's first screen as the shell rendered it, which main.tsx hydrates; null without one. */
export const firstScreen = readFirstScreen(document);

export const store = createKioskStore(api, {
  // Hydration sees the state the shell rendered with: the same content, the same minute.
  ...(firstScreen && {
    seed: { revision: firstScreen.revision, content: firstScreen.content },
    startedAt: firstScreen.renderedAt,
  }),
  prefersReducedMotion: window.matchMedia('(prefers-reduced-motion: reduce)').matches,
  speaker: createSpeaker(window),
  // IT hears of it in the log, the heartbeat and admin; a failed report is tried next visit.
  reportMissingVoices: (languages) =>
    void api.reportMissingVoices({ languages }).catch(() => undefined),
});
// After hydration React renders this minute, should it have turned since the page was rendered.
store.getState().setNow(Date.now());
store.getState().connect();
const stopUsageRecording = startUsageRecording(store, api);
const reload = (): void => {
  // Counts still waiting for their batch are sent, and given a moment to arrive, first.
  stopUsageRecording();
  browserClock.setTimeout(() => window.location.reload(), 1000);
};
startNightlyReload(store, reload, trackLastTouch(document, browserClock));
// The core's watchdog heard no heartbeat from the React tree (the browser shell's way to say
// so; Electron's main process reloads the window itself). This listener lives outside React.
api.on('reloadRequested', reload);
