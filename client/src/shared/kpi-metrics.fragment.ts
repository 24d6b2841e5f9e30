import { graphql } from '../__generated__';

/** Every catalogue metric of a KpiRow: the one selection the comparison screens share. */
export const KpiMetricsFragment = graphql(`
  fragment KpiMetrics on KpiRow {
    receivedTotal
    receivedOnline
    receivedInPerson
    carriedOver
    received
    resolved
    early
    onTime
    overdue
    pending
    pendingWithinDeadline
    pendingOverdue
    sameDay
    ratings
    ratingsVerySatisfied
    ratingsSatisfied
    ratingsNeutral
    ratingsDissatisfied
    onTimeRate
    earlyRate
    overdueRate
    sameDayRate
    onlineShare
    satisfactionRate
  }
`);
