import { Eye, LogOut, Send, Trash2 } from 'lucide-react';
import { useState } from 'react';
import {
  selectDiscardDraft,
  selectDraft,
  selectDraftState,
  selectExitAdmin,
  selectPublish,
  selectSetPreviewing,
} from '../../store/admin/admin-selectors.ts';
import { useAdmin } from '../../store/admin/use-admin.ts';
import { InitialsDialog } from './initials-dialog.tsx';

const STATE_WORDS = {
  saved: 'Draft saved',
  unsaved: 'Saving soon…',
  saving: 'Saving…',
  invalid: 'Not saved: fix the marked fields',
  failed: 'Not saved: see the message',
} as const;

/** Where the draft stands, and what staff can do with it. */
export function AdminHeader() {
  const draft = useAdmin(selectDraft);
  const state = useAdmin(selectDraftState);
  const exit = useAdmin(selectExitAdmin);
  const publish = useAdmin(selectPublish);
  const discard = useAdmin(selectDiscardDraft);
  const preview = useAdmin(selectSetPreviewing);
  const [publishing, setPublishing] = useState(false);
  const changes = draft?.changes ?? [];
  const ready = state === 'saved' && changes.length > 0;

  return (
    <header className="admin-header">
      <div className="admin-header__title">
        <h1 className="admin-header__heading">Staff admin</h1>
        <p className="admin-header__state" role="status">
          {draft || state !== 'saved'
            ? `${STATE_WORDS[state]}${changes.length > 0 ? ` · ${changes.length} ${changes.length === 1 ? 'change' : 'changes'} not yet published` : ''}`
            : 'No draft: visitors see the published content.'}
        </p>
      </div>
      <div className="admin-header__actions">
        <button type="button" className="admin-button" onClick={() => preview(true)}>
          <Eye aria-hidden="true" />
          Preview
        </button>
        <button
          type="button"
          className="admin-button admin-button--primary"
          disabled={!ready}
          onClick={() => setPublishing(true)}
        >
          <Send aria-hidden="true" />
          Publish
        </button>
        <button
          type="button"
          className="admin-button"
          disabled={!draft}
          onClick={() => void discard()}
        >
          <Trash2 aria-hidden="true" />
          Discard draft
        </button>
        <button type="button" className="admin-button" onClick={() => void exit()}>
          <LogOut aria-hidden="true" />
          Exit
        </button>
      </div>
      {publishing && (
        <InitialsDialog
          title="Publish these changes?"
          confirm="Publish"
          onCancel={() => setPublishing(false)}
          onConfirm={(initials) => {
            setPublishing(false);
            void publish(initials);
          }}
        >
          <ul className="admin-changes">
            {changes.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </InitialsDialog>
      )}
    </header>
  );
}
