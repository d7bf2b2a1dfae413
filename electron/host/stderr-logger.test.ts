import { describe, expect, it } from 'vitest';
import { createStderrLogger } from './stderr-logger.ts';

describe('createStderrLogger', () => {
  it('writes one line per message, with its level and any details as JSON', () => {
    const written: string[] = [];
    const log = createStderrLogger((line) => written.push(line));
    log.info('Serving');
    log.warn('Slow disk', { ms: 900 });
    log.error('Failed', { error: 'EACCES' });
    expect(written).toEqual([
      '[info] Serving\n',
      '[warn] Slow disk {"ms":900}\n',
      '[error] Failed {"error":"EACCES"}\n',
    ]);
  });
});
