import { useIntl } from 'react-intl';
import { formatPeriod } from '../../../shared/format';
import type { ApiPeriod, PeriodColumn } from '../utils/compare-periods-rows';

const KINDS = ['MONTH', 'QUARTER', 'HALF', 'YEAR'] as const;
const CONVENTIONS = ['CALENDAR', 'REPORTING_WINDOW'] as const;

export interface PeriodText {
  /** What the period is to the base: "Kỳ gốc", "Kỳ trước", "Kỳ tự chọn 1". */
  role: string;
  /** Its name when it is a named period ("Tháng 10/2021"), else its days. */
  name: string;
  /** Its days: "01/10/2021 – 31/10/2021". */
  days: string;
}

/** Words for a period: its name from the API's period name (calendar or reporting window), else its days. */
export function usePeriodName(): (period: ApiPeriod) => string {
  const intl = useIntl();
  return (period) => {
    const name = period.name;
    const kind = KINDS.find((k) => k === name?.kind);
    const convention = CONVENTIONS.find((c) => c === name?.convention);
    if (!name || !kind || !convention) return formatPeriod(period.from, period.to);
    return intl.formatMessage({ id: `comparePeriods.name.${kind}.${convention}` }, { index: name.index, year: name.year });
  };
}

/** Role, name and days of a column of the comparison. */
export function usePeriodText(): (column: PeriodColumn) => PeriodText {
  const intl = useIntl();
  const nameOf = usePeriodName();
  return (column) => ({
    role: column.isBase
      ? intl.formatMessage({ id: 'comparePeriods.label.BASE' })
      : column.preset
        ? intl.formatMessage({ id: `comparePeriods.preset.${column.preset}` })
        : intl.formatMessage({ id: 'comparePeriods.label.PERIOD' }, { n: column.extra ?? '' }),
    name: nameOf(column.period),
    days: formatPeriod(column.period.from, column.period.to),
  });
}
