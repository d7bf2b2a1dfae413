import { describe, expect, it } from 'vitest';
import { CONTENT_PARTS } from '../../../electron/contract/content-ownership.ts';
import { localOnlyLine, managedCentrallyNote } from './central-parts-words.ts';

describe('the words for parts managed centrally', () => {
  it('names the part with its own verb on each section it locks', () => {
    expect(managedCentrallyNote('programs')).toBe(
      "Managed centrally: the programs come from the bureau's publishing PC and cannot be changed on this kiosk.",
    );
    expect(managedCentrallyNote('privacy')).toBe(
      "Managed centrally: the privacy notice comes from the bureau's publishing PC and cannot be changed on this kiosk.",
    );
    expect(managedCentrallyNote('settings')).toMatch(
      /^Managed centrally: the kiosk settings come /,
    );
    expect(managedCentrallyNote('hours')).toMatch(/^Managed centrally: office hours come /);
  });

  it('says restore and import take only the local parts where some are central', () => {
    const central = ['programs', 'privacy', 'settings'] as const;
    expect(localOnlyLine('restore', central)).toBe(
      'Restore brings back only announcements and office hours here; the rest stays as the central content has it.',
    );
    expect(localOnlyLine('import', central)).toBe(
      'Import takes only announcements and office hours from a file here; the rest stays as the central content has it.',
    );
  });

  it('says nothing where they take everything, or nothing at all', () => {
    expect(localOnlyLine('restore', [])).toBeNull();
    expect(localOnlyLine('import', CONTENT_PARTS)).toBeNull();
  });
});
