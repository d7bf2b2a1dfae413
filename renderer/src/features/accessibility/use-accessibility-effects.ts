import { useEffect } from 'react';
import {
  selectHighContrast,
  selectReachMode,
  selectReducedMotion,
  selectTextScale,
} from '../../store/selectors.ts';
import { useKiosk } from '../../store/store-context.tsx';

/** The settings live on <html>, where the style sheets' tokens and sizes are defined. */
export function useAccessibilityEffects(): void {
  const textScale = useKiosk(selectTextScale);
  const highContrast = useKiosk(selectHighContrast);
  const reachMode = useKiosk(selectReachMode);
  const reducedMotion = useKiosk(selectReducedMotion);

  useEffect(() => {
    const html = document.documentElement;
    html.style.setProperty('--text-scale', String(textScale));
    html.classList.toggle('theme-contrast', highContrast);
    html.classList.toggle('reach-mode', reachMode);
    html.classList.toggle('reduce-motion', reducedMotion);
  }, [textScale, highContrast, reachMode, reducedMotion]);
}
