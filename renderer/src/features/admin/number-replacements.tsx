import { Replace, ReplaceAll } from 'lucide-react';
import { useEffect, useMemo, useRef } from 'react';
import {
  replaceMentions,
  type PhoneMention,
} from '../../../../electron/contract/phone-mentions.ts';
import { numberOffers, type NumberOffer } from '../../lib/number-offers.ts';
import { selectChangeWorking, selectWorking } from '../../store/admin/admin-selectors.ts';
import { useAdmin } from '../../store/admin/use-admin.ts';
import { selectContent } from '../../store/selectors.ts';
import { useAgencyTextGuard } from './agency-text-confirm.tsx';
import { NumberInSentence } from './number-in-sentence.tsx';
import '../../styles/change-records.css';

/**
 * The offer shows while staff type the new number: a tap on it leaves the focus in that field,
 * so the keyboard stays and nothing moves under the finger between press and release.
 */
const keepFocus = (event: React.PointerEvent) => event.preventDefault();

/**
 * Under a unit's phone number: where its old number is still written (its description, an
 * announcement, the privacy notice…), each in its sentence, to replace one by one or all at once.
 */
export function NumberReplacements({ programId, unitId }: { programId: string; unitId: string }) {
  const working = useAdmin(selectWorking);
  const published = useAdmin(selectContent);
  const offers = useMemo(
    () =>
      published && working
        ? numberOffers(published, working, programId).filter((o) => o.unitId === unitId)
        : [],
    [published, working, programId, unitId],
  );
  return (
    <>
      {offers.map((offer) => (
        <Offer key={offer.unitId} offer={offer} />
      ))}
    </>
  );
}

function Offer({ offer }: { offer: NumberOffer }) {
  const working = useAdmin(selectWorking);
  const change = useAdmin(selectChangeWorking);
  const guard = useAgencyTextGuard();
  const { was, phone, mentions } = offer;
  const replace = (chosen: PhoneMention[]) => {
    if (!working) return;
    const apply = () => change(() => replaceMentions(working, chosen, { was, phone }));
    // The agency's words are changed only once staff confirm the change matches its text.
    if (chosen.some((m) => m.agency)) guard(`replace-number:${was}`, apply);
    else apply();
  };
  const titleId = `number-offer-${offer.unitId}`;
  const box = useRef<HTMLElement>(null);
  // It appears under the number being typed, above the keyboard: in sight, not below the fold.
  // Braces: newer Chromium's scrollIntoView returns a promise, which React would take for a cleanup.
  useEffect(() => {
    box.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  return (
    <section ref={box} className="number-offer" aria-labelledby={titleId}>
      <h4 id={titleId} className="admin-section__subtitle">
        The old number {was} is still written in{' '}
        {mentions.length === 1 ? 'one text' : `${mentions.length} texts`}
      </h4>
      <p>
        Replace it with {phone} where it is the {offer.unitName || 'unit'}’s number.
      </p>
      <ul className="number-offer__list">
        {mentions.map((mention) => (
          <li key={`${mention.key}|${mention.start}`} className="number-offer__item">
            <span className="number-offer__where">{mention.where}</span>
            <NumberInSentence mention={mention} className="number-offer" />
            <div className="number-offer__actions">
              <button
                type="button"
                className="admin-button"
                aria-label={`Replace ${mention.found} in ${mention.where}`}
                onPointerDown={keepFocus}
                onClick={() => replace([mention])}
              >
                <Replace aria-hidden="true" />
                Replace
              </button>
            </div>
          </li>
        ))}
      </ul>
      {mentions.length > 1 && (
        <div className="number-offer__actions">
          <button
            type="button"
            className="admin-button admin-button--primary"
            onPointerDown={keepFocus}
            onClick={() => replace(mentions)}
          >
            <ReplaceAll aria-hidden="true" />
            Replace all {mentions.length}
          </button>
        </div>
      )}
    </section>
  );
}
