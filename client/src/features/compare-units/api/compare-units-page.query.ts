import { graphql } from '../../../__generated__';

/** Every child unit of a unit side by side in a period, ranked by one catalogue metric (CompareUnitsPage). */
export const CompareUnitsPageQuery = graphql(`
  query CompareUnitsPage($parentCode: String!, $period: PeriodInput!, $metric: String!, $groupBySuccessor: Boolean!) {
    compareUnits(parentCode: $parentCode, period: $period, metric: $metric, groupBySuccessor: $groupBySuccessor) {
      groupedBySuccessor
      metric {
        key
      }
      period {
        from
        to
      }
      previousPeriod {
        from
        to
      }
      rows {
        unit {
          id
          code
          name
          nameEn
        }
        members {
          id
          code
          name
          nameEn
        }
        splitMembers {
          id
          code
          name
          nameEn
        }
        value
        previousValue
        rank
        previousRank
        rankChange
        trafficLight
        targetStatus {
          code
          metric
          comparator
          threshold
          value
          status
          basis
        }
        kpi {
          ...KpiMetrics
        }
      }
    }
  }
`);
