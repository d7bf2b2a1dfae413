import type { ChangeRecord } from '../../contract/change-records.ts';
import { contentFields, type ContentField } from '../../contract/content-fields.ts';
import type { Content, Program } from '../../contract/content-schema.ts';

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Fields that belong to something added or removed whole are said once, by that thing. */
const wholes = (before: Content, after: Content): { key: string; record: ChangeRecord }[] => {
  const out: { key: string; record: ChangeRecord }[] = [];
  const programName = (p: Program, i: number) => `Program ${i + 1}, ${p.title.en || 'New program'}`;
  const pair = <T extends { id: string }>(
    list: T[],
    other: T[],
    describe: (item: T, index: number) => { key: string; record: ChangeRecord },
  ) => {
    const ids = new Set(other.map((x) => x.id));
    list.forEach((item, i) => {
      if (!ids.has(item.id)) out.push(describe(item, i));
    });
  };
  for (const [list, other, kind] of [
    [after.programs, before.programs, 'added'],
    [before.programs, after.programs, 'removed'],
  ] as const) {
    pair(list, other, (p, i) => ({
      key: `program/${p.id}`,
      record: {
        kind,
        area: 'programs',
        where: programName(p, i),
        // Its place names it; its fields are not listed one by one.
        from: '',
        to: '',
        text: false,
      },
    }));
  }
  // Units added to or removed from a program both contents have.
  for (const program of after.programs) {
    const old = before.programs.find((p) => p.id === program.id);
    if (!old) continue;
    const p = after.programs.indexOf(program);
    for (const [list, other, kind] of [
      [program.units, old.units, 'added'],
      [old.units, program.units, 'removed'],
    ] as const) {
      pair(list, other, (u) => ({
        key: `program/${program.id}/unit/${u.id}`,
        record: {
          kind,
          area: 'programs',
          where: `${programName(program, p)} › ${u.name.en || 'unit'}`,
          from: kind === 'removed' ? u.phone : '',
          to: kind === 'added' ? u.phone : '',
          text: false,
        },
      }));
    }
  }
  for (const [list, other, kind] of [
    [after.announcements, before.announcements, 'added'],
    [before.announcements, after.announcements, 'removed'],
  ] as const) {
    pair(list, other, (a, i) => ({
      key: `announcement/${a.id}`,
      record: {
        kind,
        area: 'announcements',
        where: `Announcement ${i + 1}`,
        from: kind === 'removed' ? a.text.en : '',
        to: kind === 'added' ? a.text.en : '',
        text: true,
      },
    }));
  }
  return out;
};

const fieldRecord = (before: ContentField | undefined, after: ContentField | undefined) => {
  const field = (after ?? before) as ContentField;
  const from = before?.value ?? '';
  const to = after?.value ?? '';
  const kind = from === '' ? 'added' : to === '' ? 'removed' : 'changed';
  const record: ChangeRecord = {
    kind,
    area: field.area,
    where: field.where,
    from,
    to,
    text: field.text,
  };
  return record;
};

function visibility(before: Content, after: Content): ChangeRecord[] {
  return after.programs.flatMap((program, i) => {
    const old = before.programs.find((p) => p.id === program.id);
    if (!old || old.hidden === program.hidden) return [];
    return [
      {
        kind: program.hidden ? 'hidden' : 'shown',
        area: 'programs',
        where: `Program ${i + 1}, ${program.title.en || 'New program'}`,
        from: '',
        to: '',
        text: false,
      } satisfies ChangeRecord,
    ];
  });
}

function order(before: Content, after: Content): ChangeRecord[] {
  const kept = (list: Program[], other: Program[]) =>
    list.filter((p) => other.some((o) => o.id === p.id));
  const was = kept(before.programs, after.programs);
  const now = kept(after.programs, before.programs);
  if (
    same(
      was.map((p) => p.id),
      now.map((p) => p.id),
    )
  )
    return [];
  const titles = (list: Program[]) => list.map((p) => p.title.en).join(', ');
  return [
    {
      kind: 'reordered',
      area: 'programs',
      where: 'the programs',
      from: titles(was),
      to: titles(now),
      text: false,
    },
  ];
}

/**
 * What publishing `after` over `before` changes, one typed record per field as staff see it:
 * the history, the publish dialog and the audit log are all made from these.
 */
export function changeRecords(before: Content, after: Content): ChangeRecord[] {
  const whole = wholes(before, after);
  const within = (key: string) => whole.some((w) => key.startsWith(`${w.key}/`));
  const beforeFields = new Map(contentFields(before).map((f) => [f.key, f]));
  const afterFields = contentFields(after);
  const afterKeys = new Set(afterFields.map((f) => f.key));
  const records: ChangeRecord[] = whole.map((w) => w.record);
  records.push(...visibility(before, after));
  for (const field of afterFields) {
    const old = beforeFields.get(field.key);
    if (within(field.key) || (old?.value ?? '') === field.value) continue;
    records.push(fieldRecord(old, field));
  }
  for (const [key, old] of beforeFields) {
    if (afterKeys.has(key) || within(key) || old.value === '') continue;
    records.push(fieldRecord(old, undefined));
  }
  records.push(...order(before, after));
  if (records.length === 0 && !same(before, after)) {
    records.push({
      kind: 'changed',
      area: 'content',
      where: 'the content',
      from: '',
      to: '',
      text: false,
    });
  }
  return records;
}
