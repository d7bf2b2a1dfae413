import { getApi } from './api/get-api.ts';
import { browserClock } from './lib/clock.ts';
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

export const store = createKioskStore(api, {
  prefersReducedMotion: window.matchMedia('(prefers-reduced-motion: reduce)').matches,
  makeSpeaker: (onSpeaking) => createSpeaker(window, onSpeaking),
});
store.getState().connect();
const stopUsageRecording = startUsageRecording(store, api);
startNightlyReload(store, () => {
  // Counts still waiting for their batch are sent, and given a moment to arrive, first.
  stopUsageRecording();
  browserClock.setTimeout(() => window.location.reload(), 1000);
});
