import { X } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { createPreviewApi } from '../../api/preview-api.ts';
import { selectSetPreviewing, selectWorking } from '../../store/admin/admin-selectors.ts';
import { useAdmin } from '../../store/admin/use-admin.ts';
import { createKioskStore } from '../../store/kiosk-store.ts';
import { selectContent, selectScreen } from '../../store/selectors.ts';
import { KioskStoreProvider, useKiosk } from '../../store/store-context.tsx';
import { GuardedScreen } from '../screens/guarded-screen.tsx';

type Orientation = 'portrait' | 'landscape';
const SIZE: Record<Orientation, { width: number; height: number }> = {
  portrait: { width: 1080, height: 1920 },
  landscape: { width: 1920, height: 1080 },
};
/** Room left around the frame for the preview's own controls. */
const CHROME_PX = { width: 80, height: 260 };

function PreviewScreen() {
  const screen = useKiosk(selectScreen);
  const content = useKiosk(selectContent);
  // The screens assume loaded content, as the kiosk's own do behind its loading screen.
  if (!content) return null;
  return (
    <GuardedScreen
      name={screen.name}
      programId={screen.name === 'program' ? screen.programId : undefined}
    />
  );
}

/**
 * The visitor screens on the draft, in a frame the size of the lobby screen, in either
 * language and orientation. The screens lay out by their frame (see base.css), so this is how
 * they will look; they can be tapped through, and nothing in them reaches the kiosk.
 */
export function PreviewOverlay() {
  const working = useAdmin(selectWorking);
  const close = useAdmin(selectSetPreviewing);
  const [orientation, setOrientation] = useState<Orientation>('portrait');
  const store = useMemo(
    () => (working ? createKioskStore(createPreviewApi(working)) : null),
    [working],
  );

  useEffect(() => {
    if (!store) return undefined;
    void store
      .getState()
      .loadContent()
      .then(() => store.getState().begin());
    return () => store.getState().stopSpeaking();
  }, [store]);

  const size = SIZE[orientation];
  const scale = Math.min(
    (window.innerWidth - CHROME_PX.width) / size.width,
    (window.innerHeight - CHROME_PX.height) / size.height,
  );
  const language = (lang: 'en' | 'es') => store?.getState().setLanguage(lang);

  return (
    <div className="preview" role="dialog" aria-modal="true" aria-label="Preview of the draft">
      <div className="preview__controls">
        <button type="button" className="admin-button" onClick={() => language('en')}>
          Preview in English
        </button>
        <button type="button" className="admin-button" onClick={() => language('es')}>
          Preview in Spanish
        </button>
        <button
          type="button"
          className="admin-button"
          aria-pressed={orientation === 'portrait'}
          onClick={() => setOrientation('portrait')}
        >
          Upright screen
        </button>
        <button
          type="button"
          className="admin-button"
          aria-pressed={orientation === 'landscape'}
          onClick={() => setOrientation('landscape')}
        >
          Wide screen
        </button>
        <button type="button" className="admin-button" onClick={() => close(false)}>
          <X aria-hidden="true" />
          Close preview
        </button>
      </div>
      <div
        className="preview__stage"
        style={{ width: size.width * scale, height: size.height * scale }}
      >
        <div
          className="kiosk-frame"
          style={{ ...size, transform: `scale(${scale})`, transformOrigin: 'top left' }}
        >
          {store && (
            <KioskStoreProvider store={store}>
              <PreviewScreen />
            </KioskStoreProvider>
          )}
        </div>
      </div>
    </div>
  );
}
