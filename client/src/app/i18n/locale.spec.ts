import { en } from './en';
import { pickLocale } from './locale';
import { vi } from './vi';

describe('UI language', () => {
  it('is Vietnamese unless the link or an earlier choice says English', () => {
    expect(pickLocale(null, null)).toBe('vi');
    expect(pickLocale(null, 'en')).toBe('en');
    expect(pickLocale('vi', 'en')).toBe('vi');
    expect(pickLocale('fr', null)).toBe('vi');
  });

  it('has an English text for every Vietnamese one, and none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    expect(Object.entries(en).filter(([, text]) => !text.trim())).toEqual([]);
  });
});
