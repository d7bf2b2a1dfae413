import { describe, expect, it } from 'vitest';
import { createRecordingLogger } from '../test-support/recording-logger.ts';
import { LAST_ERROR_MAX_CHARS, trackErrors } from './error-tracker.ts';

const at = (iso: string) => () => Date.parse(iso);

describe('trackErrors', () => {
  it('passes every line on unchanged, details included', () => {
    const inner = createRecordingLogger();
    const log = trackErrors(inner);
    log.info('started');
    log.warn('moved aside', { file: 'content.json' });
    log.error('failed', { code: 'ENOSPC' });
    expect(inner.lines).toEqual([
      { level: 'info', message: 'started' },
      { level: 'warn', message: 'moved aside', meta: { file: 'content.json' } },
      { level: 'error', message: 'failed', meta: { code: 'ENOSPC' } },
    ]);
  });

  it('has no last error until one is logged; warnings do not count', () => {
    const log = trackErrors(createRecordingLogger());
    log.warn('a warning');
    expect(log.lastError()).toBeNull();
  });

  it('remembers the last error’s message and time, never its details', () => {
    let now = '2026-11-24T08:00:00.000Z';
    const log = trackErrors(createRecordingLogger(), () => Date.parse(now));
    log.error('first');
    now = '2026-11-24T09:30:00.000Z';
    log.error('The content could not be saved', { content: { programs: ['secret draft'] } });
    expect(log.lastError()).toEqual({
      message: 'The content could not be saved',
      at: '2026-11-24T09:30:00.000Z',
    });
    expect(JSON.stringify(log.lastError())).not.toContain('secret draft');
  });

  it('cuts a very long message', () => {
    const log = trackErrors(createRecordingLogger(), at('2026-11-24T08:00:00Z'));
    log.error('x'.repeat(5000));
    const message = log.lastError()?.message ?? '';
    expect(message).toHaveLength(LAST_ERROR_MAX_CHARS);
    expect(message.endsWith('…')).toBe(true);
  });
});
