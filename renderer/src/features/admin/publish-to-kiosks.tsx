import { Satellite } from 'lucide-react';
import { useState } from 'react';
import { browserClock } from '../../lib/clock.ts';
import {
  kioskContentLine,
  renewLine,
  UNPUBLISHED_DRAFT_REASON,
} from '../../lib/publisher-lines.ts';
import { selectDraft, selectDraftState } from '../../store/admin/admin-selectors.ts';
import { selectClearSendMessage, selectPublisher } from '../../store/admin/publisher-selectors.ts';
import { useAdmin } from '../../store/admin/use-admin.ts';
import { PublishToKiosksPanel } from './publish-to-kiosks-panel.tsx';

const REASON_ID = 'publish-to-kiosks-reason';

/** True while a draft (or its saving) is under way: the core signs only published content. */
function useDraftPending(): boolean {
  const draft = useAdmin(selectDraft);
  const state = useAdmin(selectDraftState);
  return draft !== null || state !== 'saved';
}

/** What the kiosks have now, and why sending is off: the publishing PC's lines in the header. */
export function PublisherState() {
  const publisher = useAdmin(selectPublisher);
  const pending = useDraftPending();
  if (!publisher) return null;
  const renew = renewLine(publisher, browserClock.now());
  return (
    <>
      <p className="admin-header__state">{kioskContentLine(publisher)}</p>
      {renew && <p className="admin-header__warning">{renew}</p>}
      {pending && (
        <p id={REASON_ID} className="admin-header__state">
          {UNPUBLISHED_DRAFT_REASON}
        </p>
      )}
    </>
  );
}

/** "Publish to all kiosks", only on the publishing PC (policy role "publisher"). */
export function PublishToKiosksButton() {
  const publisher = useAdmin(selectPublisher);
  const clear = useAdmin(selectClearSendMessage);
  const pending = useDraftPending();
  const [open, setOpen] = useState(false);
  if (!publisher) return null;
  return (
    <>
      <button
        type="button"
        className="admin-button"
        disabled={pending}
        aria-describedby={pending ? REASON_ID : undefined}
        onClick={() => {
          clear();
          setOpen(true);
        }}
      >
        <Satellite aria-hidden="true" />
        Publish to all kiosks
      </button>
      {open && <PublishToKiosksPanel onClose={() => setOpen(false)} />}
    </>
  );
}
