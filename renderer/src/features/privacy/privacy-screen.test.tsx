import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../test-support/render-app.tsx';
import { withBoxes } from '../../test-support/with-boxes.ts';

describe('PrivacyScreen', () => {
  afterEach(cleanup);

  it('puts the kiosk’s own note first, before the policy', async () => {
    await renderApp({ name: 'privacy' });
    expect(
      screen.getByRole('heading', { level: 1, name: 'Privacy Policy Statement' }),
    ).toBeTruthy();
    const note = screen.getByRole('complementary', { name: 'About this kiosk' });
    expect(note.textContent).toContain('This kiosk does not collect');
    const policy = screen.getByRole('region', { name: 'Privacy policy text' });
    expect(note.compareDocumentPosition(policy) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('shows every part of the policy in its region', async () => {
    await renderApp({ name: 'privacy' });
    const policy = screen.getByRole('region', { name: 'Privacy policy text' });
    const inPolicy = within(policy);
    expect(inPolicy.getByText(/committed to promoting and protecting/)).toBeTruthy();
    expect(inPolicy.getByText(/follows these principles/)).toBeTruthy();
    expect(inPolicy.getByText('We do not collect personal information about you.')).toBeTruthy();
    expect(inPolicy.getByText('Your domain or Internet Protocol (IP) address.')).toBeTruthy();
    expect(inPolicy.getByText(/Please note that this Privacy Policy/)).toBeTruthy();
    expect(inPolicy.getByRole('heading', { name: 'For More Information' })).toBeTruthy();
    expect(inPolicy.getByText('860 Stillwater Road, Suite 100')).toBeTruthy();
    expect(inPolicy.getByText('(916) 227-3909')).toBeTruthy();
    expect(inPolicy.getByText('Policy Date: 4/28/2022')).toBeTruthy();
    expect(inPolicy.getByText(/Is Your Computer Secure\?/)).toBeTruthy();
  });

  it('links nowhere: the references are plain text', async () => {
    await renderApp({ name: 'privacy' });
    expect(screen.queryAllByRole('link')).toHaveLength(0);
  });

  describe('with a notice taller than the screen', () => {
    withBoxes({ clientHeight: 800, scrollHeight: 3000 });

    it('scrolls the screen, policy and all, a page at a time with the big buttons', async () => {
      await renderApp({ name: 'privacy' });
      const up = screen.getByRole('button', { name: 'Previous page' });
      const down = screen.getByRole('button', { name: 'Next page' });
      const scrolled = document.getElementById(down.getAttribute('aria-controls') ?? '');
      expect(scrolled?.contains(screen.getByRole('region', { name: 'Privacy policy text' }))).toBe(
        true,
      );
      expect(up).toHaveProperty('disabled', true);

      fireEvent.click(down);
      expect(scrolled?.scrollTop).toBe(600);
      expect(up).toHaveProperty('disabled', false);

      fireEvent.click(up);
      expect(scrolled?.scrollTop).toBe(0);
      expect(up).toHaveProperty('disabled', true);
    });
  });
});
