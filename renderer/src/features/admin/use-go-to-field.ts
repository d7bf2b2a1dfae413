import { useCallback } from 'react';
import type { FieldPath } from '../../../../electron/contract/content-fields.ts';
import { dataPath, fieldSection } from '../../lib/field-section.ts';
import {
  selectEditProgram,
  selectOpenSection,
  selectWorking,
} from '../../store/admin/admin-selectors.ts';
import { useAdmin } from '../../store/admin/use-admin.ts';

/** A section renders on the next frames after it opens: the field is looked for until then. */
const FRAMES = 30;

function focusWhenShown(path: string, frames = FRAMES): void {
  // Paths are names, digits and dots: nothing to escape inside the quotes.
  const field = document.querySelector<HTMLElement>(`[data-path="${path}"]`);
  if (field) {
    field.focus();
    field.scrollIntoView({ block: 'center' });
  } else if (frames > 0) {
    requestAnimationFrame(() => focusWhenShown(path, frames - 1));
  }
}

/** Opens the section a field is edited in and puts the focus in that field. */
export function useGoToField(): (path: FieldPath) => void {
  const working = useAdmin(selectWorking);
  const open = useAdmin(selectOpenSection);
  const edit = useAdmin(selectEditProgram);
  return useCallback(
    (path) => {
      if (!working) return;
      const { section, programId } = fieldSection(path, working);
      open(section);
      if (programId) edit(programId);
      focusWhenShown(dataPath(path));
    },
    [working, open, edit],
  );
}
