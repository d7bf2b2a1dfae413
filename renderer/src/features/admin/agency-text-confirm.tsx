/**
 * The confirmation staff give before agency text changes (program descriptions, lists and key
 * facts, the privacy policy): that text is the agency's published wording, shown word for word.
 *
 * API, for any admin feature:
 * - `useAgencyTextGuard()` returns `guard(field, apply)`. `field` names the field or the edit
 *   (a content path such as "programs.2.description.0.en", or any stable key for an edit that
 *   is not one field's, e.g. "replace-number:(916) 227-4840"). `apply` makes the change. The
 *   change is made at once when staff already confirmed that field in this edit session (the
 *   session ends when another field takes the focus); else the dialog asks, and Confirm makes
 *   it, Cancel drops it.
 * - `<AgencyTextConfirm />` is the dialog. AdminScreen mounts it once; no other feature needs to.
 * - The store actions behind it (store/admin/agency-text-slice.ts): guardAgencyText,
 *   confirmAgencyText, cancelAgencyText, beginFieldSession.
 */
import { useEffect, useId, useRef } from 'react';
import {
  selectAgencyTextPending,
  selectCancelAgencyText,
  selectConfirmAgencyText,
  selectGuardAgencyText,
} from '../../store/admin/admin-selectors.ts';
import { useAdmin } from '../../store/admin/use-admin.ts';

export function useAgencyTextGuard(): (field: string, apply: () => void) => void {
  return useAdmin(selectGuardAgencyText);
}

interface Caret {
  field: HTMLInputElement | HTMLTextAreaElement;
  start: number;
  end: number;
}

const caretOf = (element: Element | null): Caret | null =>
  element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement
    ? { field: element, start: element.selectionStart ?? 0, end: element.selectionEnd ?? 0 }
    : null;

export function AgencyTextConfirm() {
  const pending = useAdmin(selectAgencyTextPending);
  const confirm = useAdmin(selectConfirmAgencyText);
  const cancel = useAdmin(selectCancelAgencyText);
  const id = useId();
  const where = useRef<Caret | null>(null);
  useEffect(() => {
    if (pending) where.current = caretOf(document.activeElement);
  }, [pending]);
  if (!pending) return null;
  // The field typed in gets the focus back, and its caret where the key left it.
  const refocus = () => {
    const caret = where.current;
    caret?.field.focus();
    requestAnimationFrame(() => caret?.field.setSelectionRange(caret.start, caret.end));
  };
  return (
    <div className="admin-backdrop">
      <div
        className="admin-dialog admin-dialog--narrow"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-text`}
      >
        <h2 id={`${id}-title`} className="admin-section__title">
          Change the agency&apos;s text?
        </h2>
        <p id={`${id}-text`}>
          This text is the agency&apos;s published wording. Confirm your change matches the
          agency&apos;s published text.
        </p>
        <div className="admin-dialog__actions">
          <button
            type="button"
            className="admin-button"
            onClick={() => {
              cancel();
              where.current?.field.focus();
            }}
          >
            Cancel
          </button>
          <button
            type="button"
            className="admin-button admin-button--primary"
            onClick={() => {
              confirm();
              refocus();
            }}
          >
            Confirm
          </button>
        </div>
      </div>
    </div>
  );
}
