import { Clock } from 'lucide-react';
import { statusWords } from '../../lib/hours-format.ts';
import { selectLanguage, selectUiText } from '../../store/selectors.ts';
import { useKiosk } from '../../store/store-context.tsx';
import { useOfficeStatus } from './use-notices.ts';

/** "Open now · Closes at 5:00 PM"; nothing where staff have entered no hours. */
export function OfficeStatus({ className }: { className: string }) {
  const status = useOfficeStatus();
  const ui = useKiosk(selectUiText);
  const language = useKiosk(selectLanguage);
  if (!status) return null;
  const { headline, details } = statusWords(status, ui, language);
  return (
    <p className={`office-status office-status--${status.state} ${className}`}>
      <Clock aria-hidden="true" className="office-status__icon" />
      <strong className="office-status__headline">{headline}</strong>
      {details.map((line) => (
        <span key={line} className="office-status__detail">
          {line}
        </span>
      ))}
    </p>
  );
}
