import { useIntl, type IntlShape } from 'react-intl';
import type { CampaignKind } from '../../../__generated__/graphql';
import type { Locale } from '../../../shared/format';
import { unitWordOf } from '../utils/campaign-units';

/** A campaign's or a unit's name in the UI language (Vietnamese when there is no English one). */
export const localName = (x: { name: string; nameEn?: string | null }, locale: Locale): string => (locale === 'en' && x.nameEn) || x.name;

export const kindLabel = (intl: IntlShape, kind: CampaignKind): string => intl.formatMessage({ id: `campaigns.kind.${kind}` });

/** "11/15 phường tham gia" / "11 of 15 wards enrolled": the API's counts, worded by what the eligible units are. */
export function enrolledPhrase(
  intl: IntlShape,
  c: { enrolledEligibleUnitCount: number; eligibleUnitCount: number; eligibleUnits: readonly { kind: string; level: string }[] },
): string {
  const word = unitWord(intl, c.eligibleUnits, c.eligibleUnitCount);
  return intl.formatMessage({ id: 'campaigns.enrolledOf' }, { enrolled: c.enrolledEligibleUnitCount, eligible: c.eligibleUnitCount, word });
}

/** What the eligible units are called, for `count` of them ("phường"; "ward", "wards"). */
export function unitWord(intl: IntlShape, units: readonly { kind: string; level: string }[], count = 2): string {
  return intl.formatMessage({ id: `campaigns.unitWord.${unitWordOf(units)}` }, { count });
}

export function useLocale(): Locale {
  return useIntl().locale as Locale;
}
