import { X } from 'lucide-react';
import { useEffect, useId, useRef } from 'react';
import { TEXT_SCALES, type AccessibilityToggle } from '../../store/accessibility-slice.ts';
import {
  selectAccessibilityPanelOpen,
  selectHighContrast,
  selectReachMode,
  selectReadAloud,
  selectReducedMotion,
  selectSetAccessibilityPanelOpen,
  selectSetTextScale,
  selectTextScale,
  selectToggleAccessibility,
  selectUiText,
} from '../../store/selectors.ts';
import type { KioskState } from '../../store/kiosk-store.ts';
import { useKiosk } from '../../store/store-context.tsx';

/** A sheet along the bottom edge, where every visitor reaches, standing or seated. */
export function AccessibilityPanel() {
  const open = useKiosk(selectAccessibilityPanelOpen);
  const setOpen = useKiosk(selectSetAccessibilityPanelOpen);
  const ui = useKiosk(selectUiText);
  const titleId = useId();
  const close = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (open) close.current?.focus();
  }, [open]);

  if (!open) return null;
  return (
    <div className="sheet-backdrop">
      <div className="sheet" role="dialog" aria-modal="true" aria-labelledby={titleId}>
        <div className="sheet__header">
          <h2 id={titleId} className="sheet__title">
            {ui.accessibilityTitle}
          </h2>
          <button
            ref={close}
            type="button"
            className="bar-button bar-button--compact"
            onClick={() => setOpen(false)}
          >
            <X aria-hidden="true" className="bar-button__icon" />
            <span>{ui.close}</span>
          </button>
        </div>
        <TextSizeChoice />
        <div className="sheet__toggles">
          <Toggle
            setting="readAloud"
            label={ui.readAloud}
            hint={ui.readAloudHint}
            select={selectReadAloud}
          />
          <Toggle setting="highContrast" label={ui.highContrast} select={selectHighContrast} />
          <Toggle setting="reachMode" label={ui.reachMode} select={selectReachMode} />
          <Toggle setting="reducedMotion" label={ui.reducedMotion} select={selectReducedMotion} />
        </div>
        <p className="sheet__keys">{ui.keypadHelp}</p>
      </div>
    </div>
  );
}

function TextSizeChoice() {
  const ui = useKiosk(selectUiText);
  const current = useKiosk(selectTextScale);
  const setScale = useKiosk(selectSetTextScale);
  const labelId = useId();
  return (
    <div className="sheet__group" role="group" aria-labelledby={labelId}>
      <p id={labelId} className="sheet__label">
        {ui.textSize}
      </p>
      <div className="sheet__choices">
        {TEXT_SCALES.map((scale) => (
          <button
            key={scale}
            type="button"
            className="choice-button"
            aria-pressed={scale === current}
            onClick={() => setScale(scale)}
          >
            <span style={{ fontSize: `${String(0.8 + (scale - 1) * 0.6)}em` }} aria-hidden="true">
              A
            </span>
            <span>{`${String(Math.round(scale * 100))}%`}</span>
          </button>
        ))}
      </div>
    </div>
  );
}

interface ToggleProps {
  setting: AccessibilityToggle;
  label: string;
  hint?: string;
  select: (state: KioskState) => boolean;
}

function Toggle({ setting, label, hint, select }: ToggleProps) {
  const ui = useKiosk(selectUiText);
  const on = useKiosk(select);
  const toggle = useKiosk(selectToggleAccessibility);
  const hintId = useId();
  return (
    <button
      type="button"
      className="toggle-button"
      aria-pressed={on}
      aria-describedby={hint ? hintId : undefined}
      onClick={() => toggle(setting)}
    >
      <span className="toggle-button__label">{label}</span>
      {hint && (
        <span id={hintId} className="toggle-button__hint">
          {hint}
        </span>
      )}
      <span className="toggle-button__state" aria-hidden="true">
        {on ? ui.on : ui.off}
      </span>
    </button>
  );
}
