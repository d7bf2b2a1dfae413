import { app } from 'electron';

/** Chromium's switch that lets speechSynthesis use speech-dispatcher (electron/electron#4452). */
export const SPEECH_DISPATCHER_SWITCH = 'enable-speech-dispatcher';

/**
 * Read-aloud speaks through the operating system's voices. Windows and macOS offer them to
 * Chromium as they are; on Linux Chromium reaches speech-dispatcher only when asked to, and
 * only if asked before the app is ready.
 */
export function enableReadAloud(platform: NodeJS.Platform): void {
  if (platform === 'linux') app.commandLine.appendSwitch(SPEECH_DISPATCHER_SWITCH);
}
