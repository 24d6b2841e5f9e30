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
  /** For opinion rates: opinion counts above the line and, summed, below it (only opinions whose attribute was reported). */
  opinionNumerator?: OpinionCountKey[];
  opinionDenominator?: OpinionCountKey[];
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

/**
 * Metrics beyond the KPI engine's rows, kept out of METRICS (whose every key metricValue computes
 * from Counts, as comparePeriods and compareUnits rely on): the rating-level shares and the
 * opinion metrics. CATALOGUE is the whole list for screens and the metrics query.
 */
export const RATING_SHARE_METRICS: MetricDefinition[] = [
  { key: 'verySatisfiedShare', nameVi: 'Tỷ lệ mức "rất hài lòng"', nameEn: 'Very satisfied share', description: 'Ratings "very satisfied" / ratings', unit: 'RATE', direction: 'HIGHER_IS_BETTER', numerator: ['ratingsVerySatisfied'], denominator: 'ratings' },
  { key: 'satisfiedShare', nameVi: 'Tỷ lệ mức "hài lòng"', nameEn: 'Satisfied share', description: 'Ratings "satisfied" / ratings', unit: 'RATE', direction: 'HIGHER_IS_BETTER', numerator: ['ratingsSatisfied'], denominator: 'ratings' },
  { key: 'neutralShare', nameVi: 'Tỷ lệ mức "bình thường"', nameEn: 'Neutral share', description: 'Ratings "neutral" / ratings', unit: 'RATE', direction: 'NEUTRAL', numerator: ['ratingsNeutral'], denominator: 'ratings' },
  { key: 'dissatisfiedShare', nameVi: 'Tỷ lệ mức "không hài lòng"', nameEn: 'Dissatisfied share', description: 'Ratings "dissatisfied" / ratings', unit: 'RATE', direction: 'LOWER_IS_BETTER', numerator: ['ratingsDissatisfied'], denominator: 'ratings' },
];

export const OPINION_METRICS: MetricDefinition[] = [
  { key: 'meetings', nameVi: 'Số cuộc đối thoại, hội nghị', nameEn: 'Meetings', description: 'Dialogues and People\'s Conferences held in the period (an undated one counts on the last day its report says it was held by)', unit: 'COUNT', direction: 'HIGHER_IS_BETTER' },
  { key: 'opinions', nameVi: 'Số ý kiến', nameEn: 'Opinions', description: 'Opinions raised at dialogues and conferences, as the sources counted them; unknown (null) when a meeting did not publish an exact count — never 0 or a guess', unit: 'COUNT', direction: 'NEUTRAL' },
  { key: 'opinionsItemised', nameVi: 'Số ý kiến được ghi nhận chi tiết', nameEn: 'Opinions itemised', description: 'Opinions recorded one by one (a lower bound of opinions when that is unknown)', unit: 'COUNT', direction: 'NEUTRAL' },
  { key: 'opinionsAnsweredOnSpot', nameVi: 'Ý kiến được giải đáp tại chỗ', nameEn: 'Answered on the spot', description: 'Opinions answered at the meeting itself', unit: 'COUNT', direction: 'HIGHER_IS_BETTER' },
  { key: 'opinionsNotAnsweredOnSpot', nameVi: 'Ý kiến không giải đáp tại chỗ', nameEn: 'Not answered on the spot', description: 'Opinions the meeting did not answer there and then', unit: 'COUNT', direction: 'LOWER_IS_BETTER' },
  { key: 'opinionsAnswered', nameVi: 'Ý kiến đã trả lời', nameEn: 'Answered', description: 'Opinions whose follow-up status is answered', unit: 'COUNT', direction: 'HIGHER_IS_BETTER' },
  { key: 'opinionsReferred', nameVi: 'Ý kiến chuyển cơ quan có thẩm quyền', nameEn: 'Referred', description: 'Opinions passed on to the competent agency or level', unit: 'COUNT', direction: 'NEUTRAL' },
  { key: 'opinionsOpen', nameVi: 'Ý kiến chưa trả lời', nameEn: 'Open', description: 'Opinions not yet answered', unit: 'COUNT', direction: 'LOWER_IS_BETTER' },
  { key: 'opinionsAboutProcedures', nameVi: 'Ý kiến về thủ tục hành chính', nameEn: 'About administrative procedures', description: 'Opinions that concern an administrative procedure', unit: 'COUNT', direction: 'NEUTRAL' },
  { key: 'opinionsOther', nameVi: 'Ý kiến khác', nameEn: 'Other opinions', description: 'Opinions that do not concern an administrative procedure (sanitation, order on roads, …)', unit: 'COUNT', direction: 'NEUTRAL' },
  { key: 'opinionsCommuneAuthority', nameVi: 'Ý kiến thuộc thẩm quyền cấp xã, phường', nameEn: 'Within ward/commune authority', description: 'Opinions the ward or commune must answer', unit: 'COUNT', direction: 'NEUTRAL' },
  { key: 'opinionsDistrictAuthority', nameVi: 'Ý kiến thuộc thẩm quyền cấp huyện, quận', nameEn: 'Within district authority', description: 'Opinions the district or town must answer', unit: 'COUNT', direction: 'NEUTRAL' },
  { key: 'opinionsHigherAuthority', nameVi: 'Ý kiến thuộc thẩm quyền cấp trên', nameEn: 'Within higher authority', description: 'Opinions the province/city or a higher level must answer', unit: 'COUNT', direction: 'NEUTRAL' },
  { key: 'answeredOnSpotRate', nameVi: 'Tỷ lệ giải đáp tại chỗ', nameEn: 'Answered-on-the-spot rate', description: 'Answered on the spot / opinions for which the source says whether they were', unit: 'RATE', direction: 'HIGHER_IS_BETTER', opinionNumerator: ['opinionsAnsweredOnSpot'], opinionDenominator: ['opinionsAnsweredOnSpot', 'opinionsNotAnsweredOnSpot'] },
  { key: 'referredRate', nameVi: 'Tỷ lệ ý kiến chuyển cấp có thẩm quyền', nameEn: 'Referred rate', description: 'Referred / opinions with a reported follow-up status', unit: 'RATE', direction: 'NEUTRAL', opinionNumerator: ['opinionsReferred'], opinionDenominator: ['opinionsAnswered', 'opinionsReferred', 'opinionsOpen'] },
  { key: 'procedureOpinionShare', nameVi: 'Tỷ lệ ý kiến về thủ tục hành chính', nameEn: 'Share about procedures', description: 'About administrative procedures / opinions for which the source says whether they are', unit: 'RATE', direction: 'NEUTRAL', opinionNumerator: ['opinionsAboutProcedures'], opinionDenominator: ['opinionsAboutProcedures', 'opinionsOther'] },
  { key: 'communeAuthorityShare', nameVi: 'Tỷ lệ ý kiến thuộc thẩm quyền cấp xã', nameEn: 'Share within ward/commune authority', description: 'Within ward/commune authority / opinions with a reported authority level', unit: 'RATE', direction: 'NEUTRAL', opinionNumerator: ['opinionsCommuneAuthority'], opinionDenominator: ['opinionsCommuneAuthority', 'opinionsDistrictAuthority', 'opinionsHigherAuthority'] },
  { key: 'opinionShare', nameVi: 'Tỷ trọng ý kiến', nameEn: 'Share of opinions', description: 'Opinions itemised in a row / opinions itemised in the whole breakdown', unit: 'RATE', direction: 'NEUTRAL' },
];

