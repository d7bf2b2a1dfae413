/** What a visitor's key asks for. */
export type VisitorCommand =
  | 'focus-next'
  | 'focus-previous'
  | 'listen'
  | 'home'
  | 'back'
  | 'stop'
  | 'repeat'
  | 'next-block'
  | 'previous-block';

export type KeyPress = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'altKey' | 'metaKey'>;

/**
 * A keypad's keys by their place, so they mean the same with Num Lock on or off (off, 0 is
 * Insert, 5 is Clear, the dot is Delete and 8 is an arrow). 0, the big key at the bottom left,
 * is Listen, as Listen is at the screen's bottom left; 5, the key with the bump, is Home.
 */
const KEYPAD: Readonly<Record<string, VisitorCommand>> = {
  Numpad0: 'listen',
  Numpad5: 'home',
  NumpadDecimal: 'back',
  NumpadAdd: 'next-block',
  NumpadSubtract: 'previous-block',
  NumpadMultiply: 'repeat',
  NumpadDivide: 'stop',
  Numpad8: 'focus-previous',
  Numpad4: 'focus-previous',
  Numpad2: 'focus-next',
  Numpad6: 'focus-next',
};

/** The same keys on a keyboard's main block, and the keys a keyboard user expects. */
const KEYBOARD: Readonly<Record<string, VisitorCommand>> = {
  '0': 'listen',
  '5': 'home',
  '.': 'back',
  '+': 'next-block',
  '-': 'previous-block',
  '*': 'repeat',
  '/': 'stop',
  ArrowDown: 'focus-next',
  ArrowRight: 'focus-next',
  ArrowUp: 'focus-previous',
  ArrowLeft: 'focus-previous',
  Escape: 'back',
  Backspace: 'back',
};

/**
 * The visitor's command for a key, or null: the key then does what it always does (Tab moves
 * focus, Enter and Space press the focused button). Chords stay staff's and the browser's
 * (Ctrl+Alt+A opens sign-in; the shell blocks the rest), and typing in a field stays typing.
 */
export function visitorCommand(press: KeyPress, typing: boolean): VisitorCommand | null {
  if (typing || press.ctrlKey || press.altKey || press.metaKey) return null;
  return KEYPAD[press.code] ?? KEYBOARD[press.key] ?? null;
}

/** A field that takes typed text, where the keys are letters and digits, not commands. */
export function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || target.matches('input, textarea, select'))
  );
}
