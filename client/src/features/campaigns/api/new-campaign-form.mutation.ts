import { graphql } from '../../../__generated__';

/** Creates a campaign (NewCampaignForm; MANAGE_CAMPAIGNS). */
export const NewCampaignFormCreateMutation = graphql(`
  mutation NewCampaignFormCreate($input: CreateCampaignInput!) {
    createCampaign(input: $input) {
      id
      code
      organiser {
        id
        code
      }
    }
  }
`);
