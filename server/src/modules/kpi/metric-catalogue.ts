/**
 * The one metric catalogue: every screen, export and test reads these definitions. Counts are
 * computed by the KPI engine from the rollups; rates are defined here once, as numerator /
 * denominator of counts, and are null (not 0) when the denominator is 0.
 */
export type MetricUnit = 'COUNT' | 'RATE';
export type MetricDirection = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER' | 'NEUTRAL';

export interface MetricDefinition {
  key: string;
  nameVi: string;
  nameEn: string;
  description: string;
  unit: MetricUnit;
  direction: MetricDirection;
  /** Column of Form 06 (Biểu số 06/VPCP/KSTT), when the metric is one. */
  form06Column?: number;
  /** For rates: the counts summed above and below the line. */
  numerator?: CountKey[];
  denominator?: CountKey;
}

export const COUNT_KEYS = [
  'receivedTotal',
  'received',
  'receivedOnline',
  'receivedInPerson',
  'carriedOver',
  'resolved',
  'early',
  'onTime',
  'overdue',
  'pending',
  'pendingWithinDeadline',
  'pendingOverdue',
  'sameDay',
  'ratings',
  'ratingsVerySatisfied',
  'ratingsSatisfied',
  'ratingsNeutral',
  'ratingsDissatisfied',
] as const;
export type CountKey = (typeof COUNT_KEYS)[number];
export type Counts = Record<CountKey, number>;

export const RATE_KEYS = ['onTimeRate', 'earlyRate', 'overdueRate', 'sameDayRate', 'onlineShare', 'satisfactionRate'] as const;
export type RateKey = (typeof RATE_KEYS)[number];
export type Rates = Record<RateKey, number | null>;

