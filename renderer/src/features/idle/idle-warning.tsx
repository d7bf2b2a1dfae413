import { Hourglass } from 'lucide-react';
import { useEffect, useId, useRef } from 'react';
import { plural } from '../../lib/plural.ts';
import {
  selectIdleSecondsLeft,
  selectLanguage,
  selectSetIdleSecondsLeft,
  selectUiText,
} from '../../store/selectors.ts';
import { useKiosk } from '../../store/store-context.tsx';

/**
 * The warning before a reset (WCAG 2.2.1). Any touch keeps the visit going (the idle timer
 * listens to the whole page); the big button is the obvious way to say so.
 */
export function IdleWarning() {
  const secondsLeft = useKiosk(selectIdleSecondsLeft);
  const dismiss = useKiosk(selectSetIdleSecondsLeft);
  const ui = useKiosk(selectUiText);
  const language = useKiosk(selectLanguage);
  const titleId = useId();
  const messageId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const open = secondsLeft !== null;

  useEffect(() => {
    if (!open) return undefined;
    const before = document.activeElement;
    button.current?.focus();
    return () => {
      if (before instanceof HTMLElement && before.isConnected)
        before.focus({ preventScroll: true });
    };
  }, [open]);

  if (!open) return null;
  return (
    <div className="idle-backdrop">
      <div
        className="idle-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={messageId}
      >
        <Hourglass aria-hidden="true" className="idle-dialog__icon" />
        <h2 id={titleId} className="idle-dialog__title">
          {ui.idleTitle}
        </h2>
        <p id={messageId} className="idle-dialog__message">
          {ui.idleMessage}
        </p>
        <p className="idle-dialog__countdown">
          <span className="idle-dialog__seconds">{secondsLeft}</span>{' '}
          <span>{plural(language, secondsLeft, ui.idleSeconds)}</span>
        </p>
        <button
          ref={button}
          type="button"
          className="big-button big-button--primary idle-dialog__button"
          onClick={() => dismiss(null)}
        >
          {ui.needMoreTime}
        </button>
      </div>
    </div>
  );
}
