import type { OperationHandlers } from '../kiosk-core-types.ts';
import type { Logger } from '../logger.ts';
import type { RendererWatchdog } from './renderer-watchdog.ts';

type RendererOperations = 'reportScreenError' | 'rendererAlive' | 'reportMissingVoices';

const LANGUAGE_NAMES: Readonly<Record<string, string>> = { en: 'English', es: 'Spanish' };

/**
 * What the running renderer reports: a screen that failed (for IT's log), its heartbeat, and
 * the languages the machine cannot speak. The last is a standing problem for IT (heartbeat and
 * admin), kept for the process's life: voices are installed by IT, not by a visitor.
 */
export function createRendererHandlers(
  watchdog: RendererWatchdog,
  log: Logger,
): { handlers: Pick<OperationHandlers, RendererOperations>; problems(): string[] } {
  const missing = new Set<string>();
  return {
    handlers: {
      async reportScreenError({ screen, message }) {
        log.error(`The ${screen} screen failed and visitors were shown home instead: ${message}`);
      },
      async rendererAlive() {
        watchdog.alive();
      },
      async reportMissingVoices({ languages }) {
        for (const language of languages) {
          if (missing.has(language)) continue;
          missing.add(language);
          log.warn(`${noVoice(language)} Read aloud cannot speak it.`);
        }
      },
    },
    problems: () => [...missing].map((language) => `${noVoice(language)} IT must install one.`),
  };
}

const noVoice = (language: string): string =>
  `This machine has no ${LANGUAGE_NAMES[language] ?? language} speech voice.`;