export const CATALOGUE: MetricDefinition[] = [...METRICS, ...RATING_SHARE_METRICS, ...OPINION_METRICS];
const EXTRA_BY_KEY = new Map([...RATING_SHARE_METRICS, ...OPINION_METRICS].map((m) => [m.key, m]));

/** Shares of each rating level among all ratings (F10 publishes them: neutral 0,60%, dissatisfied 0,08%). */
export const RATING_SHARE_KEYS = ['verySatisfiedShare', 'satisfiedShare', 'neutralShare', 'dissatisfiedShare'] as const;
export type RatingShareKey = (typeof RATING_SHARE_KEYS)[number];
export type RatingShares = Record<RatingShareKey, number | null>;

export function ratingSharesOf(counts: Counts): RatingShares {
  const shares = {} as RatingShares;
  for (const key of RATING_SHARE_KEYS) {
    const def = EXTRA_BY_KEY.get(key)!;
    shares[key] = fraction(def.numerator!.reduce((sum, k) => sum + counts[k], 0), counts[def.denominator!]);
  }
  return shares;
}

/**
 * Opinion counts, from the meetings and their itemised opinions (not the dossier rollups).
 * `opinions` is null when unknown: a meeting in the group did not publish an exact count.
 */
export const OPINION_COUNT_KEYS = [
  'meetings',
  'opinionsItemised',
  'opinionsAnsweredOnSpot',
  'opinionsNotAnsweredOnSpot',
  'opinionsAnswered',
  'opinionsReferred',
  'opinionsOpen',
  'opinionsAboutProcedures',
  'opinionsOther',
  'opinionsCommuneAuthority',
  'opinionsDistrictAuthority',
  'opinionsHigherAuthority',
] as const;
export type OpinionCountKey = (typeof OPINION_COUNT_KEYS)[number];
export type OpinionCounts = Record<OpinionCountKey, number> & { opinions: number | null };

export const OPINION_RATE_KEYS = ['answeredOnSpotRate', 'referredRate', 'procedureOpinionShare', 'communeAuthorityShare'] as const;
export type OpinionRateKey = (typeof OPINION_RATE_KEYS)[number];
export type OpinionRates = Record<OpinionRateKey, number | null>;

export const emptyOpinionCounts = (): OpinionCounts => ({ ...(Object.fromEntries(OPINION_COUNT_KEYS.map((k) => [k, 0])) as Record<OpinionCountKey, number>), opinions: 0 });

/** Every opinion rate of the catalogue; each is over the opinions whose attribute was reported, so unreported ones never count as "no". */
export function opinionRatesOf(counts: OpinionCounts): OpinionRates {
  const rates = {} as OpinionRates;
  for (const key of OPINION_RATE_KEYS) {
    const def = EXTRA_BY_KEY.get(key)!;
    const sum = (keys: OpinionCountKey[]) => keys.reduce((s, k) => s + counts[k], 0);
    rates[key] = fraction(sum(def.opinionNumerator!), sum(def.opinionDenominator!));
  }
  return rates;
}

/** `opinionShare`: a row's itemised opinions among those of the whole breakdown. */
export const opinionShare = (rowItemised: number, allItemised: number): number | null => fraction(rowItemised, allItemised);

function fraction(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}
