import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatePicker } from './date-picker.tsx';
import { TimePicker } from './time-picker.tsx';

vi.mock('../use-draft-issues.ts', () => ({
  useDraftIssues: () =>
    new Map([['hours.weekly.0.closes', 'Closing time must be after opening time']]),
}));

function Dated({ initial = '' }: { initial?: string }) {
  const [value, setValue] = useState(initial);
  return <DatePicker label="First day" value={value} onChange={setValue} />;
}

function Timed({ initial, path }: { initial: string; path?: string }) {
  const [value, setValue] = useState(initial);
  return <TimePicker label="Closes at" value={value} onChange={setValue} path={path} />;
}

describe('the date picker', () => {
  afterEach(cleanup);

  it('shows the chosen day in words and chooses another from the month, in two taps', () => {
    render(<Dated initial="2026-12-11" />);
    fireEvent.click(screen.getByRole('button', { name: 'First day: Friday, December 11, 2026' }));
    const calendar = screen.getByRole('group', { name: 'First day: calendar' });
    expect(within(calendar).getByRole('heading', { name: 'December 2026' })).toBeTruthy();
    expect(
      within(calendar)
        .getByRole('button', { name: 'Friday, December 11, 2026' })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    fireEvent.click(within(calendar).getByRole('button', { name: 'Thursday, December 24, 2026' }));
    expect(screen.queryByRole('group', { name: 'First day: calendar' })).toBeNull();
    expect(screen.getByRole('button', { name: 'First day: Thursday, December 24, 2026' })).toBe(
      document.activeElement,
    );
  });

  it('moves by month with the previous and next buttons', () => {
    render(<Dated initial="2026-12-11" />);
    fireEvent.click(screen.getByRole('button', { name: /^First day/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Next month' }));
    expect(screen.getByRole('heading', { name: 'January 2027' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Previous month' }));
    fireEvent.click(screen.getByRole('button', { name: 'Previous month' }));
    expect(screen.getByRole('heading', { name: 'November 2026' })).toBeTruthy();
  });

  it('works by keyboard: arrows move a day or a week, across months; Enter chooses', () => {
    render(<Dated initial="2026-12-31" />);
    fireEvent.click(screen.getByRole('button', { name: /^First day/ }));
    const chosen = screen.getByRole('button', { name: 'Thursday, December 31, 2026' });
    expect(chosen.tabIndex).toBe(0);
    fireEvent.keyDown(chosen, { key: 'ArrowRight' });
    expect(screen.getByRole('heading', { name: 'January 2027' })).toBeTruthy();
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Friday, January 1, 2027' }),
    );
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Friday, January 8, 2027' }),
    );
    // A button's Enter is its click.
    fireEvent.click(document.activeElement!);
    expect(screen.getByRole('button', { name: 'First day: Friday, January 8, 2027' })).toBeTruthy();
  });

  it('says so when no day is chosen yet', () => {
    render(<Dated />);
    expect(screen.getByRole('button', { name: 'First day: Choose a date' })).toBeTruthy();
  });
});

describe('the time picker', () => {
  afterEach(cleanup);

  it('shows the stored time as visitors read it, and sets hour, minutes and PM by tap', () => {
    render(<Timed initial="08:00" />);
    fireEvent.click(screen.getByRole('button', { name: 'Closes at: 8:00 AM' }));
    fireEvent.click(screen.getByRole('button', { name: '4 o’clock' }));
    fireEvent.click(screen.getByRole('button', { name: '30 minutes' }));
    fireEvent.click(screen.getByRole('button', { name: 'PM' }));
    expect(screen.getByRole('button', { name: 'Closes at: 4:30 PM' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'PM' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: /^Done/ }));
    expect(screen.queryByRole('group', { name: 'Hour' })).toBeNull();
  });

  it('moves among the hours with the arrow keys', () => {
    render(<Timed initial="08:00" />);
    fireEvent.click(screen.getByRole('button', { name: /^Closes at/ }));
    const hours = screen.getByRole('group', { name: 'Hour' });
    const eight = within(hours).getByRole('button', { name: '8 o’clock' });
    eight.focus();
    fireEvent.keyDown(eight, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(within(hours).getByRole('button', { name: '2 o’clock' }));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(within(hours).getByRole('button', { name: '3 o’clock' }));
  });

  it('shows the content’s problem for its field', () => {
    render(<Timed initial="08:00" path="hours.weekly.0.closes" />);
    expect(screen.getByText('Closing time must be after opening time')).toBeTruthy();
    expect(
      screen.getByRole('button', { name: /^Closes at/ }).getAttribute('aria-describedby'),
    ).toBeTruthy();
  });
});
