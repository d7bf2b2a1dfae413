import { Eye, LogOut, Send, Trash2 } from 'lucide-react';
import { useMemo, useState } from 'react';
import { issuePlaces, type IssuePlace } from '../../lib/issue-sections.ts';
import {
  selectAllCentral,
  selectDiscardDraft,
  selectDraft,
  selectDraftIssues,
  selectDraftState,
  selectEditProgram,
  selectExitAdmin,
  selectOpenSection,
  selectPublish,
  selectRevealIssues,
  selectSetPreviewing,
  selectWorking,
} from '../../store/admin/admin-selectors.ts';
import { useAdmin } from '../../store/admin/use-admin.ts';
import { PublishDialog } from './publish-dialog.tsx';
import { PublishToKiosksButton, PublisherState } from './publish-to-kiosks.tsx';

const STATE_WORDS = {
  saved: 'Draft saved',
  unsaved: 'Saving soon…',
  saving: 'Saving…',
  invalid: 'Not saved yet',
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
  const allCentral = useAdmin(selectAllCentral);
  const issues = useAdmin(selectDraftIssues);
  const working = useAdmin(selectWorking);
  const reveal = useAdmin(selectRevealIssues);
  const places = useMemo(
    () => (working && issues.size > 0 ? issuePlaces(issues, working) : []),
    [issues, working],
  );
  const changes = draft?.records ?? [];
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
        <PublisherState />
        {places.length > 0 && <IssuePlaces places={places} />}
      </div>
      <div className="admin-header__actions">
        <button type="button" className="admin-button" onClick={() => preview(true)}>
          <Eye aria-hidden="true" />
          Preview
        </button>
        <button
          type="button"
          className="admin-button admin-button--primary"
          // The core refuses a publish while every part comes from the central source.
          disabled={allCentral || (!ready && places.length === 0)}
          // With problems left, trying to publish shows every one and where it is.
          onClick={() => (places.length > 0 ? reveal() : setPublishing(true))}
        >
          <Send aria-hidden="true" />
          Publish
        </button>
        <PublishToKiosksButton />
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
        <PublishDialog
          onCancel={() => setPublishing(false)}
          onConfirm={(initials) => {
            setPublishing(false);
            void publish(initials);
          }}
        />
      )}
    </header>
  );
}

/** The sections with a problem, each a button that goes there and shows its marks. */
function IssuePlaces({ places }: { places: IssuePlace[] }) {
  const open = useAdmin(selectOpenSection);
  const edit = useAdmin(selectEditProgram);
  const reveal = useAdmin(selectRevealIssues);
  return (
    <div className="admin-header__issues">
      <p id="admin-needs-attention">Needs attention:</p>
      <ul className="admin-header__issue-list" aria-labelledby="admin-needs-attention">
        {places.map((place) => (
          <li key={place.label}>
            <button
              type="button"
              className="admin-button admin-button--issue"
              onClick={() => {
                open(place.section);
                if (place.programId) edit(place.programId);
                reveal();
              }}
            >
              {place.label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
