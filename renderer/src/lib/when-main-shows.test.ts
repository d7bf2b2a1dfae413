// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenMainShows } from './when-main-shows.ts';

describe('whenMainShows', () => {
  afterEach(() => (document.body.innerHTML = ''));

  it('gives the main region at once when there is one', () => {
    document.body.innerHTML = '<main id="home"></main>';
    const show = vi.fn();
    whenMainShows(document, show);
    expect(show).toHaveBeenCalledWith(document.getElementById('home'));
  });

  it('passes over the screen React hid while the next one loads, and gives the next', async () => {
    // What React leaves while the program screen's code is on its way.
    document.body.innerHTML = '<main id="home" style="display: none !important;"></main>';
    const show = vi.fn();
    whenMainShows(document, show);
    expect(show).not.toHaveBeenCalled();
    document.body.insertAdjacentHTML('beforeend', '<main id="program"></main>');
    await Promise.resolve();
    expect(show).toHaveBeenCalledTimes(1);
    expect(show).toHaveBeenCalledWith(document.getElementById('program'));
  });
});
