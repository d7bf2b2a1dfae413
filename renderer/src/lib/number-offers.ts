import type { Content } from '../../../electron/contract/content-schema.ts';
import { PHONE_PATTERN } from '../../../electron/contract/content-schema.ts';
import {
  mentionsOf,
  phoneDigits,
  type PhoneMention,
} from '../../../electron/contract/phone-mentions.ts';

/** A unit's number changed while its old one is still written in the content's texts. */
export interface NumberOffer {
  unitId: string;
  unitName: string;
  was: string;
  phone: string;
  mentions: PhoneMention[];
}

/**
 * For each unit of the program whose number staff changed (against what visitors see) to a
 * valid new one: where its old number is still written, so the editor offers to replace it.
 * An old number another unit still has is that unit's, and is left alone.
 */
export function numberOffers(
  published: Content,
  working: Content,
  programId: string,
): NumberOffer[] {
  const program = working.programs.find((p) => p.id === programId);
  const before = published.programs.find((p) => p.id === programId);
  if (!program || !before) return [];
  const inUse = new Set(
    working.programs.flatMap((p) => p.units.map((u) => phoneDigits(u.phone))).filter(Boolean),
  );
  return program.units.flatMap((unit) => {
    const was = before.units.find((u) => u.id === unit.id)?.phone ?? '';
    if (was === '' || was === unit.phone || !PHONE_PATTERN.test(unit.phone)) return [];
    if (inUse.has(phoneDigits(was))) return [];
    const mentions = mentionsOf(working, was);
    return mentions.length === 0
      ? []
      : [{ unitId: unit.id, unitName: unit.name.en, was, phone: unit.phone, mentions }];
  });
}
