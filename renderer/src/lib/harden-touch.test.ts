// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { hardenTouch } from './harden-touch.ts';

function dispatch(event: Event): boolean {
  document.body.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('hardenTouch', () => {
  let undo: (() => void) | undefined;
  afterEach(() => undo?.());

  it('blocks the context menu and dragging', () => {
    undo = hardenTouch(document);
    expect(dispatch(new MouseEvent('contextmenu', { bubbles: true, cancelable: true }))).toBe(true);
    expect(dispatch(new MouseEvent('dragstart', { bubbles: true, cancelable: true }))).toBe(true);
  });

  it('blocks pinch zoom but lets ordinary wheel scrolling through', () => {
    undo = hardenTouch(document);
    const pinch = new WheelEvent('wheel', { bubbles: true, cancelable: true, ctrlKey: true });
    const scroll = new WheelEvent('wheel', { bubbles: true, cancelable: true });
    expect(dispatch(pinch)).toBe(true);
    expect(dispatch(scroll)).toBe(false);
  });

  it('blocks keyboard zoom, but not typing', () => {
    undo = hardenTouch(document);
    const key = (init: KeyboardEventInit) =>
      dispatch(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
    expect(key({ key: '+', ctrlKey: true })).toBe(true);
    expect(key({ key: '-', metaKey: true })).toBe(true);
    expect(key({ key: '0', ctrlKey: true })).toBe(true);
    expect(key({ key: '0' })).toBe(false);
    expect(key({ key: 'a', ctrlKey: true })).toBe(false);
  });

  it('lets a visitor’s keypad and keyboard keys through (visitor-keys.ts)', () => {
    undo = hardenTouch(document);
    const key = (init: KeyboardEventInit) =>
      dispatch(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
    for (const [k, code] of [
      ['0', 'Numpad0'],
      ['5', 'Numpad5'],
      ['.', 'NumpadDecimal'],
      ['+', 'NumpadAdd'],
      ['-', 'NumpadSubtract'],
      ['*', 'NumpadMultiply'],
      ['/', 'NumpadDivide'],
      ['Enter', 'NumpadEnter'],
      ['Tab', 'Tab'],
      ['Escape', 'Escape'],
      ['Backspace', 'Backspace'],
      ['ArrowDown', 'ArrowDown'],
      ['ArrowUp', 'Numpad8'],
    ]) {
      expect(key({ key: k, code })).toBe(false);
    }
  });

  it('blocks Safari’s pinch gestures', () => {
    undo = hardenTouch(document);
    expect(dispatch(new Event('gesturestart', { bubbles: true, cancelable: true }))).toBe(true);
  });

  it('can be undone', () => {
    hardenTouch(document)();
    expect(dispatch(new MouseEvent('contextmenu', { bubbles: true, cancelable: true }))).toBe(
      false,
    );
  });
});
