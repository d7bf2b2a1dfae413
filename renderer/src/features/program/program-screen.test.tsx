import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { contentFixture } from '../../test-support/content-fixture.ts';
import { renderApp } from '../../test-support/render-app.tsx';

describe('ProgramScreen', () => {
  afterEach(cleanup);

  it('shows the unit, its number in large digits and a QR code that dials it', async () => {
    await renderApp({ name: 'program', programId: 'professional-certificates' });
    expect(
      screen.getByRole('heading', { level: 1, name: 'Professional Certificates' }),
    ).toBeTruthy();
    expect(screen.getByText('Certificates Unit')).toBeTruthy();
    expect(screen.getByText('(916) 227-4253', { selector: '.phone-card__number' })).toBeTruthy();
    const qr = screen.getByRole('img', { name: 'Scan to call (916) 227-4253' });
    expect(qr.tagName.toLowerCase()).toBe('svg');
    expect(qr.querySelector('path')?.getAttribute('d')).toMatch(/^M\d/);
    expect(screen.getByText('Scan to call')).toBeTruthy();
  });

  it('shows the description word for word and the listed names', async () => {
    const content = contentFixture();
    await renderApp({ name: 'program', programId: 'professional-certificates' }, content);
    // Whole paragraphs: a phone number inside one is drawn in a span of its own.
    const shown = [...document.querySelectorAll('p.prose')].map((p) => p.textContent);
    for (const paragraph of content.programs[0]!.description) {
      expect(shown).toContain(paragraph.en);
    }
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Basic',
      'Intermediate',
      'Advanced',
    ]);
  });

  it('sends the visitor to the reception desk when the program has no unit', async () => {
    await renderApp({ name: 'program', programId: 'graphic-design' });
    expect(screen.getByText('Please ask at the reception desk')).toBeTruthy();
    expect(screen.queryByRole('img', { name: /Scan to call/ })).toBeNull();
  });

  it('shows key facts where the agency text has them', async () => {
    await renderApp({ name: 'program', programId: 'rule-making' });
    expect(screen.getByRole('heading', { name: 'Key facts' })).toBeTruthy();
    expect(
      screen.getByText('The public is given 45 days to comment on the proposed material.'),
    ).toBeTruthy();
  });

  it('offers the web address as a QR code only once staff have set one', async () => {
    await renderApp({ name: 'program', programId: 'library' });
    expect(screen.getByRole('img', { name: 'Scan to open the web page' })).toBeTruthy();
    expect(screen.getByText('https://example.org/library')).toBeTruthy();
    cleanup();

    await renderApp({ name: 'program', programId: 'contracts' });
    expect(screen.queryByRole('img', { name: 'Scan to open the web page' })).toBeNull();
  });
});
