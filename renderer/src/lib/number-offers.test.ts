import { describe, expect, it } from 'vitest';
import { replaceMentions } from '../../../electron/contract/phone-mentions.ts';
import { defaultContent } from '../test-support/default-content.ts';
import { numberOffers } from './number-offers.ts';

const ID = 'training-reimbursement';
const withPhone = (phone: string) => {
  const content = defaultContent();
  content.programs.find((p) => p.id === ID)!.units[0]!.phone = phone;
  return content;
};

describe('numberOffers', () => {
  it('offers both mentions of Training Reimbursement’s old number once it has a new one', () => {
    const [offer, ...rest] = numberOffers(defaultContent(), withPhone('(916) 227-4899'), ID);
    expect(rest).toEqual([]);
    expect(offer).toMatchObject({
      unitName: 'Reimbursement Unit',
      was: '(916) 227-4840',
      phone: '(916) 227-4899',
    });
    expect(offer!.mentions.map((m) => m.where)).toEqual([
      'Program 2, Training Reimbursement › Description, paragraph 2 (English)',
      'Program 2, Training Reimbursement › Description, paragraph 2 (Spanish)',
    ]);
  });

  it('offers nothing while the new number is half typed, or unchanged, or after replacing', () => {
    expect(numberOffers(defaultContent(), withPhone('(916) 227-48'), ID)).toEqual([]);
    expect(numberOffers(defaultContent(), defaultContent(), ID)).toEqual([]);
    const working = withPhone('(916) 227-4899');
    const [offer] = numberOffers(defaultContent(), working, ID);
    const replaced = replaceMentions(working, offer!.mentions, offer!);
    expect(numberOffers(defaultContent(), replaced, ID)).toEqual([]);
  });

  it('leaves an old number alone that another unit still has', () => {
    const working = withPhone('(916) 227-4899');
    working.programs[0]!.units[0]!.phone = '(916) 227-4840';
    expect(numberOffers(defaultContent(), working, ID)).toEqual([]);
  });
});
