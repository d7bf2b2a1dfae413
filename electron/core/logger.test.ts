import { afterEach, describe, expect, it, vi } from 'vitest';
import { consoleLogger, silentLogger } from './logger.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

function spyOnConsole() {
  return {
    info: vi.spyOn(console, 'info').mockImplementation(() => undefined),
    warn: vi.spyOn(console, 'warn').mockImplementation(() => undefined),
    error: vi.spyOn(console, 'error').mockImplementation(() => undefined),
  };
}

describe('consoleLogger', () => {
  it('sends each level to the matching console method, with its details when given', () => {
    const spies = spyOnConsole();
    consoleLogger.info('started');
    consoleLogger.warn('moved aside', { file: 'content.json' });
    consoleLogger.error('failed', { code: 'ENOSPC' });
    expect(spies.info.mock.calls).toEqual([['started']]);
    expect(spies.warn.mock.calls).toEqual([['moved aside', { file: 'content.json' }]]);
    expect(spies.error.mock.calls).toEqual([['failed', { code: 'ENOSPC' }]]);
  });
});

describe('silentLogger', () => {
  it('writes nothing anywhere', () => {
    const spies = spyOnConsole();
    silentLogger.info('a');
    silentLogger.warn('b', { x: 1 });
    silentLogger.error('c');
    expect([spies.info, spies.warn, spies.error].map((spy) => spy.mock.calls.length)).toEqual([
      0, 0, 0,
    ]);
  });
});
