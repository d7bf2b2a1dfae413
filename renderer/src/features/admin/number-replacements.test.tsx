// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CentralStatus } from '../../../../electron/contract/central-schema.ts';
import type { Content } from '../../../../electron/contract/content-schema.ts';
import { asAdmin } from '../../store/admin/admin-store.ts';
import { createKioskStore } from '../../store/kiosk-store.ts';
import { KioskStoreProvider } from '../../store/store-context.tsx';
import { centralStatus } from '../../test-support/central-status.ts';
import { defaultContent } from '../../test-support/default-content.ts';
import { createFakeKioskApi } from '../../test-support/fake-kiosk-api.ts';
import { AgencyTextConfirm } from './agency-text-confirm.tsx';
import { NumberReplacements } from './number-replacements.tsx';
import { PublishDialog } from './publish-dialog.tsx';

const ID = 'training-reimbursement';
const OLD = '(916) 227-4840';
const NEW = '(916) 227-4899';
const training = (c: Content | null) => c!.programs.find((p) => p.id === ID)!;

// jsdom lays nothing out: the offer and the keyboard keep things in view by scrolling.
beforeAll(() => {
  Element.prototype.scrollIntoView = () => undefined;
});

async function open(ui: React.ReactNode, central: CentralStatus | null = null) {
  const store = createKioskStore(createFakeKioskApi(defaultContent()));
  await store.getState().loadContent();
  await store.getState().openPinPad();
  const working = defaultContent();
  training(working).units[0]!.phone = NEW;
  const adminStatus = { pinSet: true, lockedUntil: null, attemptsLeft: 5, central };
  store.setState({ working, adminStatus } as never);
  render(
    <KioskStoreProvider store={store}>
      {ui}
      <AgencyTextConfirm />
    </KioskStoreProvider>,
  );
  return () => asAdmin(store.getState());
}

describe('the offer to replace an old number', () => {
  afterEach(cleanup);

  it('lists each mention in its sentence, and replaces them all once staff confirm', async () => {
    const state = await open(<NumberReplacements programId={ID} unitId="reimbursement-unit" />);
    const offer = screen.getByRole('region', {
      name: `The old number ${OLD} is still written in 2 texts`,
    });
    const items = within(offer).getAllByRole('listitem');
    expect(items.map((i) => i.textContent)).toEqual([
      expect.stringContaining('Description, paragraph 2 (English)'),
      expect.stringContaining('Description, paragraph 2 (Spanish)'),
    ]);
    expect(items[1]!.textContent).toContain('Unidad de Reembolsos al (916) 227-4840.');

    fireEvent.click(within(offer).getByRole('button', { name: 'Replace all 2' }));
    // The description is the agency's text: nothing changes before staff confirm.
    expect(training(state().working).description[1]!.en).toContain(OLD);
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));

    const description = training(state().working).description[1]!;
    expect(description.en).toContain(`Reimbursement Unit at ${NEW}.`);
    expect(description.es).toContain(`Unidad de Reembolsos al ${NEW}.`);
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('replaces one mention and leaves the other offered', async () => {
    const state = await open(<NumberReplacements programId={ID} unitId="reimbursement-unit" />);
    fireEvent.click(
      screen.getByRole('button', {
        name: `Replace ${OLD} in Program 2, Training Reimbursement › Description, paragraph 2 (Spanish)`,
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(training(state().working).description[1]!.es).toContain(NEW);
    expect(training(state().working).description[1]!.en).toContain(OLD);
    expect(screen.getByRole('region', { name: /still written in one text/ })).toBeTruthy();
  });
});

describe('the publish dialog', () => {
  afterEach(cleanup);

  it('asks to fix or keep every old number before it lets staff sign', async () => {
    await open(<PublishDialog onCancel={() => undefined} onConfirm={() => undefined} />);
    const publish = screen.getByRole('button', { name: 'Publish' });
    expect(publish).toHaveProperty('disabled', true);
    const check = screen.getByRole('region', {
      name: 'Check these 2 phone numbers before publishing',
    });
    expect(check.textContent).toContain(`${OLD} is an old number: no unit has it any more.`);

    const keep = within(check).getAllByRole('button', { name: /^Keep / });
    act(() => keep[0]!.click());
    expect(publish).toHaveProperty('disabled', true);
    act(() =>
      within(screen.getByRole('region'))
        .getByRole('button', { name: /^Keep / })
        .click(),
    );
    expect(screen.queryByRole('region')).toBeNull();
    expect(publish).toHaveProperty('disabled', false);
  });

  it('leaves numbers in parts managed centrally to the publishing PC', async () => {
    await open(
      <PublishDialog onCancel={() => undefined} onConfirm={() => undefined} />,
      centralStatus({ localEditing: 'announcements-and-hours' }),
    );

    expect(screen.queryByRole('region', { name: /phone numbers? before publishing/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Publish' })).toHaveProperty('disabled', false);
  });

  it('Fix closes the dialog and opens the program the number is in', async () => {
    let cancelled = false;
    const state = await open(
      <PublishDialog onCancel={() => (cancelled = true)} onConfirm={() => undefined} />,
    );
    act(() => screen.getAllByRole('button', { name: /^Fix / })[1]!.click());
    expect(cancelled).toBe(true);
    expect(state().editorSection).toBe('programs');
    expect(state().editingProgramId).toBe(ID);
  });
});
