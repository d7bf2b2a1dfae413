import { useEffect, useLayoutEffect, useRef } from 'react';
import { useBeginVisit } from '../../hooks/use-begin-visit.ts';
import { useSpeechCommands } from '../../hooks/use-speech-commands.ts';
import { focusScope, nextControl } from '../../lib/focus-order.ts';
import { isTyping, visitorCommand, type VisitorCommand } from '../../lib/visitor-keys.ts';
import {
  selectAccessibilityPanelOpen,
  selectAdminView,
  selectBack,
  selectGoHome,
  selectReadAloud,
  selectScreen,
  selectSetAccessibilityPanelOpen,
} from '../../store/selectors.ts';
import { useKiosk } from '../../store/store-context.tsx';
import { useSpeakElement } from './use-speak-element.ts';

/**
 * The tactile path: every visitor screen from a USB keypad or keyboard (see visitor-keys.ts for
 * the keys). With read aloud on, each control that focus moves to by key is said.
 */
export function useVisitorKeys(): void {
  const adminView = useKiosk(selectAdminView);
  const screen = useKiosk(selectScreen);
  const readAloud = useKiosk(selectReadAloud);
  const panelOpen = useKiosk(selectAccessibilityPanelOpen);
  const setPanelOpen = useKiosk(selectSetAccessibilityPanelOpen);
  const goHome = useKiosk(selectGoHome);
  const back = useKiosk(selectBack);
  const beginVisit = useBeginVisit();
  const speech = useSpeechCommands();
  const speakElement = useSpeakElement();
  const run = (command: VisitorCommand): void => {
    switch (command) {
      case 'focus-next':
      case 'focus-previous': {
        const by = command === 'focus-next' ? 1 : -1;
        const control = nextControl(focusScope(document), document.activeElement, by);
        control?.focus();
        if (control && readAloud) speakElement(control);
        return;
      }
      case 'home':
        setPanelOpen(false);
        if (screen.name === 'attract') beginVisit(true);
        else goHome();
        return;
      case 'back':
        // Back from the panel is out of it, onto the screen it covered.
        if (panelOpen) setPanelOpen(false);
        else back();
        return;
      case 'listen':
        return speech.listen();
      case 'stop':
        return speech.stop();
      case 'repeat':
        return speech.repeat();
      case 'next-block':
        return speech.next();
      case 'previous-block':
        return speech.previous();
    }
  };
  // The listeners stay put; the latest render's state answers each key.
  const latest = useRef({ run, readAloud, speakElement });
  useLayoutEffect(() => {
    latest.current = { run, readAloud, speakElement };
  });

  useEffect(() => {
    // Staff's screens and PIN pad take their keys themselves.
    if (adminView !== 'closed') return undefined;
    let tabbing = false;
    const onKey = (event: KeyboardEvent): void => {
      tabbing = event.key === 'Tab';
      if (event.defaultPrevented) return;
      const command = visitorCommand(event, isTyping(event.target));
      if (!command) return;
      event.preventDefault();
      latest.current.run(command);
    };
    // Tab moves focus itself; what it lands on is said as the arrows' targets are.
    const onFocus = (event: FocusEvent): void => {
      const { readAloud: on, speakElement: say } = latest.current;
      if (tabbing && on && event.target instanceof Element) say(event.target);
      tabbing = false;
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('focusin', onFocus);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('focusin', onFocus);
    };
  }, [adminView]);
}
