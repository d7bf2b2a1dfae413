import { describe, expect, it } from 'vitest';
import { usageRows } from './usage-rows.ts';

const day = (counts: Partial<Record<string, Record<string, number>>>) => ({
  date: '2026-12-03',
  counts: { screen: {}, program: {}, language: {}, feature: {}, ...counts },
});

describe('usageRows', () => {
  it('names programs by title, removed ones by their last, and never by id', () => {
    const days = [day({ program: { 'training-reimbursement': 3, 'old-program': 5, gone: 1 } })];
    const titles = {
      'training-reimbursement': 'Training Reimbursement',
      'old-program': 'Old Desk',
    };
    expect(usageRows(days, 'program', titles)).toEqual([
      { key: 'old-program', name: 'Old Desk', count: 5 },
      { key: 'training-reimbursement', name: 'Training Reimbursement', count: 3 },
      { key: 'gone', name: 'A program no longer on the kiosk', count: 1 },
    ]);
  });

  it('names features and languages in plain English, summed over days', () => {
    const days = [day({ feature: { 'read-aloud': 2 } }), day({ feature: { 'read-aloud': 1 } })];
    expect(usageRows(days, 'feature', {})).toEqual([
      { key: 'read-aloud', name: 'Read aloud (Listen)', count: 3 },
    ]);
    expect(usageRows([day({ language: { es: 4 } })], 'language', {})[0]?.name).toBe('Spanish');
  });
});
