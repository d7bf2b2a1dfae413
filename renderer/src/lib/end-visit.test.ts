// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { clearPageTraces } from './end-visit.ts';

describe('clearPageTraces', () => {
  it('empties web storage, stops speech and drops focus', () => {
    sessionStorage.setItem('left', 'behind');
    localStorage.setItem('left', 'behind');
    const cancel = vi.fn();
    Object.defineProperty(window, 'speechSynthesis', { value: { cancel }, configurable: true });
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();

    clearPageTraces(window);

    expect(sessionStorage.length).toBe(0);
    expect(localStorage.length).toBe(0);
    expect(cancel).toHaveBeenCalledOnce();
    expect(document.activeElement).toBe(document.body);
  });
});
