import { useIntl } from 'react-intl';
import { useMetric } from '../../../components/metric-catalogue';
import { formatPercent, type Locale } from '../../../shared/format';
import { thresholdFromDescription } from '../utils/satisfaction-series';

/** The satisfaction rate's threshold (full points of the Decision 766 index) as the catalogue states it. */
export function useSatisfactionThreshold(): { value: number; label: string; note: string } | null {
  const intl = useIntl();
  const metric = useMetric('satisfactionRate');
  const value = thresholdFromDescription(metric.description);
  if (value === null) return null;
  return {
    value,
    label: intl.formatMessage({ id: 'satisfaction.threshold' }, { value: formatPercent(value, intl.locale as Locale, 0) }),
    note: intl.formatMessage({ id: 'satisfaction.thresholdNote' }, { description: metric.description }),
  };
}
