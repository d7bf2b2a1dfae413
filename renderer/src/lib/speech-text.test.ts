import { describe, expect, it } from 'vitest';
import { forSpeech } from './speech-text.ts';

describe('forSpeech', () => {
  it('says phone numbers digit by digit, in their groups', () => {
    expect(forSpeech('Call (916) 227-4253 today')).toBe('Call 9 1 6, 2 2 7, 4 2 5 3 today');
  });

  it('collapses the layout’s whitespace', () => {
    expect(forSpeech('  Contracts\n\n  Unit\t ')).toBe('Contracts Unit');
  });
});
