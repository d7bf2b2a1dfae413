import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Content } from '../../../../electron/contract/content-schema.ts';
import { contentFixture } from '../../test-support/content-fixture.ts';
import { renderApp } from '../../test-support/render-app.tsx';

function withNotices(): Content {
  const content = contentFixture();
  content.announcements = [
    {
      id: 'closing-early',
      text: { en: 'Closing early today.', es: 'Hoy cerramos temprano.' },
      startsAt: '2026-12-24T12:00',
      endsAt: '2026-12-24T17:00',
    },
  ];
  content.hours = {
    weekly: [1, 2, 3, 4, 5].map((day) => ({ day, opens: '08:00', closes: '17:00' })),
    closures: [],
  };
  return content;
}

type Closure = Content['hours']['closures'][number];

/** Closed all day from `startDate` to `endDate`, unless `rest` says otherwise. */
const closure = (startDate: string, endDate: string, rest: Partial<Closure> = {}): Closure => ({
  startDate,
  endDate,
  kind: 'closed',
  time: '',
  note: { en: '', es: '' },
  ...rest,
});

const at = (hh: number, mm = 0) => new Date(2026, 11, 24, hh, mm).getTime();

/** The page's clock, faked: the kiosk's minute tick runs on it (see lib/clock.ts). */
const startClockAt = (ms: number) =>
  vi.useFakeTimers({ now: ms, toFake: ['Date', 'setTimeout', 'clearTimeout'] });

describe('announcements and office hours', () => {
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('show on home at the page’s time and change as the minutes turn, with no touch', async () => {
    startClockAt(at(11, 59) + 30_000);
    const { store } = await renderApp({ name: 'home' }, withNotices());
    expect(screen.queryByText('Closing early today.')).toBeNull();
    expect(screen.getByText('Open now')).toBeTruthy();

    act(() => vi.advanceTimersByTime(30_000));
    const region = screen.getByRole('region', { name: 'Announcements' });
    expect(within(region).getByText('Closing early today.')).toBeTruthy();

    // Past closing time; the idle reset has long since gone back to attract.
    act(() => vi.advanceTimersByTime(5 * 60 * 60_000));
    expect(screen.queryByText('Closing early today.')).toBeNull();
    act(() => store.getState().begin());
    expect(screen.getByText('Closed now')).toBeTruthy();
  });

  it('speak the visitor’s language', async () => {
    startClockAt(at(13));
    const { store } = await renderApp({ name: 'home' }, withNotices());
    act(() => store.getState().setLanguage('es'));
    expect(screen.getByText('Hoy cerramos temprano.')).toBeTruthy();
    expect(screen.getByText('Abierto ahora')).toBeTruthy();
  });

  it('show on the attract screen too', async () => {
    startClockAt(at(13));
    await renderApp({ name: 'attract' }, withNotices());
    expect(screen.getByText('Closing early today.')).toBeTruthy();
  });

  it('list the week on the phone numbers screen, and nothing where no hours are set', async () => {
    await renderApp({ name: 'phones' }, withNotices());
    const hours = screen.getByRole('region', { name: 'Office hours' });
    expect(within(hours).getByText('Monday')).toBeTruthy();
    expect(within(hours).getAllByText('Closed')).toHaveLength(2);
    cleanup();

    await renderApp({ name: 'phones' });
    expect(screen.queryByRole('region', { name: 'Office hours' })).toBeNull();
  });

  it('say an early closing on home: open that morning until noon, closed after, whatever the announcement says', async () => {
    const content = withNotices();
    // Thursday 24 December: staff enter the early closing the announcement speaks of.
    content.hours.closures = [
      closure('2026-12-24', '2026-12-24', { kind: 'closes-early', time: '12:00' }),
    ];
    startClockAt(at(9));
    const { store } = await renderApp({ name: 'home' }, content);
    expect(screen.getByText('Open now')).toBeTruthy();
    expect(screen.getByText(/^Closes at 12:00\sPM today$/)).toBeTruthy();
    act(() => store.getState().setLanguage('es'));
    expect(screen.getByText(/^Hoy cierra temprano: 12:00\sp\.\s?m\.$/)).toBeTruthy();
    cleanup();

    startClockAt(at(13));
    await renderApp({ name: 'home' }, content);
    expect(screen.getByText('Closed now')).toBeTruthy();
  });

  it('list a closure of several days on the phone numbers screen, from its first to last day', async () => {
    const content = withNotices();
    content.hours.closures = [
      closure('2026-12-24', '2026-12-28', { note: { en: 'Holidays', es: 'Días festivos' } }),
    ];
    startClockAt(at(9));
    await renderApp({ name: 'phones' }, content);
    const hours = screen.getByRole('region', { name: 'Office hours' });
    expect(within(hours).getByText('Thursday, December 24 to Monday, December 28')).toBeTruthy();
    // Once in today's status, once in the list.
    expect(within(hours).getAllByText('Holidays')).toHaveLength(2);
    expect(within(hours).getByText('Closed today')).toBeTruthy();
  });
});
