// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { touchBeginWhenAnswering } from './page-probes.ts';

const MARKS = { answers: ['page:answers', 'page:react'], begin: 'probe:begin' };
const realMark = performance.mark;

function button(): { element: HTMLButtonElement; clicks: string[] } {
  const element = document.createElement('button');
  element.className = 'attract__button';
  const clicks: string[] = [];
  element.addEventListener('click', () => clicks.push('click'));
  return { element, clicks };
}

describe('touchBeginWhenAnswering', () => {
  afterEach(() => {
    performance.mark = realMark;
    performance.clearMarks();
    document.body.innerHTML = '';
  });

  it('touches "begin" inside the page\'s own mark, before the page goes on', () => {
    const { element, clicks } = button();
    document.body.append(element);
    touchBeginWhenAnswering(MARKS);
    performance.mark('page:other');
    expect(clicks).toEqual([]);
    performance.mark('page:answers');
    expect(clicks).toEqual(['click']);
    expect(performance.getEntriesByName('probe:begin', 'mark')).toHaveLength(1);
    expect(performance.getEntriesByName('page:answers', 'mark')).toHaveLength(1);
  });

  it('touches once, at the first of the marks', () => {
    const { element, clicks } = button();
    document.body.append(element);
    touchBeginWhenAnswering(MARKS);
    performance.mark('page:answers');
    performance.mark('page:react');
    expect(clicks).toEqual(['click']);
  });

  it('waits for the button where the mark comes first', async () => {
    touchBeginWhenAnswering(MARKS);
    performance.mark('page:react');
    const { element, clicks } = button();
    document.body.append(element);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(clicks).toEqual(['click']);
  });
});