export const METRICS: MetricDefinition[] = [
  { key: 'receivedTotal', nameVi: 'Tổng số hồ sơ tiếp nhận', nameEn: 'Received, total', description: 'Received in the period plus carried over from before it (Form 06 col. 3 = 4 + 5 + 6)', unit: 'COUNT', direction: 'NEUTRAL', form06Column: 3 },
  { key: 'receivedOnline', nameVi: 'Tiếp nhận trực tuyến', nameEn: 'Received online', description: 'Received in the period through the online public-service portal (col. 4)', unit: 'COUNT', direction: 'NEUTRAL', form06Column: 4 },
  { key: 'receivedInPerson', nameVi: 'Tiếp nhận trực tiếp, bưu chính', nameEn: 'Received in person or by post', description: 'Received in the period at the desk or by public postal service (col. 5)', unit: 'COUNT', direction: 'NEUTRAL', form06Column: 5 },
  { key: 'carriedOver', nameVi: 'Từ kỳ trước chuyển sang', nameEn: 'Carried over', description: 'Still pending at the start of the period (col. 6 = the previous period\'s col. 11)', unit: 'COUNT', direction: 'NEUTRAL', form06Column: 6 },
  { key: 'received', nameVi: 'Tiếp nhận trong kỳ', nameEn: 'Received in the period', description: 'Received during the period, by any channel (col. 4 + 5)', unit: 'COUNT', direction: 'NEUTRAL' },
  { key: 'resolved', nameVi: 'Đã giải quyết', nameEn: 'Resolved', description: 'Ended during the period: finished, returned, stopped or withdrawn (col. 7 = 8 + 9 + 10)', unit: 'COUNT', direction: 'NEUTRAL', form06Column: 7 },
  { key: 'early', nameVi: 'Giải quyết trước hạn', nameEn: 'Resolved early', description: 'Ended on a local day before the appointment date (col. 8)', unit: 'COUNT', direction: 'HIGHER_IS_BETTER', form06Column: 8 },
  { key: 'onTime', nameVi: 'Giải quyết đúng hạn', nameEn: 'Resolved on time', description: 'Ended on the appointment day, local time (col. 9)', unit: 'COUNT', direction: 'HIGHER_IS_BETTER', form06Column: 9 },
  { key: 'overdue', nameVi: 'Giải quyết quá hạn', nameEn: 'Resolved overdue', description: 'Ended after the appointment day, or after more than one supplement request (col. 10)', unit: 'COUNT', direction: 'LOWER_IS_BETTER', form06Column: 10 },
  { key: 'pending', nameVi: 'Đang giải quyết', nameEn: 'Pending', description: 'Not ended at the end of the period (col. 11 = 12 + 13)', unit: 'COUNT', direction: 'NEUTRAL', form06Column: 11 },
  { key: 'pendingWithinDeadline', nameVi: 'Chưa đến hạn', nameEn: 'Pending, not yet due', description: 'Pending at the end of the period, appointment day not yet passed (col. 12)', unit: 'COUNT', direction: 'NEUTRAL', form06Column: 12 },
  { key: 'pendingOverdue', nameVi: 'Đã quá hạn', nameEn: 'Pending, overdue', description: 'Pending at the end of the period, appointment day passed (col. 13)', unit: 'COUNT', direction: 'LOWER_IS_BETTER', form06Column: 13 },
  { key: 'sameDay', nameVi: 'Giải quyết trong ngày', nameEn: 'Resolved the same day', description: 'Ended in the period on the local day they were received', unit: 'COUNT', direction: 'HIGHER_IS_BETTER' },
  { key: 'ratings', nameVi: 'Lượt đánh giá', nameEn: 'Ratings', description: 'Satisfaction ratings given in the period (not one per dossier)', unit: 'COUNT', direction: 'NEUTRAL' },
  { key: 'ratingsVerySatisfied', nameVi: 'Rất hài lòng', nameEn: 'Very satisfied', description: 'Ratings "very satisfied"', unit: 'COUNT', direction: 'HIGHER_IS_BETTER' },
  { key: 'ratingsSatisfied', nameVi: 'Hài lòng', nameEn: 'Satisfied', description: 'Ratings "satisfied"', unit: 'COUNT', direction: 'HIGHER_IS_BETTER' },
  { key: 'ratingsNeutral', nameVi: 'Bình thường', nameEn: 'Neutral', description: 'Ratings "neutral"', unit: 'COUNT', direction: 'NEUTRAL' },
  { key: 'ratingsDissatisfied', nameVi: 'Không hài lòng', nameEn: 'Dissatisfied', description: 'Ratings "dissatisfied"', unit: 'COUNT', direction: 'LOWER_IS_BETTER' },
  { key: 'onTimeRate', nameVi: 'Tỷ lệ đúng hạn', nameEn: 'On-time rate', description: 'Resolved no later than the appointment day (early + on time) / resolved; the progress group of the national index (Decision 766)', unit: 'RATE', direction: 'HIGHER_IS_BETTER', numerator: ['early', 'onTime'], denominator: 'resolved' },
  { key: 'earlyRate', nameVi: 'Tỷ lệ trước hạn', nameEn: 'Early rate', description: 'Resolved early / resolved', unit: 'RATE', direction: 'HIGHER_IS_BETTER', numerator: ['early'], denominator: 'resolved' },
  { key: 'overdueRate', nameVi: 'Tỷ lệ quá hạn', nameEn: 'Overdue rate', description: 'Resolved overdue / resolved', unit: 'RATE', direction: 'LOWER_IS_BETTER', numerator: ['overdue'], denominator: 'resolved' },
  { key: 'sameDayRate', nameVi: 'Tỷ lệ giải quyết trong ngày', nameEn: 'Same-day rate', description: 'Resolved the same day / resolved', unit: 'RATE', direction: 'HIGHER_IS_BETTER', numerator: ['sameDay'], denominator: 'resolved' },
  { key: 'onlineShare', nameVi: 'Tỷ lệ hồ sơ trực tuyến', nameEn: 'Online share', description: 'Received online / received in the period; full index points at ≥ 50%', unit: 'RATE', direction: 'HIGHER_IS_BETTER', numerator: ['receivedOnline'], denominator: 'received' },
  { key: 'satisfactionRate', nameVi: 'Tỷ lệ hài lòng', nameEn: 'Satisfaction rate', description: '(very satisfied + satisfied) / ratings; full index points at ≥ 90%, SIPAS target 95% by 2030', unit: 'RATE', direction: 'HIGHER_IS_BETTER', numerator: ['ratingsVerySatisfied', 'ratingsSatisfied'], denominator: 'ratings' },
];

export const METRIC_BY_KEY = new Map(METRICS.map((m) => [m.key, m]));

/** Every rate of the catalogue for a set of counts. */
export function ratesOf(counts: Counts): Rates {
  const rates = {} as Rates;
  for (const key of RATE_KEYS) {
    const def = METRIC_BY_KEY.get(key)!;
    const denominator = counts[def.denominator!];
    rates[key] = denominator === 0 ? null : def.numerator!.reduce((sum, k) => sum + counts[k], 0) / denominator;
  }
  return rates;
}

/** The value of any catalogue metric (count or rate) for a set of counts. */
export function metricValue(key: string, counts: Counts): number | null {
  if ((COUNT_KEYS as readonly string[]).includes(key)) return counts[key as CountKey];
  if ((RATE_KEYS as readonly string[]).includes(key)) return ratesOf(counts)[key as RateKey];
  throw new Error(`Unknown metric ${JSON.stringify(key)}`);
}

export const emptyCounts = (): Counts => Object.fromEntries(COUNT_KEYS.map((k) => [k, 0])) as Counts;
