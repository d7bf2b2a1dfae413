import { ConciergeBell, RotateCw } from 'lucide-react';
import { selectLoadContent, selectLoading, selectUiText } from '../store/selectors.ts';
import { useKiosk } from '../store/store-context.tsx';

export function LoadingScreen() {
  const ui = useKiosk(selectUiText);
  return (
    <main className="status" aria-busy="true">
      <p className="status__text">{ui.loading}</p>
    </main>
  );
}

/** No content, no directory: the visitor is sent to a person, calmly, and staff can retry. */
export function LoadFailedScreen() {
  const ui = useKiosk(selectUiText);
  const loading = useKiosk(selectLoading);
  const loadContent = useKiosk(selectLoadContent);
  return (
    <main className="status">
      <ConciergeBell aria-hidden="true" className="status__icon" />
      <h1 className="status__title">{ui.askAtReception}</h1>
      <p className="status__text">{ui.loadFailed}</p>
      <button
        type="button"
        className="big-button big-button--primary"
        disabled={loading}
        onClick={() => void loadContent()}
      >
        <RotateCw aria-hidden="true" className="big-button__icon" />
        <span>{ui.tryAgain}</span>
      </button>
    </main>
  );
}
