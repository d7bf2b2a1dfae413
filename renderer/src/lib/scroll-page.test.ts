import { describe, expect, it } from 'vitest';
import { pageScrollTarget, scrollByPage, scrollEdges } from './scroll-page.ts';

const box = (scrollTop: number) => ({ scrollTop, clientHeight: 800, scrollHeight: 3000 });

describe('pageScrollTarget', () => {
  it('moves three quarters of the visible height', () => {
    expect(pageScrollTarget(box(0), 'down')).toBe(600);
    expect(pageScrollTarget(box(1000), 'up')).toBe(400);
  });

  it('stops at the top and at the bottom', () => {
    expect(pageScrollTarget(box(100), 'up')).toBe(0);
    expect(pageScrollTarget(box(2000), 'down')).toBe(2200);
  });

  it('stays put when there is nothing to scroll', () => {
    const short = { scrollTop: 0, clientHeight: 800, scrollHeight: 500 };
    expect(pageScrollTarget(short, 'down')).toBe(0);
  });
});

describe('scrollEdges', () => {
  it('tells the top, the middle and the bottom apart', () => {
    expect(scrollEdges(box(0))).toEqual({ atTop: true, atBottom: false });
    expect(scrollEdges(box(1000))).toEqual({ atTop: false, atBottom: false });
    expect(scrollEdges(box(2200))).toEqual({ atTop: false, atBottom: true });
  });
});

describe('scrollByPage', () => {
  it('moves an element by one page', () => {
    const element = document.createElement('div');
    Object.defineProperty(element, 'clientHeight', { value: 800 });
    Object.defineProperty(element, 'scrollHeight', { value: 3000 });
    scrollByPage(element, 'down');
    expect(element.scrollTop).toBe(600);
  });
});
