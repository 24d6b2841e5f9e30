import type { CampaignPeriod } from '../../../shared/campaign-bands';

export interface ApiCampaign {
  code: string;
  name: string;
  nameEn?: string | null;
  kind: string;
  startsOn: string;
  endsOn: string;
}

/** Campaigns from the API as the band builder takes them, named in the UI language. */
export function toCampaignPeriods(campaigns: readonly ApiCampaign[], locale: 'vi' | 'en'): CampaignPeriod[] {
  return campaigns.map((c) => ({
    code: c.code,
    name: (locale === 'en' && c.nameEn) || c.name,
    kind: c.kind,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
  }));
}
