import { graphql } from '../../../__generated__';

/** Enrols units for the whole campaign (CampaignAdmin; MANAGE_CAMPAIGNS). */
export const CampaignAdminEnrollMutation = graphql(`
  mutation CampaignAdminEnroll($campaignCode: String!, $unitCodes: [String!]!) {
    enrollUnits(campaignCode: $campaignCode, unitCodes: $unitCodes) {
      id
      code
    }
  }
`);

/** Withdraws one enrolled unit; `on` is a day of its enrolment, for a code the 2025 reform reused (CampaignAdmin). */
export const CampaignAdminWithdrawMutation = graphql(`
  mutation CampaignAdminWithdraw($campaignCode: String!, $unitCodes: [String!]!, $on: Date) {
    withdrawUnits(campaignCode: $campaignCode, unitCodes: $unitCodes, on: $on) {
      id
      code
    }
  }
`);

/** Deletes the campaign and its enrolments (CampaignAdmin). */
export const CampaignAdminDeleteMutation = graphql(`
  mutation CampaignAdminDelete($code: String!) {
    deleteCampaign(code: $code)
  }
`);
