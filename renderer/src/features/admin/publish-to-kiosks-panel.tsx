import { Send } from 'lucide-react';
import { useId, useState } from 'react';
import { Initials } from '../../../../electron/contract/editing-schema.ts';
import { publishOperations } from '../../../../electron/contract/publish-schema.ts';
import { kioskContentLine } from '../../lib/publisher-lines.ts';
import {
  selectPublisher,
  selectPublishToKiosks,
  selectSendingToKiosks,
  selectSendMessage,
} from '../../store/admin/publisher-selectors.ts';
import { useAdmin } from '../../store/admin/use-admin.ts';
import { AdminKeyboard } from './admin-keyboard.tsx';
import { PlainField } from './plain-field.tsx';

const Passphrase = publishOperations.publishToKiosks.input.shape.passphrase;

/**
 * Signs what this PC publishes and sends it to every kiosk: the key's passphrase and the
 * sender's initials, on the staff keyboard or the PC's own. The passphrase is forgotten here once
 * sent, and never kept in a field's undo history (the field has no content path).
 */
export function PublishToKiosksPanel({ onClose }: { onClose(): void }) {
  const publisher = useAdmin(selectPublisher);
  const send = useAdmin(selectPublishToKiosks);
  const sending = useAdmin(selectSendingToKiosks);
  const message = useAdmin(selectSendMessage);
  const [passphrase, setPassphrase] = useState('');
  const [initials, setInitials] = useState('');
  const [tried, setTried] = useState(false);
  const id = useId();
  const passphraseCheck = Passphrase.safeParse(passphrase);
  const initialsCheck = Initials.safeParse(initials);
  const passphraseError =
    tried && !passphraseCheck.success ? passphraseCheck.error.issues[0]?.message : undefined;
  const initialsError =
    tried && !initialsCheck.success ? initialsCheck.error.issues[0]?.message : undefined;

  const submit = async () => {
    setTried(true);
    if (!passphraseCheck.success || !initialsCheck.success) return;
    if (await send(passphraseCheck.data, initialsCheck.data)) {
      setPassphrase('');
      setTried(false);
    }
  };

  return (
    <div className="admin-backdrop">
      <div className="admin-dialog" role="dialog" aria-modal="true" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`} className="admin-section__title">
          Publish to all kiosks
        </h2>
        <p>
          Signs the content visitors see on this PC with the bureau&apos;s key and sends it to every
          kiosk.
        </p>
        {publisher && <p>{kioskContentLine(publisher)}</p>}
        <div className="publish-kiosks__fields">
          <PlainField
            id={`${id}-passphrase`}
            label="The key's passphrase"
            type="password"
            value={passphrase}
            error={passphraseError}
            autoFocus
            onChange={setPassphrase}
          />
          <PlainField
            id={`${id}-initials`}
            label="Your initials"
            value={initials}
            error={initialsError}
            onChange={setInitials}
          />
        </div>
        <div role="status" aria-live="polite">
          {sending && <p>Signing and sending…</p>}
          {message && !sending && (
            <p className={`admin-message admin-message--${message.kind} publish-kiosks__result`}>
              {message.text}
            </p>
          )}
        </div>
        <div className="admin-dialog__actions">
          <button type="button" className="admin-button" disabled={sending} onClick={onClose}>
            {message?.kind === 'done' ? 'Close' : 'Cancel'}
          </button>
          <button
            type="button"
            className="admin-button admin-button--primary"
            disabled={sending}
            onClick={() => void submit()}
          >
            <Send aria-hidden="true" />
            Sign and send
          </button>
        </div>
        <AdminKeyboard />
      </div>
    </div>
  );
}
