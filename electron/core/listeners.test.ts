import { describe, expect, it } from 'vitest';
import { createRecordingLogger } from './test-support/recording-logger.ts';
import { createListeners } from './listeners.ts';

describe('createListeners', () => {
  it('tells every subscriber, until it unsubscribes', () => {
    const listeners = createListeners<number>(createRecordingLogger());
    const a: number[] = [];
    const b: number[] = [];
    const stopA = listeners.subscribe((v) => a.push(v));
    listeners.subscribe((v) => b.push(v));
    listeners.emit(1);
    stopA();
    listeners.emit(2);
    expect(a).toEqual([1]);
    expect(b).toEqual([1, 2]);
  });

  it('treats the same function subscribed twice as two subscriptions', () => {
    const listeners = createListeners<number>(createRecordingLogger());
    const seen: number[] = [];
    const record = (v: number) => void seen.push(v);
    const stop = listeners.subscribe(record);
    listeners.subscribe(record);
    stop();
    listeners.emit(7);
    expect(seen).toEqual([7]);
  });

  it('logs a listener that throws and still tells the others', () => {
    const log = createRecordingLogger();
    const listeners = createListeners<number>(log);
    const seen: number[] = [];
    listeners.subscribe(() => {
      throw new Error('boom');
    });
    listeners.subscribe((v) => seen.push(v));
    listeners.emit(3);
    expect(seen).toEqual([3]);
    expect(log.lines).toEqual([
      {
        level: 'error',
        message: 'A listener failed while being told of a change',
        meta: { error: expect.stringContaining('boom') },
      },
    ]);
  });

  it('forgets everyone on clear', () => {
    const listeners = createListeners<number>(createRecordingLogger());
    const seen: number[] = [];
    listeners.subscribe((v) => seen.push(v));
    listeners.clear();
    listeners.emit(1);
    expect(seen).toEqual([]);
  });
});
