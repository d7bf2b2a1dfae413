/**
 * What the store cannot reach of a visit: web storage (the kiosk writes none, but nothing a
 * page might have left survives), any speech still queued, and the focus on a control.
 */
export function clearPageTraces(win: Window): void {
  win.sessionStorage.clear();
  win.localStorage.clear();
  win.speechSynthesis?.cancel();
  if (win.document.activeElement instanceof HTMLElement) win.document.activeElement.blur();
}
