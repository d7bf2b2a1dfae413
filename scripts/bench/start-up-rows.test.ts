import { describe, expect, it } from 'vitest';
import { startUpRows, type StartUpFigures } from './start-up-rows.ts';

const figures: StartUpFigures = {
  startRuns: 15,
  staticMainText: 100,
  staticFcp: 98,
  attract: 140,
  kioskFcp: 90,
  tiles: 140,
  answers: 100,
  begin: 110,
  touchToTiles: 30,
  react: 180,
};

describe('startUpRows', () => {
  it('takes both ratios to the static page’s h1: attract within 1.3, tiles within 1.5', () => {
    const ratios = startUpRows(figures).filter(([measure]) => measure.includes('ratio'));
    expect(ratios.map((row) => row.slice(1))).toEqual([
      ['1.40', '<= 1.3', false],
      ['1.40', '<= 1.5', true],
    ]);
  });

  it('names the metric of every paint it times', () => {
    const measures = startUpRows(figures).map(([measure]) => measure);
    expect(measures.filter((m) => m.includes('element timing'))).toHaveLength(5);
    expect(measures.filter((m) => m.includes('first contentful paint'))).toHaveLength(2);
    expect(measures).toContain(
      "kiosk: nav start -> attract screen's h1 painted (element timing, median of 15)",
    );
  });

  it('shows when the page could answer "begin" beside when the probe touched it', () => {
    const rows = startUpRows(figures);
    const at = (start: string) => rows.find(([measure]) => measure.startsWith(start))?.[1];
    expect(at('  the page answers "begin": nav start -> its listener is on')).toBe('100.0 ms');
    expect(at('  "begin" touched in the task the page answers: nav start -> touch')).toBe(
      '110.0 ms',
    );
  });
});
