import type { Content, Program, Unit } from '../../../electron/contract/content-schema.ts';

/** Pure edits of the working copy, so components only say which one. */

const slug = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'item';

/** An id not yet used in `taken`: "new-program", "new-program-2", … */
export function freshId(base: string, taken: readonly string[]): string {
  const stem = slug(base);
  let id = stem;
  for (let n = 2; taken.includes(id); n += 1) id = `${stem}-${n}`;
  return id;
}

export function addProgram(content: Content): Content {
  const program: Program = {
    id: freshId(
      'new-program',
      content.programs.map((p) => p.id),
    ),
    title: { en: '', es: '' },
    heading: { en: '', es: '' },
    description: [{ en: '', es: '' }],
    listTitle: { en: '', es: '' },
    list: [],
    keyFacts: [],
    units: [],
    webAddress: '',
    hidden: false,
  };
  return { ...content, programs: [...content.programs, program] };
}

export function moveProgram(content: Content, index: number, by: -1 | 1): Content {
  const to = index + by;
  if (to < 0 || to >= content.programs.length) return content;
  const programs = [...content.programs];
  [programs[index], programs[to]] = [programs[to]!, programs[index]!];
  return { ...content, programs };
}

export function removeProgram(content: Content, index: number): Content {
  return { ...content, programs: content.programs.filter((_, i) => i !== index) };
}

export function addUnit(program: Program): Program {
  const unit: Unit = {
    id: freshId(
      `${program.id}-unit`,
      program.units.map((u) => u.id),
    ),
    name: { en: '', es: '' },
    phone: '',
  };
  return { ...program, units: [...program.units, unit] };
}

/** An item moved one place up or down; the same list when it is already at that end. */
export function moveItem<T>(items: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (to < 0 || to >= items.length) return [...items];
  const moved = [...items];
  [moved[index], moved[to]] = [moved[to]!, moved[index]!];
  return moved;
}

export function removeItem<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}

export function replaceItem<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((x, i) => (i === index ? item : x));
}
