import { describe, expect, it } from 'vitest';
import { usageCsv } from './usage-csv.ts';

const NONE = { screen: {}, program: {}, language: {}, feature: {} };

describe('usageCsv', () => {
  it('quotes a cell holding a comma, a quote or a line break', () => {
    const text = usageCsv(
      [
        {
          date: '2026-12-03',
          counts: { ...NONE, program: { 'a,b': 1, 'say "hi"': 2, 'x\ny': 3 } },
        },
      ],
      { 'say "hi"': 'Say "hi", again' },
    );
    expect(text.split('\r\n')).toEqual([
      'date,kind,key,name,count',
      '2026-12-03,program,"a,b",A program no longer on the kiosk,1',
      '2026-12-03,program,"say ""hi""","Say ""hi"", again",2',
      '2026-12-03,program,"x\ny",A program no longer on the kiosk,3',
      '',
    ]);
  });

  it('keeps the code in its own column beside the words staff read', () => {
    const text = usageCsv(
      [
        {
          date: '2026-12-03',
          counts: {
            screen: { phones: 2 },
            program: { 'training-reimbursement': 4 },
            language: { es: 1 },
            feature: { 'read-aloud': 3 },
          },
        },
      ],
      { 'training-reimbursement': 'Training Reimbursement' },
    );
    expect(text.split('\r\n')).toEqual([
      'date,kind,key,name,count',
      '2026-12-03,screen,phones,All phone numbers,2',
      '2026-12-03,program,training-reimbursement,Training Reimbursement,4',
      '2026-12-03,language,es,Spanish,1',
      '2026-12-03,feature,read-aloud,Read aloud (Listen),3',
      '',
    ]);
  });
});
