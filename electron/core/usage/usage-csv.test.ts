import { describe, expect, it } from 'vitest';
import { usageCsv } from './usage-csv.ts';

const NONE = { screen: {}, program: {}, language: {}, feature: {} };

describe('usageCsv', () => {
  it('quotes a cell holding a comma, a quote or a line break', () => {
    const text = usageCsv([
      { date: '2026-12-03', counts: { ...NONE, program: { 'a,b': 1, 'say "hi"': 2, 'x\ny': 3 } } },
    ]);
    expect(text.split('\r\n')).toEqual([
      'date,kind,key,count',
      '2026-12-03,program,"a,b",1',
      '2026-12-03,program,"say ""hi""",2',
      '2026-12-03,program,"x\ny",3',
      '',
    ]);
  });
});
