import type { Content, LocalizedText } from '../../../electron/contract/content-schema.ts';

const isText = (value: unknown): value is LocalizedText =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as LocalizedText).en === 'string' &&
  typeof (value as LocalizedText).es === 'string';

/** Words for a path, e.g. "Program “Contracts”: units 1, name". */
function label(content: Content, path: string[]): string {
  const [section, index, ...rest] = path;
  const program = section === 'programs' ? content.programs[Number(index) - 1] : undefined;
  const where = program ? `Program “${program.title.en}”` : section;
  const tail = (program ? rest : [index, ...rest]).filter((part) => part !== undefined);
  return tail.length > 0 ? `${where}: ${tail.join(' › ')}` : (where ?? '');
}

/** Every text with English and no Spanish yet: visitors reading Spanish see the English there. */
export function missingSpanish(content: Content): string[] {
  const found: string[] = [];
  const walk = (value: unknown, path: string[]): void => {
    if (isText(value)) {
      if (value.en.trim() !== '' && value.es.trim() === '') found.push(label(content, path));
      return;
    }
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, String(i + 1)]));
    else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
    }
  };
  walk(content, []);
  return found;
}
