// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChangeRecord } from '../../../../electron/contract/change-records.ts';
import { ChangeList } from './change-list.tsx';

const text: ChangeRecord = {
  kind: 'changed',
  area: 'programs',
  where: 'Program 2, Training Reimbursement › Description, paragraph 2 (English)',
  from: 'directed to the Reimbursement Unit at (916) 227-4840. There',
  to: 'directed to the Reimbursement Unit at (916) 227-4899. There',
  text: true,
};

describe('the list of changes', () => {
  afterEach(cleanup);

  it('shows a text change word by word, marked for eyes and for screen readers', () => {
    render(<ChangeList records={[text]} label="Changes" />);
    const item = screen.getByRole('listitem');
    expect(item.querySelector('del')?.textContent).toBe('[removed: 227-4840. ]');
    expect(item.querySelector('ins')?.textContent).toBe('[added: 227-4899. ]');
    expect(item.textContent).toContain(`Changed the text of ${text.where}`);
  });

  it('shows a revision written before records in its own sentences', () => {
    render(<ChangeList sentences={['Changed the privacy notice']} label="Changes" />);
    expect(screen.getByRole('listitem').textContent).toBe('Changed the privacy notice');
  });

  it('folds a long list until staff ask for all of it', () => {
    const many = Array.from({ length: 20 }, (_, i) => ({ ...text, where: `Place ${i}` }));
    render(<ChangeList records={many} label="Changes" />);
    expect(screen.getAllByRole('listitem')).toHaveLength(8);
    fireEvent.click(screen.getByRole('button', { name: 'Show all 20 changes' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(20);
  });
});
