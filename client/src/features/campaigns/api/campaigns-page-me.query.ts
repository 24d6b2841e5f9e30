import { graphql } from '../../../__generated__';

/** May this account manage campaigns, and which unit is its own? (CampaignsPage; the demo and readers may not.) */
export const CampaignsPageMeQuery = graphql(`
  query CampaignsPageMe {
    me {
      username
      demo
      permissions
      units {
        id
        code
      }
    }
  }
`);
