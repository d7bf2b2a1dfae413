// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Content } from '../../../../electron/contract/content-schema.ts';
import { asAdmin } from '../../store/admin/admin-store.ts';
import { createKioskStore } from '../../store/kiosk-store.ts';
import { KioskStoreProvider } from '../../store/store-context.tsx';
import { contentFixture } from '../../test-support/content-fixture.ts';
import { createFakeKioskApi } from '../../test-support/fake-kiosk-api.ts';
import { AgencyTextConfirm } from './agency-text-confirm.tsx';
import { ProgramForm } from './program-form.tsx';

const INDEX = 1;

async function openForm() {
  const store = createKioskStore(createFakeKioskApi());
  await store.getState().openPinPad();
  store.setState({ working: contentFixture() } as never);
  render(
    <KioskStoreProvider store={store}>
      <ProgramForm index={INDEX} />
      <AgencyTextConfirm />
    </KioskStoreProvider>,
  );
  return () => asAdmin(store.getState());
}

const firstUnitPhone = () => screen.getAllByLabelText(/^Phone number of/)[0]!;

describe('the program form', () => {
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('checks the draft once per change, not once per field', async () => {
    const state = await openForm();
    act(() => state().revealIssues());
    const check = vi.spyOn(Content, 'safeParse');
    const fields = screen.getAllByRole('textbox').length;
    expect(fields).toBeGreaterThan(5);

    fireEvent.change(firstUnitPhone(), { target: { value: '(916) 227-42' } });
    expect(check).toHaveBeenCalledTimes(1);
    fireEvent.change(firstUnitPhone(), { target: { value: '(916) 227-425' } });
    expect(check).toHaveBeenCalledTimes(2);
  });

  it('shows a field’s problem once it is changed, not on a form just opened', async () => {
    const state = await openForm();
    act(() => {
      state().changeWorking((c) => {
        c.programs[INDEX]!.units[0]!.phone = '227';
      });
    });
    expect(firstUnitPhone().getAttribute('aria-invalid')).toBeNull();
    fireEvent.blur(firstUnitPhone());
    expect(firstUnitPhone().getAttribute('aria-invalid')).toBe('true');
  });

  it('asks before agency text changes, once for the field', async () => {
    const state = await openForm();
    const paragraph = screen.getAllByLabelText('English', { selector: 'textarea' })[0]!;
    const before = state().working!.programs[INDEX]!.description[0]!.en;
    fireEvent.focus(paragraph);
    fireEvent.change(paragraph, { target: { value: `${before}!` } });
    const dialog = screen.getByRole('alertdialog', { name: "Change the agency's text?" });
    expect(dialog.textContent).toContain(
      "Confirm your change matches the agency's published text.",
    );
    expect(state().working!.programs[INDEX]!.description[0]!.en).toBe(before);

    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(state().working!.programs[INDEX]!.description[0]!.en).toBe(`${before}!`);
    fireEvent.change(paragraph, { target: { value: `${before}!!` } });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(state().working!.programs[INDEX]!.description[0]!.en).toBe(`${before}!!`);
  });
});
