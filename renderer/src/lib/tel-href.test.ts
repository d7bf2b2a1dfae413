import { describe, expect, it } from 'vitest';
import { telHref } from './tel-href.ts';

describe('telHref', () => {
  it('turns a displayed number into an international tel: link', () => {
    expect(telHref('(916) 227-4253')).toBe('tel:+19162274253');
    expect(telHref('(916) 227-3909')).toBe('tel:+19162273909');
  });

  it('refuses something that is not a ten-digit number', () => {
    expect(() => telHref('')).toThrow(/not a phone number/);
    expect(() => telHref('227-4253')).toThrow(/not a phone number/);
  });
});
