import { SatisfactionLevel } from '../ratings/satisfaction-rating.entity';
import type { Channel } from '../../shared/enums';
import { localDayOf, type LocalDay } from '../../shared/local-day';
import { CHANNEL_NAMES, CHANNELS, unitOf } from './dossier-row';
import type { ReferenceLookups } from './reference-lookups';
import { RowCheck, type RowView } from './row-check';

export interface StagedRating {
  line: number;
  unitId: number;
  ratedAt: Date;
  ratedOn: LocalDay;
  level: SatisfactionLevel;
  channel: Channel | null;
  dossierCode: string | null;
  /** The source's rating id; null = derived at the merge from the row's values. */
  ratingId: string | null;
}

export const LEVELS: Record<string, SatisfactionLevel> = {
  rat_hai_long: SatisfactionLevel.VERY_SATISFIED, very_satisfied: SatisfactionLevel.VERY_SATISFIED,
  hai_long: SatisfactionLevel.SATISFIED, satisfied: SatisfactionLevel.SATISFIED,
  binh_thuong: SatisfactionLevel.NEUTRAL, neutral: SatisfactionLevel.NEUTRAL,
  khong_hai_long: SatisfactionLevel.DISSATISFIED, chua_hai_long: SatisfactionLevel.DISSATISFIED, dissatisfied: SatisfactionLevel.DISSATISFIED,
};
const LEVEL_NAMES = ['rat_hai_long/very_satisfied', 'hai_long/satisfied', 'binh_thuong/neutral', 'khong_hai_long/dissatisfied'];

export function validateRatingRow(row: RowView, refs: ReferenceLookups): { rating: StagedRating | null; check: RowCheck } {
  const c = new RowCheck(row);
  const ratedAt = c.instant('ratedAt', { required: true, notAfter: refs.latest });
  const ratedOn = ratedAt ? localDayOf(ratedAt) : null;
  const unitId = unitOf(c, refs, 'unitCode', ratedOn);
  const level = c.choice('level', LEVELS, LEVEL_NAMES, { required: true });
  const channel = c.choice('channel', CHANNELS, CHANNEL_NAMES);
  const dossierCode = c.text('dossierCode', { max: 100 });
  const ratingId = c.text('ratingId', { max: 100 });
  if (!c.ok || ratedAt === null || ratedOn === null || unitId === null || level === null) return { rating: null, check: c };
  return { rating: { line: row.line, unitId, ratedAt, ratedOn, level, channel, dossierCode, ratingId }, check: c };
}
