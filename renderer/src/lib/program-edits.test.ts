import { describe, expect, it } from 'vitest';
import { contentFixture } from '../test-support/content-fixture.ts';
import {
  addProgram,
  addUnit,
  freshId,
  moveItem,
  moveProgram,
  removeItem,
  removeProgram,
  replaceItem,
} from './program-edits.ts';

describe('program edits', () => {
  it('gives a new program an id no other program has', () => {
    expect(freshId('Library Services', ['library-services'])).toBe('library-services-2');
    expect(freshId('Capacitación técnica', [])).toBe('capacitacion-tecnica');
    const once = addProgram(contentFixture());
    const twice = addProgram(once);
    const ids = twice.programs.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('moves a program up or down, and not past either end', () => {
    const content = contentFixture();
    const [first, second] = content.programs;
    expect(moveProgram(content, 0, 1).programs.slice(0, 2)).toEqual([second, first]);
    expect(moveProgram(content, 0, -1)).toBe(content);
  });

  it('removes a program and adds a unit to one', () => {
    const content = contentFixture();
    expect(removeProgram(content, 0).programs).toHaveLength(content.programs.length - 1);
    const program = addUnit(content.programs[0]!);
    expect(program.units.at(-1)).toMatchObject({ phone: '', name: { en: '', es: '' } });
  });
});

describe('list item edits', () => {
  it('move an item up or down, and not past either end', () => {
    expect(moveItem(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
  });

  it('remove and replace one item, leaving the list given as it was', () => {
    const items = ['a', 'b', 'c'];
    expect(removeItem(items, 1)).toEqual(['a', 'c']);
    expect(replaceItem(items, 2, 'z')).toEqual(['a', 'b', 'z']);
    expect(items).toEqual(['a', 'b', 'c']);
  });
});
