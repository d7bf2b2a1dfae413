import { describe, expect, it } from 'vitest';
import { fill, placeholders } from './fill.ts';

describe('fill', () => {
  it('puts each value in its place', () => {
    expect(fill('Opens {day} at {time}', { day: 'Monday', time: '8:00 AM' })).toBe(
      'Opens Monday at 8:00 AM',
    );
  });

  it('leaves a placeholder it has no value for, so the gap shows in review', () => {
    expect(fill('Closes at {time}', {})).toBe('Closes at {time}');
  });
});

describe('placeholders', () => {
  it('lists them sorted', () => {
    expect(placeholders('{time}, {day}')).toEqual(['day', 'time']);
    expect(placeholders('none')).toEqual([]);
  });
});
