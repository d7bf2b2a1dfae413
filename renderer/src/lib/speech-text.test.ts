import { describe, expect, it } from 'vitest';
import { forSpeech, screenText } from './speech-text.ts';

describe('forSpeech', () => {
  it('says phone numbers digit by digit, in their groups', () => {
    expect(forSpeech('Call (916) 227-4253 today')).toBe('Call 9 1 6, 2 2 7, 4 2 5 3 today');
  });

  it('collapses the layout’s whitespace', () => {
    expect(forSpeech('  Contracts\n\n  Unit\t ')).toBe('Contracts Unit');
  });
});

describe('screenText', () => {
  it('reads the text of the element', () => {
    const main = document.createElement('main');
    main.innerHTML = '<h1>Library</h1><p>Call (916) 227-3765.</p>';
    // jsdom has no layout, so innerText is textContent there.
    Object.defineProperty(main, 'innerText', { get: () => 'Library\nCall (916) 227-3765.' });
    expect(screenText(main)).toBe('Library Call 9 1 6, 2 2 7, 3 7 6 5.');
  });
});
