import type { Content } from '../../../electron/contract/content-schema.ts';
import type { DraftIssues } from './draft-issues.ts';

export type IssueSection = 'programs' | 'announcements' | 'hours' | 'privacy' | 'settings';

/** A part of the editor that has a problem, as the header names it: a button that goes there. */
export interface IssuePlace {
  section: IssueSection;
  label: string;
  /** The program to open, for a problem in one program. */
  programId?: string;
}

const SECTION_OF: Readonly<Record<string, [IssueSection, string]>> = {
  programs: ['programs', 'Programs'],
  announcements: ['announcements', 'Announcements'],
  hours: ['hours', 'Office hours'],
  privacy: ['privacy', 'Privacy notice'],
  kiosk: ['settings', 'Settings'],
  bureau: ['settings', 'Settings'],
};

/** The places the working copy's problems are in, each once, in the order of the content. */
export function issuePlaces(issues: DraftIssues, content: Content): IssuePlace[] {
  const places = new Map<string, IssuePlace>();
  for (const path of issues.keys()) {
    const [top = '', index] = path.split('.');
    const [section, label] = SECTION_OF[top] ?? ['settings', 'Settings'];
    const program = top === 'programs' ? content.programs[Number(index)] : undefined;
    const place: IssuePlace = program
      ? {
          section,
          label: `${label}: ${program.title.en || `program ${Number(index) + 1}`}`,
          programId: program.id,
        }
      : { section, label };
    if (!places.has(place.label)) places.set(place.label, place);
  }
  return [...places.values()];
}
