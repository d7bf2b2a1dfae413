import { describe, expect, it } from 'vitest';
import { MAX_SEARCH_LENGTH } from '../lib/keyboard-layouts.ts';
import { createFakeKioskApi } from '../test-support/fake-kiosk-api.ts';
import { createKioskStore } from './kiosk-store.ts';

describe('search text', () => {
  it('takes keys, deletes the last letter (accents too) and clears', () => {
    const store = createKioskStore(createFakeKioskApi());
    for (const key of 'añó') store.getState().typeKey(key);
    expect(store.getState().searchText).toBe('añó');
    store.getState().deleteKey();
    expect(store.getState().searchText).toBe('añ');
    store.getState().clearSearch();
    expect(store.getState().searchText).toBe('');
  });

  it('stops growing at its cap', () => {
    const store = createKioskStore(createFakeKioskApi());
    for (let i = 0; i < MAX_SEARCH_LENGTH + 10; i += 1) store.getState().typeKey('a');
    expect(store.getState().searchText).toHaveLength(MAX_SEARCH_LENGTH);
  });

  it('is forgotten when the visit resets', () => {
    const store = createKioskStore(createFakeKioskApi());
    store.getState().typeKey('x');
    store.getState().resetVisit();
    expect(store.getState().searchText).toBe('');
  });
});
