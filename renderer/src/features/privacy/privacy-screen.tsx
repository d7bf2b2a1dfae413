import { useRef } from 'react';
import { ScreenLayout } from '../../components/screen-layout.tsx';
import { ScrollButtons } from '../../components/scroll-buttons.tsx';
import { useFocusOnMount } from '../../hooks/use-focus-on-mount.ts';
import { useLoaded } from '../../hooks/use-loaded.ts';
import { useLocalize } from '../../hooks/use-localize.ts';
import { selectPrivacy, selectUiText } from '../../store/selectors.ts';
import { useKiosk } from '../../store/store-context.tsx';
import { KioskNote } from './kiosk-note.tsx';
import { PrivacyPolicy } from './privacy-policy.tsx';

export function PrivacyScreen() {
  const privacy = useLoaded(selectPrivacy);
  const ui = useKiosk(selectUiText);
  const t = useLocalize();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const policy = useRef<HTMLElement>(null);
  return (
    <ScreenLayout className="privacy">
      <h1 className="page-title privacy__title" ref={heading} tabIndex={-1}>
        {t(privacy.title)}
      </h1>
      <KioskNote />
      <section
        ref={policy}
        className="privacy__policy"
        aria-label={ui.privacyPolicyText}
        // Focusable so a keyboard can scroll it too.
        tabIndex={0}
      >
        <PrivacyPolicy privacy={privacy} />
      </section>
      <ScrollButtons target={policy} />
    </ScreenLayout>
  );
}
