const prevent = (event: Event): void => event.preventDefault();

/** A touchpad pinch arrives as a wheel event with ctrlKey set: it would zoom the page. */
const preventPinchZoom = (event: WheelEvent): void => {
  if (event.ctrlKey) event.preventDefault();
};

/** Ctrl/Cmd with +, -, = or 0 zooms the page in a browser: a plugged-in keyboard must not. */
const ZOOM_KEYS = new Set(['+', '-', '=', '0', '_']);
const preventKeyboardZoom = (event: KeyboardEvent): void => {
  if ((event.ctrlKey || event.metaKey) && ZOOM_KEYS.has(event.key)) event.preventDefault();
};

/** Safari's own pinch gesture events. */
const GESTURES = ['gesturestart', 'gesturechange'] as const;

/**
 * A long press must not open a context menu, and nothing may be dragged away: a public
 * touchscreen offers no way out of the kiosk. Returns a function that undoes it.
 */
export function hardenTouch(target: Document): () => void {
  target.addEventListener('contextmenu', prevent);
  target.addEventListener('dragstart', prevent);
  target.addEventListener('wheel', preventPinchZoom, { passive: false });
  target.addEventListener('keydown', preventKeyboardZoom);
  for (const gesture of GESTURES) target.addEventListener(gesture, prevent);
  return () => {
    target.removeEventListener('keydown', preventKeyboardZoom);
    for (const gesture of GESTURES) target.removeEventListener(gesture, prevent);
    target.removeEventListener('contextmenu', prevent);
    target.removeEventListener('dragstart', prevent);
    target.removeEventListener('wheel', preventPinchZoom);
  };
}
