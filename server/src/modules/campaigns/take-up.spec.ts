import { takeUpCounts } from './take-up';

const DISTRICT = 766;
const WARDS = Array.from({ length: 15 }, (_, i) => i + 1);

describe('take-up counts', () => {
  it('F9: 11 of 15 wards enrolled, 4 did not, the district desk not among them', () => {
    expect(takeUpCounts(WARDS, WARDS.slice(0, 11), DISTRICT)).toEqual({
      enrolled: 11,
      eligible: 15,
      enrolledEligible: 11,
      notEnrolledEligible: 4,
      otherEnrolled: 0,
      organiserEnrolled: false,
    });
  });

  it('counts the enrolled district desk among the enrolled units but not among the eligible ones (the peak month: 16 units, 15 of 15 wards)', () => {
    expect(takeUpCounts(WARDS, [DISTRICT, ...WARDS], DISTRICT)).toMatchObject({
      enrolled: 16,
      enrolledEligible: 15,
      notEnrolledEligible: 0,
      otherEnrolled: 0,
      organiserEnrolled: true,
    });
  });

  it('counts apart an enrolled unit neither eligible nor the organiser (a ward of a city campaign)', () => {
    expect(takeUpCounts([10, 20], [10, 101], 79)).toMatchObject({
      enrolled: 2,
      enrolledEligible: 1,
      notEnrolledEligible: 1,
      otherEnrolled: 1,
      organiserEnrolled: false,
    });
  });

  it('has nothing to count for a yearly theme without enrolments', () => {
    expect(takeUpCounts([], [], 79)).toEqual({
      enrolled: 0,
      eligible: 0,
      enrolledEligible: 0,
      notEnrolledEligible: 0,
      otherEnrolled: 0,
      organiserEnrolled: false,
    });
  });
});
