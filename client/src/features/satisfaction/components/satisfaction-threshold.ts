import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { graphql } from '../../../__generated__';
import { formatDate, formatPercent, type Locale } from '../../../shared/format';
import { pageQuery } from '../../../shared/page-query';
import type { Period } from '../../../shared/period';
import { referenceTarget } from '../utils/satisfaction-series';

const SatisfactionThresholdQuery = graphql(`
  query SatisfactionThreshold($unitCode: String!) {
    targets(unitCode: $unitCode, metric: "satisfactionRate") {
      code
      comparator
      threshold
      validFrom
      validTo
      campaignCode
      basis
      unit {
        id
        code
      }
    }
  }
`);

/** The satisfaction targets of the unit (the page prefetches it). */
export const satisfactionThresholdQuery = (unitCode: string) => pageQuery(SatisfactionThresholdQuery, { unitCode });

export interface SatisfactionThreshold {
  value: number;
  /** "Chỉ tiêu ≥ 90%", or "… (áp dụng từ 23/06/2022)" for a target not yet in force in the period. */
  label: string;
  /** Its basis, as the targets list gives it. */
  note: string;
  inForce: boolean;
}

/**
 * The satisfaction target the charts draw as a line for the period, from the targets the API lists (the
 * same that judge the cards); null while loading or when no target applies.
 */
export function useSatisfactionThreshold(unitCode: string, period: Period): SatisfactionThreshold | null {
  const intl = useIntl();
  const locale = intl.locale as Locale;
  const { data } = useQuery(SatisfactionThresholdQuery, { variables: satisfactionThresholdQuery(unitCode).variables });
  const chosen = data ? referenceTarget(data.targets, period, unitCode) : null;
  if (!chosen) return null;
  const { target, inForce } = chosen;
  const values = {
    comparator: target.comparator === 'AT_MOST' ? '≤' : '≥',
    threshold: formatPercent(target.threshold, locale, 0),
    from: target.validFrom ? formatDate(target.validFrom) : '',
  };
  return {
    value: target.threshold,
    label: intl.formatMessage({ id: inForce ? 'satisfaction.target' : 'satisfaction.targetFrom' }, values),
    note: intl.formatMessage({ id: 'satisfaction.targetNote' }, { basis: target.basis }),
    inForce,
  };
}
