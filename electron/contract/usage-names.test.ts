import { describe, expect, it } from 'vitest';
import { UNKNOWN_PROGRAM, usageName } from './usage-names.ts';
import { KIOSK_LANGUAGES, SCREEN_NAMES, USAGE_FEATURES } from './wire.ts';

const titles = { 'training-reimbursement': 'Training Reimbursement' };

describe('usageName', () => {
  it('names programs by title, never by id', () => {
    expect(usageName('program', 'training-reimbursement', titles)).toBe('Training Reimbursement');
    expect(usageName('program', 'gone-program', titles)).toBe(UNKNOWN_PROGRAM);
    expect(usageName('program', 'constructor', titles)).toBe(UNKNOWN_PROGRAM);
  });

  it('names every screen, language and feature the kiosk counts in plain English', () => {
    expect(usageName('feature', 'read-aloud', {})).toBe('Read aloud (Listen)');
    expect(usageName('language', 'es', {})).toBe('Spanish');
    const all = [
      ...SCREEN_NAMES.map((key) => usageName('screen', key, {})),
      ...KIOSK_LANGUAGES.map((key) => usageName('language', key, {})),
      ...USAGE_FEATURES.map((key) => usageName('feature', key, {})),
    ];
    for (const name of all) expect(name).toMatch(/^[A-Z][a-z’ ]/);
    expect(all).not.toContain(UNKNOWN_PROGRAM);
  });
});
