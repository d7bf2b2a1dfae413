import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Content } from '../../../electron/contract/content-schema.ts';

// Hours and an announcement made up for tests: the bundled content has none (the agency's
// pages give no hours), and these stand in for what staff would enter.
export const HOLIDAY_NOTICE = 'The office closes at 5 PM today and is closed on December 25.';

/** Thursday 24 December 2026 on the machine's clock, which the page shares. */
export const christmasEve = (time: string) => new Date(`2026-12-24T${time}:00`);

/** The bundled content plus a holiday announcement (24 Dec, 12:00 to 17:00) and office hours. */
export async function writeNoticeContent(dataDir: string): Promise<void> {
  const content = JSON.parse(await readFile('data/default-content.json', 'utf8')) as Content;
  content.announcements = [
    {
      id: 'holiday',
      text: { en: HOLIDAY_NOTICE, es: 'La oficina cierra hoy a las 5 p. m.' },
      startsAt: '2026-12-24T12:00',
      endsAt: '2026-12-24T17:00',
    },
  ];
  content.hours = {
    weekly: [1, 2, 3, 4, 5].map((day) => ({ day, opens: '08:00', closes: '17:00' })),
    closures: [
      {
        startDate: '2026-12-25',
        endDate: '2026-12-25',
        kind: 'closed',
        time: '',
        note: { en: 'Christmas Day', es: 'Día de Navidad' },
      },
    ],
  };
  await writeFile(join(dataDir, 'content.json'), JSON.stringify(content));
}
