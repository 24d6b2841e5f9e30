import type { EntityManager } from '@mikro-orm/postgresql';
import type { SqlClient } from '../../db/sql-client';
import { assertLocalDay, type LocalDay } from '../../shared/local-day';
import { UserError } from '../../shared/user-error';
import {
  MetricDelta,
  PeriodComparison,
  PeriodComparisonRow,
  PeriodConvention,
  PeriodKind,
  PeriodName,
  PeriodRange,
  PeriodPreset,
} from './compare-periods.types';
import type { KpiRow } from './kpi.types';
import { KpiService, type Scope } from './kpi.service';
import { COUNT_KEYS, METRICS, metricValue, type Counts, type MetricDirection } from './metric-catalogue';
import {
  likeForLike,
  nameOfPeriod,
  namedPeriod,
  periodLength,
  relatedPeriod,
  validatePeriod,
  type NamedPeriodKind,
  type Period,
} from './period';

export class ComparePeriodsError extends UserError {}

export interface ComparePeriodsQuery {
  scope: Scope;
  period: Period;
  against?: PeriodPreset[] | null;
  periods?: Period[] | null;
  asOf?: LocalDay | null;
}

/** Each compared period is one engine call; a dozen keeps a comparison cheap. */
export const MAX_COMPARED_PERIODS = 12;
const DEFAULT_PRESETS = [PeriodPreset.PREVIOUS_PERIOD, PeriodPreset.SAME_PERIOD_LAST_YEAR];

/** A scope's KPIs in a base period against derived and explicit periods, with a delta per catalogue metric. */
export class ComparePeriodsService {
  private readonly kpis: KpiService;

  constructor(em: EntityManager, sql: SqlClient) {
    this.kpis = new KpiService(em, sql);
  }

  async compare(query: ComparePeriodsQuery): Promise<PeriodComparison> {
    const base = validatePeriod(query.period);
    const explicit = (query.periods ?? []).map((p, i) => validatePeriod(p, `periods[${i}]`));
    let presets = [...new Set(query.against ?? [])];
    if (presets.length === 0 && explicit.length === 0) presets = DEFAULT_PRESETS;
    if (presets.length + explicit.length > MAX_COMPARED_PERIODS) {
      throw new ComparePeriodsError(
        `against and periods may name at most ${MAX_COMPARED_PERIODS} periods together, got ${presets.length + explicit.length}`,
      );
    }
    const asOf = query.asOf ? assertLocalDay(query.asOf, 'asOf') : null;
    const wanted = [
      ...presets.map((preset) => ({ label: preset as string, preset, period: relatedPeriod(base, preset) })),
      ...explicit.map((period, i) => ({ label: `PERIOD_${i + 1}`, preset: null, period })),
    ];
    // Presets derive from the whole base period; the cut to date applies to all of them afterwards.
    const cut = likeForLike(
      base,
      asOf,
      wanted.map((w) => w.period),
    );
    const [baseKpi, ...otherKpis] = await Promise.all([cut.base, ...cut.others].map((p) => this.kpiRow(query.scope, p)));
    const baseCounts = countsOf(baseKpi);
    return Object.assign(new PeriodComparison(), {
      asOf: cut.base.to !== base.to ? asOf : null,
      base: row('BASE', null, cut.base, baseKpi, []),
      compared: wanted.map((w, i) => row(w.label, w.preset, cut.others[i], otherKpis[i], metricDeltas(countsOf(otherKpis[i]), baseCounts))),
    });
  }

  private async kpiRow(scope: Scope, period: Period): Promise<KpiRow> {
    const [kpi] = await this.kpis.kpis(scope, period);
    return kpi;
  }
}

function row(label: string, preset: PeriodPreset | null, period: Period, kpi: KpiRow, deltas: MetricDelta[]): PeriodComparisonRow {
  return Object.assign(new PeriodComparisonRow(), { label, preset, period: periodRange(period), kpi, deltas });
}

/** A period for the API, with its name when it is a named month, quarter, half or year. */
export function periodRange(period: Period): PeriodRange {
  const name = nameOfPeriod(period);
  return Object.assign(new PeriodRange(), {
    from: period.from,
    to: period.to,
    days: periodLength(period),
    name:
      name && Object.assign(new PeriodName(), { ...name, kind: name.kind as PeriodKind, convention: name.convention as PeriodConvention }),
  });
}

/** The named period asked for (reportingPeriod); the year is checked here, the index by namedPeriod. */
export function reportingPeriod(kind: PeriodKind, year: number, index: number, convention: PeriodConvention): PeriodRange {
  if (!Number.isInteger(year) || year < 1900 || year > 2999)
    throw new ComparePeriodsError(`year must be between 1900 and 2999, got ${year}`);
  return periodRange(namedPeriod(kind as NamedPeriodKind, year, index, convention));
}

const countsOf = (kpi: KpiRow): Counts => Object.fromEntries(COUNT_KEYS.map((k) => [k, kpi[k]])) as Counts;

/** Every catalogue metric of a period against the base period, through the catalogue's own definitions. */
export function metricDeltas(counts: Counts, baseCounts: Counts): MetricDelta[] {
  return METRICS.map((m) => {
    const value = metricValue(m.key, counts);
    const baseValue = metricValue(m.key, baseCounts);
    const difference = value === null || baseValue === null ? null : value - baseValue;
    return Object.assign(new MetricDelta(), {
      metric: m.key,
      value,
      baseValue,
      difference,
      relativeChange: difference === null || baseValue === 0 ? null : difference / baseValue!,
      // The same change seen from the base: what a card of the base period shows against this one.
      baseChange: difference === null ? null : -difference,
      baseRelativeChange: difference === null || value === 0 ? null : -difference / value!,
      baseIsBetter: baseIsBetter(m.direction, difference),
    });
  });
}

function baseIsBetter(direction: MetricDirection, difference: number | null): boolean | null {
  if (direction === 'NEUTRAL' || difference === null || difference === 0) return null;
  return direction === 'HIGHER_IS_BETTER' ? difference < 0 : difference > 0;
}
