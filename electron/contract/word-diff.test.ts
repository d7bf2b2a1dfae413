import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordDiff } from './word-diff.ts';

const join = (parts: ReturnType<typeof wordDiff>, skip: 'added' | 'removed') =>
  parts
    .filter((p) => p.op !== skip)
    .map((p) => p.text)
    .join('');

describe('wordDiff', () => {
  it('marks the changed number and nothing around it', () => {
    expect(
      wordDiff(
        'directed to the Reimbursement Unit at (916) 227-4840. There are also',
        'directed to the Reimbursement Unit at (916) 227-4899. There are also',
      ),
    ).toEqual([
      { op: 'same', text: 'directed to the Reimbursement Unit at (916) ' },
      { op: 'removed', text: '227-4840. ' },
      { op: 'added', text: '227-4899. ' },
      { op: 'same', text: 'There are also' },
    ]);
  });

  it('gives whole texts for an addition or a removal', () => {
    expect(wordDiff('', 'New text')).toEqual([{ op: 'added', text: 'New text' }]);
    expect(wordDiff('Old text', '')).toEqual([{ op: 'removed', text: 'Old text' }]);
    expect(wordDiff('Same', 'Same')).toEqual([{ op: 'same', text: 'Same' }]);
  });

  it('finds words inserted in the middle', () => {
    expect(wordDiff('one two three', 'one two and a half three')).toEqual([
      { op: 'same', text: 'one two ' },
      { op: 'added', text: 'and a half ' },
      { op: 'same', text: 'three' },
    ]);
  });

  it('always puts both texts back together exactly', () => {
    const text = fc
      .array(fc.constantFrom('a', 'b', 'c', ' ', '  ', '.'), { maxLength: 30 })
      .map((x) => x.join(''));
    fc.assert(
      fc.property(text, text, (from, to) => {
        const parts = wordDiff(from, to);
        expect(join(parts, 'added')).toBe(from);
        expect(join(parts, 'removed')).toBe(to);
      }),
    );
  });
});
