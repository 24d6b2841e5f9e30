import { graphql } from '../../../__generated__';

/** A unit's KPIs in a base period against presets and extra periods, with the API's deltas (ComparePeriodsPage). */
export const ComparePeriodsPageQuery = graphql(`
  query ComparePeriodsPage($scope: ScopeInput!, $period: PeriodInput!, $against: [PeriodPreset!], $periods: [PeriodInput!], $asOf: Date) {
    comparePeriods(scope: $scope, period: $period, against: $against, periods: $periods, asOf: $asOf) {
      asOf
      base {
        ...ComparePeriodsRow
      }
      compared {
        ...ComparePeriodsRow
      }
    }
  }
  fragment ComparePeriodsRow on PeriodComparisonRow {
    label
    preset
    period {
      from
      to
      days
      name {
        kind
        year
        index
        convention
      }
    }
    kpi {
      ...KpiMetrics
    }
    deltas {
      metric
      value
      baseValue
      difference
      relativeChange
      baseIsBetter
    }
  }
`);

/** The days of a named month, quarter, half or year, calendar or reporting window (ComparePeriodsNamedPeriod). */
export const ComparePeriodsNamedPeriodQuery = graphql(`
  query ComparePeriodsNamedPeriod($kind: PeriodKind!, $year: Int!, $index: Int!, $convention: PeriodConvention!) {
    reportingPeriod(kind: $kind, year: $year, index: $index, convention: $convention) {
      from
      to
    }
  }
`);
