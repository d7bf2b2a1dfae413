import { ScreenLayout } from '../../components/screen-layout.tsx';
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
  // One scroll for the whole notice, at every text size: the big buttons move the screen.
  return (
    <ScreenLayout className="privacy" scrollButtons>
      <h1 className="page-title privacy__title" ref={heading} tabIndex={-1}>
        {t(privacy.title)}
      </h1>
      <KioskNote />
      <section className="privacy__policy" aria-label={ui.privacyPolicyText}>
        <PrivacyPolicy privacy={privacy} />
      </section>
    </ScreenLayout>
  );
}
