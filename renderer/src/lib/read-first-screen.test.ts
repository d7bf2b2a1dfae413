import { describe, expect, it } from 'vitest';
import { FIRST_SCREEN_STATE_ID } from '../../../electron/contract/first-screen.ts';
import { contentFixture } from '../test-support/content-fixture.ts';
import { readFirstScreen } from './read-first-screen.ts';

const pageWith = (text: string | null) => ({
  getElementById: (id: string) =>
    id === FIRST_SCREEN_STATE_ID && text !== null ? ({ textContent: text } as HTMLElement) : null,
});

describe('readFirstScreen', () => {
  it('reads the state the shell rendered the first screen with', () => {
    const state = { revision: 3, content: contentFixture(), renderedAt: 1_764_000_000_000 };
    expect(readFirstScreen(pageWith(JSON.stringify(state)))).toEqual(state);
  });

  it.each([
    ['no block', null],
    ['an empty block', ''],
    ['broken JSON', '{"revision": 3,'],
    ['no revision', JSON.stringify({ content: { programs: [] }, renderedAt: 1 })],
    ['no content', JSON.stringify({ revision: 1, renderedAt: 1 })],
    ['no time', JSON.stringify({ revision: 1, content: { programs: [] } })],
  ])('gives null for %s, so the kiosk starts from the core’s answer', (_case, text) => {
    expect(readFirstScreen(pageWith(text))).toBeNull();
  });
});
