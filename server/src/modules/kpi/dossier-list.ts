import { isLocalDay } from '../../shared/local-day';
import { UserError } from '../../shared/user-error';

/**
 * Which KPI figure a dossier list stands behind: the Form 06 columns, with the same definitions as
 * the engine's counts (DOMAIN.md), so that a list's total equals the figure it was opened from.
 */
export enum DossierFigure {
  RECEIVED = 'RECEIVED',
  RECEIVED_TOTAL = 'RECEIVED_TOTAL',
  CARRIED_OVER = 'CARRIED_OVER',
  RESOLVED = 'RESOLVED',
  EARLY = 'EARLY',
  ON_TIME = 'ON_TIME',
  OVERDUE = 'OVERDUE',
  SAME_DAY = 'SAME_DAY',
  PENDING_AT_END = 'PENDING_AT_END',
  PENDING_WITHIN_DEADLINE_AT_END = 'PENDING_WITHIN_DEADLINE_AT_END',
  PENDING_OVERDUE_AT_END = 'PENDING_OVERDUE_AT_END',
}

export const MAX_PAGE_SIZE = 500;

export class DossierListError extends UserError {}

/** Placeholders of the period's first and last days; each is added to the parameters on first use. */
export interface PeriodParams {
  from(): string;
  to(): string;
}

/** The SQL condition (on `dossier d`) of a figure over a period. */
export function figureCondition(figure: DossierFigure, p: PeriodParams): string {
  const resolved = () => `d.finished_on between ${p.from()} and ${p.to()}`;
  const pendingAtEnd = () => `d.received_on <= ${p.to()} and (d.finished_on is null or d.finished_on > ${p.to()})`;
  switch (figure) {
    case DossierFigure.RECEIVED:
      return `d.received_on between ${p.from()} and ${p.to()}`;
    case DossierFigure.RECEIVED_TOTAL:
      // Carried over + received: received by the end and not finished before the start.
      return `d.received_on <= ${p.to()} and (d.finished_on is null or d.finished_on >= ${p.from()})`;
    case DossierFigure.CARRIED_OVER:
      return `d.received_on < ${p.from()} and (d.finished_on is null or d.finished_on >= ${p.from()})`;
    case DossierFigure.RESOLVED:
      return resolved();
    case DossierFigure.EARLY:
    case DossierFigure.ON_TIME:
    case DossierFigure.OVERDUE:
      return `${resolved()} and d.timeliness = '${figure}'`;
    case DossierFigure.SAME_DAY:
      return `${resolved()} and d.finished_on = d.received_on`;
    case DossierFigure.PENDING_AT_END:
      return pendingAtEnd();
    case DossierFigure.PENDING_WITHIN_DEADLINE_AT_END:
      return `${pendingAtEnd()} and d.due_date > ${p.to()}`;
    case DossierFigure.PENDING_OVERDUE_AT_END:
      // The last clause follows from the others; spelt out, it lets the planner read the small
      // partial index dossier_late_due instead of every dossier received before the end.
      return `${pendingAtEnd()} and d.due_date <= ${p.to()} and (d.finished_on is null or d.finished_on > d.due_date)`;
  }
}

/** The page size asked for, checked: 1 to MAX_PAGE_SIZE rows. */
export function pageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1) throw new DossierListError(`first must be a whole number of at least 1, got ${first}`);
  if (first > MAX_PAGE_SIZE) throw new DossierListError(`first may be at most ${MAX_PAGE_SIZE}, got ${first}`);
  return first;
}

/** A position in the list's order (receivedAt, id): the exact UTC timestamp, to the microsecond, and the id. */
export interface DossierCursor {
  receivedAt: string;
  id: string;
}

const CURSOR = /^d1\|((\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{6})\|(\d{1,18})$/;

export function encodeCursor(cursor: DossierCursor): string {
  return Buffer.from(`d1|${cursor.receivedAt}|${cursor.id}`, 'utf8').toString('base64url');
}

/** The position an `after` cursor names; anything this list did not give out is refused. */
export function decodeCursor(after: string): DossierCursor {
  const match = CURSOR.exec(Buffer.from(after, 'base64url').toString('utf8'));
  if (!match || !isLocalDay(match[2])) {
    throw new DossierListError(
      `after must be a cursor given out by this list (pageInfo.endCursor), got ${JSON.stringify(after.length > 60 ? `${after.slice(0, 60)}…` : after)}`,
    );
  }
  return { receivedAt: match[1], id: match[4] };
}
