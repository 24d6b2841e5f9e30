import { graphql } from '../../../__generated__';

/** One campaign: what it is, who could enrol and who did, its targets (CampaignDetail). */
export const CampaignDetailQuery = graphql(`
  query CampaignDetail($code: String!) {
    campaign(code: $code) {
      id
      code
      name
      nameEn
      kind
      startsOn
      endsOn
      days
      planReference
      theme
      note
      source
      organiser {
        id
        code
        name
        nameEn
        kind
        level
      }
      parent {
        id
        code
        name
        nameEn
        kind
      }
      children {
        id
        code
        name
        nameEn
        kind
        startsOn
        endsOn
      }
      organiserEnrolled
      enrolledUnitCount
      enrolledEligibleUnitCount
      notEnrolledEligibleUnitCount
      otherEnrolledUnitCount
      eligibleUnitCount
      eligibleUnits {
        id
        code
        name
        nameEn
        kind
        level
      }
      enrollments {
        unit {
          id
          code
          name
          nameEn
        }
        startsOn
        endsOn
        commitment
        generated
      }
      targets {
        code
        metric
        comparator
        threshold
        basis
        unit {
          id
          code
          name
          nameEn
        }
      }
    }
  }
`);
