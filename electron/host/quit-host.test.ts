import { describe, expect, it } from 'vitest';
import { quitHost } from './quit-host.ts';
import { createRecordingLogger } from './test-support/recording-logger.ts';

describe('quitHost', () => {
  it('exits 0 only once the server and the core are closed', async () => {
    const exits: number[] = [];
    let finishClosing: () => void = () => undefined;
    const closing = new Promise<void>((resolve) => (finishClosing = resolve));
    quitHost(
      () => closing,
      createRecordingLogger(),
      (code) => void exits.push(code),
    );
    await Promise.resolve();
    expect(exits).toEqual([]);
    finishClosing();
    await closing;
    await Promise.resolve();
    expect(exits).toEqual([0]);
  });

  it('exits 1 and logs why when closing fails', async () => {
    const log = createRecordingLogger();
    const exits: number[] = [];
    const failing = Promise.reject(new Error('The store could not be closed'));
    quitHost(
      () => failing,
      log,
      (code) => void exits.push(code),
    );
    await failing.catch(() => undefined);
    await Promise.resolve();
    expect(exits).toEqual([1]);
    expect(log.lines.at(-1)).toMatchObject({
      level: 'error',
      meta: { error: expect.stringContaining('The store could not be closed') },
    });
  });
});
