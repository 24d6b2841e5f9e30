import { messages as campaigns } from '../../features/campaigns/messages';
import { messages as comparePeriods } from '../../features/compare-periods/messages';
import { messages as compareUnits } from '../../features/compare-units/messages';
import { messages as dataQuality } from '../../features/data-quality/messages';
import { messages as form06 } from '../../features/form06/messages';
import { messages as importData } from '../../features/import/messages';
import { messages as opinions } from '../../features/opinions/messages';
import { messages as overview } from '../../features/overview/messages';
import { messages as satisfaction } from '../../features/satisfaction/messages';
import { messages as signIn } from '../../features/sign-in/messages';
import { en } from './en';
import type { Catalogue } from './i18n-provider';
import { pickLocale } from './locale';
import { vi } from './vi';

const CATALOGUES: Record<string, Catalogue> = {
  shell: { vi, en },
  campaigns,
  comparePeriods,
  compareUnits,
  dataQuality,
  form06,
  importData,
  opinions,
  overview,
  satisfaction,
  signIn,
};

describe('UI language', () => {
  it('is Vietnamese unless the link or an earlier choice says English', () => {
    expect(pickLocale(null, null)).toBe('vi');
    expect(pickLocale(null, 'en')).toBe('en');
    expect(pickLocale('vi', 'en')).toBe('vi');
    expect(pickLocale('fr', null)).toBe('vi');
  });

  it.each(Object.entries(CATALOGUES))('has an English text for every Vietnamese one, and none empty (%s)', (_, catalogue) => {
    expect(Object.keys(catalogue.en).sort()).toEqual(Object.keys(catalogue.vi).sort());
    expect(Object.entries(catalogue.en).filter(([, text]) => !text.trim())).toEqual([]);
  });

  // A page's messages are laid over the shell's: an id in two catalogues would show one text or the other by page.
  it('gives every id to one catalogue only', () => {
    const owners = new Map<string, string[]>();
    for (const [name, catalogue] of Object.entries(CATALOGUES))
      for (const id of Object.keys(catalogue.vi)) owners.set(id, [...(owners.get(id) ?? []), name]);
    expect([...owners].filter(([, names]) => names.length > 1)).toEqual([]);
  });
});
