import { graphql } from '../../../__generated__';

/** One row per enrolled unit for the whole campaign, its own desk over its own days (CampaignUnits). */
export const CampaignUnitsQuery = graphql(`
  query CampaignUnits($code: String!, $includeOrganiser: Boolean) {
    campaign(code: $code) {
      id
      progress(grain: null, perUnit: true, includeOrganiser: $includeOrganiser) {
        unit {
          id
          code
          name
          nameEn
        }
        receivedTotal
        received
        resolved
        early
        onTime
        overdue
        pendingOverdue
        sameDay
        sameDayRate
        onTimeRate
        satisfactionRate
      }
    }
  }
`);
