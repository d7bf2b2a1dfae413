/** What arrows move between: the things a visitor presses, not headings or scrolling text. */
const CONTROLS = 'button, a[href], input, select, textarea, [role="button"]';

/** The modal dialog in front (the last opened: the idle warning over the panel), if any. */
export function openDialog(doc: Document): Element | null {
  const dialogs = doc.querySelectorAll('[aria-modal="true"]');
  return dialogs[dialogs.length - 1] ?? null;
}

/** A modal dialog keeps focus in itself; else the whole page. */
export function focusScope(doc: Document): Element {
  return openDialog(doc) ?? doc.body;
}

const usable = (element: HTMLElement): boolean =>
  !element.matches(':disabled, [tabindex="-1"]') &&
  !element.closest('[inert], [hidden], [aria-hidden="true"]') &&
  (typeof element.checkVisibility !== 'function' || element.checkVisibility());

/**
 * The control after (`by` 1) or before (-1) `from` in reading order, going round at the ends;
 * from a heading or from nothing, the first control after it or the last before it.
 */
export function nextControl(scope: Element, from: Element | null, by: 1 | -1): HTMLElement | null {
  const controls = [...scope.querySelectorAll<HTMLElement>(CONTROLS)].filter(usable);
  if (controls.length === 0) return null;
  const ordered = by === 1 ? controls : controls.reverse();
  if (!from || !scope.contains(from) || from === scope) return ordered[0] ?? null;
  const at = ordered.indexOf(from as HTMLElement);
  if (at >= 0) return ordered[(at + 1) % ordered.length] ?? null;
  const ahead = by === 1 ? Node.DOCUMENT_POSITION_FOLLOWING : Node.DOCUMENT_POSITION_PRECEDING;
  return ordered.find((control) => from.compareDocumentPosition(control) & ahead) ?? ordered[0]!;
}
