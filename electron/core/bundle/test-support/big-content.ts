import { readFileSync } from 'node:fs';
import type { Content } from '../../../contract/content-schema.ts';

const DEFAULT_CONTENT = new URL('../../../../data/default-content.json', import.meta.url);

/**
 * The shipped content with its programs repeated (96 of the 100 a kiosk shows; about 200 KB as
 * signed, so a kill often lands mid-write), marked with `label` in an announcement so a reader can tell
 * which signing wrote it.
 */
export function bigContent(label: number, copies = 16): Content {
  const base = JSON.parse(readFileSync(DEFAULT_CONTENT, 'utf8')) as Content;
  const programs = Array.from({ length: copies }, (_, copy) =>
    base.programs.map((program) => ({
      ...program,
      id: `${program.id}-${copy}`,
      units: program.units.map((unit) => ({ ...unit, id: `${unit.id}-${copy}` })),
    })),
  ).flat();
  return {
    ...base,
    programs,
    announcements: [
      {
        id: `signing-${label}`,
        text: { en: `Signing ${label}`, es: '' },
        startsAt: '',
        endsAt: '',
      },
    ],
  };
}

/** The label bigContent put in, or NaN. */
export function labelOf(content: Content): number {
  return Number(/^signing-(\d+)$/.exec(content.announcements[0]?.id ?? '')?.[1] ?? NaN);
}
