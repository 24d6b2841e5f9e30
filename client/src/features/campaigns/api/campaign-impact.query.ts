import { graphql } from '../../../__generated__';

/** The campaign against the same days just before and a year earlier, and its targets (CampaignImpact). */
export const CampaignImpactQuery = graphql(`
  query CampaignImpact($code: String!, $includeOrganiser: Boolean) {
    campaign(code: $code) {
      id
      impact(includeOrganiser: $includeOrganiser) {
        unitCount
        period {
          from
          to
          days
        }
        baselineBefore {
          ...CampaignImpact_baseline
        }
        sameLastYear {
          ...CampaignImpact_baseline
        }
        targets {
          code
          metric
          comparator
          threshold
          value
          status
          basis
        }
        targetCounts {
          met
          total
        }
      }
    }
  }
  fragment CampaignImpact_baseline on CampaignBaseline {
    period {
      from
      to
      days
    }
    deltas {
      metric
      value
      baseline
      difference
      relativeChange
      improved
    }
  }
`);
