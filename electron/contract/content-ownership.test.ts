import { describe, expect, it } from 'vitest';
import { makeContent } from '../core/test-support/make-content.ts';
import {
  CONTENT_PARTS,
  centralPartsOf,
  managedCentrallyWords,
  partNames,
  partOfPath,
  withPartsFrom,
} from './content-ownership.ts';

describe('centralPartsOf', () => {
  it('follows the ownership table', () => {
    expect(centralPartsOf(null)).toEqual([]);
    expect(centralPartsOf('all')).toEqual([]);
    expect(centralPartsOf('announcements-and-hours')).toEqual(['programs', 'privacy', 'settings']);
    expect(centralPartsOf('none')).toEqual([...CONTENT_PARTS]);
  });
});

describe('withPartsFrom', () => {
  it("takes exactly the named parts' keys from the other content", () => {
    const mine = makeContent('Mine');
    const theirs = makeContent('Theirs');
    theirs.announcements = [{ id: 'a', text: { en: 'Theirs', es: '' }, startsAt: '', endsAt: '' }];
    theirs.kiosk.idleTimeoutSeconds = 300;

    const merged = withPartsFrom(mine, theirs, ['programs', 'settings']);

    expect(merged.bureau).toBe(theirs.bureau);
    expect(merged.programs).toBe(theirs.programs);
    expect(merged.kiosk).toBe(theirs.kiosk);
    expect(merged.privacy).toBe(mine.privacy);
    expect(merged.announcements).toBe(mine.announcements);
    expect(merged.hours).toBe(mine.hours);
    expect(withPartsFrom(mine, theirs, [])).toEqual(mine);
  });
});

describe('partOfPath', () => {
  it('names the part a field lies in', () => {
    expect(partOfPath(['bureau', 'overview', 0])).toBe('programs');
    expect(partOfPath(['programs', 2, 'units', 0, 'phone'])).toBe('programs');
    expect(partOfPath(['announcements', 0, 'text'])).toBe('announcements');
    expect(partOfPath(['hours', 'closures', 1, 'note'])).toBe('hours');
    expect(partOfPath(['kiosk', 'attractTitle'])).toBe('settings');
    expect(partOfPath(['privacy', 'title'])).toBe('privacy');
    expect(partOfPath(['schemaVersion'])).toBeNull();
  });
});

describe('words', () => {
  it('lists parts as a sentence and says who changes what', () => {
    expect(partNames(['announcements'])).toBe('announcements');
    expect(partNames(['announcements', 'hours'])).toBe('announcements and office hours');
    expect(managedCentrallyWords(centralPartsOf('announcements-and-hours'))).toBe(
      'The programs, the privacy notice and the kiosk settings are managed centrally on the publishing PC. Staff here change announcements and office hours.',
    );
  });
});
