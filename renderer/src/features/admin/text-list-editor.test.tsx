// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LocalizedText } from '../../../../electron/contract/content-schema.ts';
import { createKioskStore } from '../../store/kiosk-store.ts';
import { KioskStoreProvider } from '../../store/store-context.tsx';
import { createFakeKioskApi } from '../../test-support/fake-kiosk-api.ts';
import { AgencyTextConfirm } from './agency-text-confirm.tsx';
import { TextListEditor } from './text-list-editor.tsx';

const FACTS: LocalizedText[] = [
  { en: 'First.', es: 'Primero.' },
  { en: 'Second.', es: 'Segundo.' },
];

async function renderList(onChange: (items: LocalizedText[]) => void) {
  const store = createKioskStore(createFakeKioskApi());
  await store.getState().openPinPad();
  render(
    <KioskStoreProvider store={store}>
      <TextListEditor
        itemLabel="Key fact"
        path="programs.3.keyFacts"
        items={FACTS}
        onChange={onChange}
      />
      <AgencyTextConfirm />
    </KioskStoreProvider>,
  );
}

const confirm = () => fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));

describe('an agency list', () => {
  afterEach(cleanup);

  it('reorders, removes and adds items once staff confirm', async () => {
    const onChange = vi.fn();
    await renderList(onChange);
    fireEvent.click(screen.getByRole('button', { name: 'Move key fact 2 up' }));
    expect(onChange).not.toHaveBeenCalled();
    confirm();
    expect(onChange).toHaveBeenLastCalledWith([FACTS[1], FACTS[0]]);

    fireEvent.click(screen.getByRole('button', { name: 'Remove key fact 1' }));
    expect(onChange).toHaveBeenLastCalledWith([FACTS[1]]);
    fireEvent.click(screen.getByRole('button', { name: 'Add key fact' }));
    expect(onChange).toHaveBeenLastCalledWith([...FACTS, { en: '', es: '' }]);
  });

  it('drops the change when staff cancel', async () => {
    const onChange = vi.fn();
    await renderList(onChange);
    fireEvent.click(screen.getByRole('button', { name: 'Remove key fact 2' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});
