/** How many could enrol and how many did: the counts behind "11 of 15 wards", from ids alone. */
export interface TakeUpCounts {
  /** Units enrolled, the organiser's own desk included. */
  enrolled: number;
  /** Eligible units (the organiser's child units in the campaign's days). */
  eligible: number;
  /** Eligible units that enrolled. */
  enrolledEligible: number;
  /** Eligible units that did not. */
  notEnrolledEligible: number;
  /** Enrolled units neither eligible nor the organiser (a ward under an enrolling district of a city's campaign). */
  otherEnrolled: number;
  organiserEnrolled: boolean;
}

export function takeUpCounts(eligibleIds: readonly number[], enrolledIds: readonly number[], organiserId: number): TakeUpCounts {
  const eligible = new Set(eligibleIds);
  const enrolled = new Set(enrolledIds);
  const enrolledEligible = [...eligible].filter((id) => enrolled.has(id)).length;
  return {
    enrolled: enrolled.size,
    eligible: eligible.size,
    enrolledEligible,
    notEnrolledEligible: eligible.size - enrolledEligible,
    otherEnrolled: [...enrolled].filter((id) => !eligible.has(id) && id !== organiserId).length,
    organiserEnrolled: enrolled.has(organiserId),
  };
}
