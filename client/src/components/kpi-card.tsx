import { useId, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { formatNumber, formatPercent, formatPoints, formatSignedNumber, formatSignedPercent, type Locale } from '../shared/format';
import type { MetricChange } from '../shared/previous-change.fragment';
import { TARGET_MARK, type KpiTarget } from '../shared/target-check.fragment';
import { kpiDelta } from './kpi-delta';
import { useMetric } from './metric-catalogue';

export interface KpiCardProps {
  /** Catalogue key: the card's name, description and direction come from the catalogue. */
  metric: string;
  value: number | null | undefined;
  /** The API's change since the previous period; null when there is none to compare with, undefined for no line. */
  change?: MetricChange | null;
  /** The targets in force on this metric, as the API judged them (compareUnits' targetStatus). */
  targets?: readonly KpiTarget[];
  /** Shown under the value, e.g. how many ratings a rate rests on. */
  note?: ReactNode;
  emphasis?: boolean;
}

/**
 * One figure with its name, its change since the previous period (arrow: up or down) and whether that
 * change is good news (colour, and words for screen readers) by the catalogue's direction.
 */
export function KpiCard({ metric, value, change: apiChange, targets = [], note, emphasis = false }: KpiCardProps) {
  const intl = useIntl();
  const locale = intl.locale as Locale;
  const info = useMetric(metric);
  const titleId = useId();
  const isRate = info.unit === 'RATE';
  const delta = kpiDelta(apiChange, info);
  const shown = isRate ? formatPercent(value, locale) : formatNumber(value, locale);
  let change: string | null = null;
  if (delta) {
    change = isRate
      ? intl.formatMessage({ id: 'kpi.points' }, { value: formatPoints(delta.difference, locale) })
      : formatSignedNumber(delta.difference, locale) +
        (delta.relative === null || delta.difference === 0 ? '' : ` (${formatSignedPercent(delta.relative, locale)})`);
  }
  return (
    <article className={emphasis ? 'kpi-card kpi-card--emphasis' : 'kpi-card'} aria-labelledby={titleId} data-metric={metric}>
      <h3 className="kpi-card__name" id={titleId} title={info.description || undefined}>
        {info.name}
      </h3>
      <p className="kpi-card__value" data-value>
        {shown}
      </p>
      {note && <p className="kpi-card__note">{note}</p>}
      {targets.map((t) => (
        <p key={t.code} className={`kpi-card__target kpi-card__target--${t.status.toLowerCase()}`} title={t.basis} data-target={t.status}>
          <span aria-hidden="true">{TARGET_MARK[t.status]} </span>
          {intl.formatMessage(
            { id: 'kpi.target' },
            {
              comparator: t.comparator === 'AT_MOST' ? '≤' : '≥',
              threshold: isRate ? formatPercent(t.threshold, locale, 0) : formatNumber(t.threshold, locale),
              status: intl.formatMessage({ id: `kpi.target.${t.status}` }),
            },
          )}
        </p>
      ))}
      {apiChange !== undefined && (
        <p className={`kpi-card__delta kpi-card__delta--${delta?.tone ?? 'none'}`}>
          {delta ? (
            <>
              <span aria-hidden="true">{delta.difference > 0 ? '▲' : delta.difference < 0 ? '▼' : '='} </span>
              <span>{change}</span>
              <span className="visually-hidden">
                {' '}
                {intl.formatMessage({ id: 'kpi.vsPreviousShort' })}, {intl.formatMessage({ id: `kpi.${delta.tone}` })}
              </span>
            </>
          ) : (
            <span className="kpi-card__delta-label">{intl.formatMessage({ id: 'kpi.noPrevious' })}</span>
          )}
        </p>
      )}
    </article>
  );
}
