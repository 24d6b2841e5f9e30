import { graphql } from '../../../__generated__';

/** The enrolled units day by day during the campaign, each over its own enrolled days (CampaignProgress). */
export const CampaignProgressQuery = graphql(`
  query CampaignProgress($code: String!, $includeOrganiser: Boolean) {
    campaign(code: $code) {
      id
      progress(grain: DAY, includeOrganiser: $includeOrganiser) {
        periodStart
        periodEnd
        receivedTotal
        carriedOver
        received
        resolved
        sameDay
        sameDayRate
        onTimeRate
        overdue
        pendingOverdue
      }
    }
  }
`);
