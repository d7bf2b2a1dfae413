const prevent = (event: Event): void => event.preventDefault();

/** A touchpad pinch arrives as a wheel event with ctrlKey set: it would zoom the page. */
const preventPinchZoom = (event: WheelEvent): void => {
  if (event.ctrlKey) event.preventDefault();
};

/**
 * A long press must not open a context menu, and nothing may be dragged away: a public
 * touchscreen offers no way out of the kiosk. Returns a function that undoes it.
 */
export function hardenTouch(target: Document): () => void {
  target.addEventListener('contextmenu', prevent);
  target.addEventListener('dragstart', prevent);
  target.addEventListener('wheel', preventPinchZoom, { passive: false });
  return () => {
    target.removeEventListener('contextmenu', prevent);
    target.removeEventListener('dragstart', prevent);
    target.removeEventListener('wheel', preventPinchZoom);
  };
}
