import { describe, expect, it } from 'vitest';
import { contentFixture } from '../../test-support/content-fixture.ts';
import { createFakeKioskApi } from '../../test-support/fake-kiosk-api.ts';
import { createKioskStore } from '../kiosk-store.ts';
import { asAdmin } from './admin-store.ts';

const editing = async () => {
  const store = createKioskStore(createFakeKioskApi());
  await store.getState().openPinPad();
  store.setState({ working: contentFixture() } as never);
  const state = () => asAdmin(store.getState());
  state.reset = () => store.setState({ touchedFields: {} } as never);
  return state;
};

describe('the editor’s working copy', () => {
  it('changes only the path an edit touches: the rest keeps its identity', async () => {
    const state = await editing();
    const before = state().working!;
    state().changeWorking((c) => {
      c.programs[1]!.description[0]!.en = 'Changed.';
    });
    const after = state().working!;
    expect(after).not.toBe(before);
    expect(after.programs[1]!.description[0]!.en).toBe('Changed.');
    expect(before.programs[1]!.description[0]!.en).not.toBe('Changed.');
    expect(after.programs[0]).toBe(before.programs[0]);
    expect(after.programs[1]!.units).toBe(before.programs[1]!.units);
    expect(after.privacy).toBe(before.privacy);
    expect(after.kiosk).toBe(before.kiosk);
    expect(state().draftState).toBe('unsaved');
  });

  it('takes an edit that returns a new copy, as the older forms do', async () => {
    const state = await editing();
    const before = state().working!;
    state().changeWorking((c) => ({ ...c, announcements: [] }));
    expect(state().working!.announcements).toEqual([]);
    expect(state().working!.programs).toBe(before.programs);
  });

  it('shows a field’s problem only once it is touched or staff try to publish', async () => {
    const state = await editing();
    state().changeWorking((c) => {
      c.programs[0]!.units.push({ id: 'new-unit', name: { en: 'X', es: '' }, phone: '227' });
    });
    const path = `programs.0.units.${state().working!.programs[0]!.units.length - 1}.phone`;
    const { selectFieldProblem } = await import('./admin-selectors.ts');
    expect(selectFieldProblem(path)(state())).toBeUndefined();
    state().touchField(path);
    expect(selectFieldProblem(path)(state())).toMatch(/Phone number must look like/);
    state.reset();
    expect(selectFieldProblem(path)(state())).toBeUndefined();
    state().revealIssues();
    expect(selectFieldProblem(path)(state())).toMatch(/Phone number must look like/);
  });
});

describe('the agency-text confirmation', () => {
  it('asks once per field edit session, and Cancel drops the change', async () => {
    const state = await editing();
    const made: string[] = [];
    state().guardAgencyText('a', () => made.push('first'));
    expect(made).toEqual([]);
    expect(state().agencyTextPending?.field).toBe('a');
    state().confirmAgencyText();
    expect(made).toEqual(['first']);
    state().guardAgencyText('a', () => made.push('second'));
    expect(made).toEqual(['first', 'second']);

    state().beginFieldSession('b');
    state().guardAgencyText('b', () => made.push('third'));
    state().cancelAgencyText();
    expect(made).toEqual(['first', 'second']);
    expect(state().agencyTextPending).toBeNull();

    state().beginFieldSession('a');
    state().guardAgencyText('a', () => made.push('fourth'));
    expect(state().agencyTextPending?.field).toBe('a');
  });
});
