// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { pageOf, pageScrollTarget, scrollByPage, scrollEdges } from './scroll-page.ts';

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

describe('pageOf', () => {
  const box = (scrollTop: number, scrollHeight: number) => ({
    scrollTop,
    clientHeight: 1000,
    scrollHeight,
  });

  it('is one page when everything shows', () => {
    expect(pageOf(box(0, 1000))).toEqual({ page: 1, pages: 1 });
  });

  it('counts the presses from top to bottom, and follows them', () => {
    // 3,000 px of text in a 1,000 px box: 2,000 px to scroll, 750 px a press: 3 presses.
    let scrollTop = 0;
    const seen = [pageOf(box(scrollTop, 3000))];
    for (let press = 0; press < 3; press++) {
      scrollTop = pageScrollTarget(box(scrollTop, 3000), 'down');
      seen.push(pageOf(box(scrollTop, 3000)));
    }
    expect(seen).toEqual([1, 2, 3, 4].map((page) => ({ page, pages: 4 })));
  });

  it('says the last page at the bottom, however the box got there', () => {
    expect(pageOf(box(1999.5, 3000))).toEqual({ page: 4, pages: 4 });
  });

  it('counts more pages for larger text (a taller content)', () => {
    expect(pageOf(box(0, 3000)).pages).toBeLessThan(pageOf(box(0, 6000)).pages);
  });
});
