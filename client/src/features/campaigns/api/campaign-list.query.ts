import { graphql } from '../../../__generated__';

/** Campaigns a unit organised or enrolled in, each with the campaign it is part of (CampaignList). */
export const CampaignListQuery = graphql(`
  query CampaignList($unitCode: String!) {
    campaigns(unitCode: $unitCode) {
      ...CampaignList_campaign
      parent {
        ...CampaignList_campaign
      }
    }
  }
  fragment CampaignList_campaign on Campaign {
    id
    code
    name
    nameEn
    kind
    startsOn
    endsOn
    days
    planReference
    organiser {
      id
      code
      name
      nameEn
    }
    parent {
      id
      code
    }
    organiserEnrolled
    enrolledEligibleUnitCount
    eligibleUnitCount
    eligibleUnits {
      id
      kind
      level
    }
  }
`);
