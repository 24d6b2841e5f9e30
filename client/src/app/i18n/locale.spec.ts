import { en as campaignsEn } from '../../features/campaigns/messages-en';
import { vi as campaignsVi } from '../../features/campaigns/messages-vi';
import { en as comparePeriodsEn } from '../../features/compare-periods/messages-en';
import { vi as comparePeriodsVi } from '../../features/compare-periods/messages-vi';
import { en as compareUnitsEn } from '../../features/compare-units/messages-en';
import { vi as compareUnitsVi } from '../../features/compare-units/messages-vi';
import { en as dataQualityEn } from '../../features/data-quality/messages-en';
import { vi as dataQualityVi } from '../../features/data-quality/messages-vi';
import { en as form06En } from '../../features/form06/messages-en';
import { vi as form06Vi } from '../../features/form06/messages-vi';
import { en as importDataEn } from '../../features/import/messages-en';
import { vi as importDataVi } from '../../features/import/messages-vi';
import { en as opinionsEn } from '../../features/opinions/messages-en';
import { vi as opinionsVi } from '../../features/opinions/messages-vi';
import { en as overviewEn } from '../../features/overview/messages-en';
import { vi as overviewVi } from '../../features/overview/messages-vi';
import { en as satisfactionEn } from '../../features/satisfaction/messages-en';
import { vi as satisfactionVi } from '../../features/satisfaction/messages-vi';
import { en as signInEn } from '../../features/sign-in/messages-en';
import { vi as signInVi } from '../../features/sign-in/messages-vi';
import { en } from './en';
import type { Locale } from '../../shared/format';
import { pickLocale } from './locale';
import { vi } from './vi';

const CATALOGUES: Record<string, Record<Locale, Record<string, string>>> = {
  shell: { vi, en },
  campaigns: { vi: campaignsVi, en: campaignsEn },
  comparePeriods: { vi: comparePeriodsVi, en: comparePeriodsEn },
  compareUnits: { vi: compareUnitsVi, en: compareUnitsEn },
  dataQuality: { vi: dataQualityVi, en: dataQualityEn },
  form06: { vi: form06Vi, en: form06En },
  importData: { vi: importDataVi, en: importDataEn },
  opinions: { vi: opinionsVi, en: opinionsEn },
  overview: { vi: overviewVi, en: overviewEn },
  satisfaction: { vi: satisfactionVi, en: satisfactionEn },
  signIn: { vi: signInVi, en: signInEn },
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
