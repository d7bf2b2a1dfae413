import {
  FIRST_SCREEN_STATE_ID,
  type FirstScreenState,
} from '../../../electron/contract/first-screen.ts';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/**
 * The state the shell rendered the first screen with, or null: a page served without it (no
 * server build, or its render failed) starts the way it always did, from the core's answer.
 * The shell validated the content; this only checks the block is whole.
 */
export function readFirstScreen(doc: Pick<Document, 'getElementById'>): FirstScreenState | null {
  const text = doc.getElementById(FIRST_SCREEN_STATE_ID)?.textContent;
  if (!text) return null;
  let state: unknown;
  try {
    state = JSON.parse(text);
  } catch {
    return null;
  }
  if (
    !isObject(state) ||
    !Number.isInteger(state.revision) ||
    !Number.isFinite(state.renderedAt) ||
    !isObject(state.content) ||
    !Array.isArray(state.content.programs)
  ) {
    return null;
  }
  return state as unknown as FirstScreenState;
}
