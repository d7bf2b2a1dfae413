import { z } from 'zod';
import { KIOSK_LANGUAGES, SCREEN_ERROR_MAX, SCREEN_NAMES } from './wire.ts';

/**
 * What the running renderer tells the core about itself. Neither carries anything about a
 * visitor: a screen's name and an error message from code, or a bare "still here".
 */
export const rendererOperations = {
  /** A screen failed to draw; the renderer showed home instead. Logged for IT. */
  reportScreenError: {
    input: z.strictObject({
      screen: z.enum(SCREEN_NAMES),
      message: z.string().max(SCREEN_ERROR_MAX),
    }),
    output: z.undefined(),
  },
  /** The app's heartbeat (wire.ts RENDERER_HEARTBEAT_MS); its silence reloads the renderer. */
  rendererAlive: { input: z.undefined(), output: z.undefined() },
  /** Languages the machine has no speech voice for: IT must install one (log, heartbeat). */
  reportMissingVoices: {
    input: z.strictObject({
      languages: z.array(z.enum(KIOSK_LANGUAGES)).min(1).max(KIOSK_LANGUAGES.length),
    }),
    output: z.undefined(),
  },
} as const;
