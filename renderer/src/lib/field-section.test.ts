import { describe, expect, it } from 'vitest';
import { defaultContent } from '../test-support/default-content.ts';
import { dataPath, fieldSection } from './field-section.ts';

describe('fieldSection', () => {
  it('opens the program a program’s text is in', () => {
    const content = defaultContent();
    expect(fieldSection(['programs', 1, 'description', 1, 'es'], content)).toEqual({
      section: 'programs',
      programId: 'training-reimbursement',
    });
    expect(dataPath(['programs', 1, 'description', 1, 'es'])).toBe('programs.1.description.1.es');
  });

  it('names the section of every other text', () => {
    const content = defaultContent();
    expect(fieldSection(['privacy', 'note', 'en'], content)).toEqual({ section: 'privacy' });
    expect(fieldSection(['announcements', 0, 'text', 'en'], content)).toEqual({
      section: 'announcements',
    });
    expect(fieldSection(['hours', 'closures', 0, 'note', 'en'], content)).toEqual({
      section: 'hours',
    });
    expect(fieldSection(['kiosk', 'privacyNote', 0, 'en'], content)).toEqual({
      section: 'settings',
    });
    expect(fieldSection(['bureau', 'name', 'en'], content)).toEqual({ section: 'settings' });
  });
});
