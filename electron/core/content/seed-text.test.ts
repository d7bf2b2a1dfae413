import { describe, expect, it } from 'vitest';
import { normalizeWhitespace, seedLines } from './seed-text.ts';

describe('normalizeWhitespace', () => {
  it('makes runs of spaces, tabs, newlines and no-break spaces one space', () => {
    expect(normalizeWhitespace('  The\u00a0POST Library\u00a0is\n\tfull  ')).toBe(
      'The POST Library is full',
    );
  });

  it('keeps every other character, curly quotes included', () => {
    expect(normalizeWhitespace('POST’s “cookies,”')).toBe('POST’s “cookies,”');
  });
});

describe('seedLines', () => {
  it('drops blank lines and strips bullets, keeping how deep each line is indented', () => {
    const seed = 'Lead:\n\n  • First principle.\n\n    Its paragraph.\n    • An item.\r\n';
    expect(seedLines(seed)).toEqual([
      { text: 'Lead:', indent: 0, bullet: false },
      { text: 'First principle.', indent: 2, bullet: true },
      { text: 'Its paragraph.', indent: 4, bullet: false },
      { text: 'An item.', indent: 4, bullet: true },
    ]);
  });

  it('treats a bullet character inside a line as text', () => {
    expect(seedLines('A • B')).toEqual([{ text: 'A • B', indent: 0, bullet: false }]);
  });
});
