import { Timeliness } from '../../shared/enums';
import { localDayOf, type LocalDay } from '../../shared/local-day';

/** More than this many supplement requests counts as overdue (national index rule; configurable). */
export const DEFAULT_MAX_SUPPLEMENT_REQUESTS = 1;

export interface DossierTimes {
  receivedAt: Date;
  /** Appointment date, or the computed deadline. */
  dueDate: LocalDay;
  /** First terminal event; null or undefined while pending. */
  finishedAt?: Date | null;
  supplementRequests?: number;
}

export interface Classification {
  receivedOn: LocalDay;
  finishedOn: LocalDay | null;
  /** Null while pending. */
  timeliness: Timeliness | null;
  /** Received and finished on the same local day. */
  sameDay: boolean;
}

/**
 * Early / on time / overdue by LOCAL calendar day (Asia/Ho_Chi_Minh): ended before the due day →
 * early, on it → on time, after it → overdue. More than `maxSupplementRequests` supplement
 * requests → overdue whatever the dates say.
 */
export function classifyDossier(d: DossierTimes, maxSupplementRequests = DEFAULT_MAX_SUPPLEMENT_REQUESTS): Classification {
  const receivedOn = localDayOf(d.receivedAt);
  if (!d.finishedAt) return { receivedOn, finishedOn: null, timeliness: null, sameDay: false };
  const finishedOn = localDayOf(d.finishedAt);
  return {
    receivedOn,
    finishedOn,
    timeliness: timelinessOf(finishedOn, d.dueDate, d.supplementRequests ?? 0, maxSupplementRequests),
    sameDay: finishedOn === receivedOn,
  };
}

export function timelinessOf(finishedOn: LocalDay, dueDate: LocalDay, supplementRequests = 0, maxSupplementRequests = DEFAULT_MAX_SUPPLEMENT_REQUESTS): Timeliness {
  if (supplementRequests > maxSupplementRequests) return Timeliness.OVERDUE;
  if (finishedOn < dueDate) return Timeliness.EARLY;
  if (finishedOn === dueDate) return Timeliness.ON_TIME;
  return Timeliness.OVERDUE;
}

/** A dossier still pending at the end of `asOfDay` is overdue once its due day has passed or ends. */
export function isPendingOverdue(dueDate: LocalDay, asOfDay: LocalDay): boolean {
  return dueDate <= asOfDay;
}
