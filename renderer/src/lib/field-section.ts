import type { FieldPath } from '../../../electron/contract/content-fields.ts';
import type { Content } from '../../../electron/contract/content-schema.ts';

export type FieldSection = 'programs' | 'announcements' | 'hours' | 'privacy' | 'settings';

/** The editor section a field is edited in, and the program to open for a program's field. */
export function fieldSection(
  path: FieldPath,
  content: Content,
): { section: FieldSection; programId?: string } {
  const [top, index] = path;
  switch (top) {
    case 'programs': {
      const program = content.programs[Number(index)];
      return program ? { section: 'programs', programId: program.id } : { section: 'programs' };
    }
    case 'announcements':
      return { section: 'announcements' };
    case 'hours':
      return { section: 'hours' };
    case 'privacy':
      return { section: 'privacy' };
    default:
      return { section: 'settings' };
  }
}

/** The `data-path` the editor's text fields carry: "programs.1.description.1.en". */
export const dataPath = (path: FieldPath): string => path.join('.');
