import { describe, expect, it } from 'vitest';
import { createRecordingLogger } from '../test-support/recording-logger.ts';
import { createRendererHandlers } from './renderer-handlers.ts';

const watchdog = { alive: () => undefined, stop: () => undefined };

describe('what the renderer reports', () => {
  it('a missing voice: one warning per language, and a standing problem for IT', async () => {
    const log = createRecordingLogger();
    const renderer = createRendererHandlers(watchdog, log);
    expect(renderer.problems()).toEqual([]);
    await renderer.handlers.reportMissingVoices({ languages: ['es'] });
    await renderer.handlers.reportMissingVoices({ languages: ['es'] });
    expect(log.lines).toEqual([
      expect.objectContaining({ level: 'warn', message: expect.stringContaining('no Spanish') }),
    ]);
    expect(renderer.problems()).toEqual([
      'This machine has no Spanish speech voice. IT must install one.',
    ]);
  });

  it('a screen that failed: an error in the log, naming the screen', async () => {
    const log = createRecordingLogger();
    await createRendererHandlers(watchdog, log).handlers.reportScreenError({
      screen: 'program',
      message: 'The amount of data is too big to be stored in a QR Code',
    });
    expect(log.lines).toEqual([
      expect.objectContaining({
        level: 'error',
        message: expect.stringMatching(/^The program screen failed/),
      }),
    ]);
  });
});
