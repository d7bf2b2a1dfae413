import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv.ts';

describe('parseCsv', () => {
  it('reads Electronegativity’s report: quoted fields with commas and quotes', () => {
    const text = 'issue, severity, sample\nA,"HIGH","f(a, b)"\r\nB,"LOW","say ""hi"""\n';
    expect(parseCsv(text)).toEqual([
      ['issue', 'severity', 'sample'],
      ['A', 'HIGH', 'f(a, b)'],
      ['B', 'LOW', 'say "hi"'],
    ]);
  });
});
