import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { stopOnSignals } from './stop-on-signals.ts';
import { createRecordingLogger } from './test-support/recording-logger.ts';

function fakeProcess() {
  const emitter = new EventEmitter();
  const exits: number[] = [];
  return {
    target: { on: emitter.on.bind(emitter), exit: (code: number) => void exits.push(code) },
    send: (signal: NodeJS.Signals) => emitter.emit(signal),
    exits,
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('stopOnSignals', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('on %s stops, then exits 0', async (signal) => {
    const proc = fakeProcess();
    let stopped = 0;
    stopOnSignals(async () => void stopped++, createRecordingLogger(), proc.target);
    proc.send(signal);
    await settle();
    expect(stopped).toBe(1);
    expect(proc.exits).toEqual([0]);
  });

  it('does not exit before stopping has finished', async () => {
    const proc = fakeProcess();
    let finish: () => void = () => {};
    stopOnSignals(
      () => new Promise<void>((resolve) => (finish = resolve)),
      createRecordingLogger(),
      proc.target,
    );
    proc.send('SIGTERM');
    await settle();
    expect(proc.exits).toEqual([]);
    finish();
    await settle();
    expect(proc.exits).toEqual([0]);
  });

  it('exits 1 at once on a second signal while stopping', async () => {
    const proc = fakeProcess();
    let stops = 0;
    stopOnSignals(
      () => {
        stops++;
        return new Promise<void>(() => {});
      },
      createRecordingLogger(),
      proc.target,
    );
    proc.send('SIGINT');
    proc.send('SIGINT');
    await settle();
    expect(stops).toBe(1);
    expect(proc.exits).toEqual([1]);
  });

  it('exits 1 and logs when stopping fails', async () => {
    const proc = fakeProcess();
    const log = createRecordingLogger();
    stopOnSignals(() => Promise.reject(new Error('disk gone')), log, proc.target);
    proc.send('SIGTERM');
    await settle();
    expect(proc.exits).toEqual([1]);
    expect(log.lines).toContainEqual(
      expect.objectContaining({ level: 'error', meta: { error: 'Error: disk gone' } }),
    );
  });
});
