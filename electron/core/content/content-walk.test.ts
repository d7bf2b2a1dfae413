import { describe, expect, it } from 'vitest';
import { localizedTextsIn, stringsIn } from './content-walk.ts';

describe('stringsIn', () => {
  it('finds every string in nested objects and arrays, with its path', () => {
    expect(stringsIn({ a: 'x', b: [{ c: 'y' }, 3, null], d: { e: true } })).toEqual([
      { path: 'a', text: 'x' },
      { path: 'b.0.c', text: 'y' },
    ]);
  });
});

describe('localizedTextsIn', () => {
  it('finds every { en, es } pair, whatever the types inside', () => {
    expect(
      localizedTextsIn({ t: { en: 'Hi', es: 'Hola' }, l: [{ en: 'A', es: 3 }], n: 1 }),
    ).toEqual([
      { path: 't', en: 'Hi', es: 'Hola' },
      { path: 'l.0', en: 'A', es: 3 },
    ]);
  });
});
