import type { Privacy } from '../../../../electron/contract/content-schema.ts';
import { TranslationNote } from '../../components/translation-note.tsx';
import { useLocalize } from '../../hooks/use-localize.ts';
import { selectUiText } from '../../store/selectors.ts';
import { useKiosk } from '../../store/store-context.tsx';
import { PolicyBlock } from './policy-block.tsx';

/** POST's policy word for word; the references stay plain text, as the kiosk navigates nowhere. */
export function PrivacyPolicy({ privacy }: { privacy: Privacy }) {
  const ui = useKiosk(selectUiText);
  const t = useLocalize();
  const { contact } = privacy.moreInfo;
  return (
    <div className="policy">
      <TranslationNote />
      {privacy.intro.map((paragraph, index) => (
        <p key={index} className="prose">
          {t(paragraph)}
        </p>
      ))}
      <p className="prose policy__lead">{t(privacy.principlesLead)}</p>
      <ul className="policy__principles">
        {privacy.principles.map((principle, index) => (
          <li key={index} className="policy__principle">
            {principle.blocks.map((block, blockIndex) => (
              <PolicyBlock key={blockIndex} block={block} />
            ))}
          </li>
        ))}
      </ul>
      <p className="prose">{t(privacy.note)}</p>
      <h2 className="section-title policy__heading">{t(privacy.moreInfo.heading)}</h2>
      <p className="prose">{t(privacy.moreInfo.body)}</p>
      <address className="policy__contact">
        {contact.lines.map((line) => (
          <span key={line} className="policy__contact-line">
            {line}
          </span>
        ))}
        {contact.phone !== '' && <span className="policy__contact-phone">{contact.phone}</span>}
        {contact.email !== '' && <span className="policy__contact-line">{contact.email}</span>}
      </address>
      <p className="prose policy__date">
        {ui.policyDate} {privacy.policyDate}
      </p>
      {privacy.references.map((reference, index) => (
        <p key={index} className="policy__reference">
          {t(reference)}
        </p>
      ))}
    </div>
  );
}
