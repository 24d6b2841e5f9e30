import type { vi } from './messages-vi';

/** The English text of the satisfaction page: every Vietnamese id has its translation (the type says so). */
export const en: Record<keyof typeof vi, string> = {
  'satisfaction.title': 'Satisfaction',
  'satisfaction.scope': 'with the units under it',
  'satisfaction.grain': 'By',
  'satisfaction.grain.DAY': 'Day',
  'satisfaction.grain.WEEK': 'Week',
  'satisfaction.grain.MONTH': 'Month',
  'satisfaction.grain.QUARTER': 'Quarter',
  'satisfaction.grain.YEAR': 'Year',

  'satisfaction.cardsTitle': 'Ratings in the period',
  'satisfaction.cards': 'the rating figures',
  'satisfaction.shareNote': '{share} of the ratings',
  'satisfaction.empty': '{unit} has no ratings in {period}. Choose another period or unit.',

  'satisfaction.target': 'Target {comparator} {threshold}',
  'satisfaction.targetFrom': 'Target {comparator} {threshold} (in force from {from})',
  'satisfaction.targetNote': 'Target line: {basis}.',

  'satisfaction.trendTitle': 'Satisfaction over time',
  'satisfaction.trend': 'satisfaction over time',
  'satisfaction.trendDescription': 'Ratings by level (stacked bars), the satisfaction rate (line) and the target; {from} to {to}.',
  'satisfaction.trendSummary': '{title}, by {grain}: {values}',
  'satisfaction.trendEmpty': 'No ratings from {from} to {to}.',
  'satisfaction.selectedPeriod': 'Chosen period',
  'satisfaction.bucket': 'Time',
  'satisfaction.bucketStart': 'From',
  'satisfaction.bucketEnd': 'To',

  'satisfaction.unitsTitle': 'By unit',
  'satisfaction.units': 'the satisfaction by unit',
  'satisfaction.unitsDescription':
    'Each unit with the ratings given at its own one-stop desk. Click a column header to sort; the dashed line is the target.',
  'satisfaction.unitsEmpty': 'No unit has ratings in this period.',
  'satisfaction.unitsChartSummary': 'Satisfaction rate by unit: {values}',
  'satisfaction.noRatings': 'No ratings, hence no rate: {names}.',
  'satisfaction.unit': 'Unit',
  'satisfaction.ownDesk': "(the unit's own one-stop desk)",
  'satisfaction.rateMissing': 'No rate: there are no ratings.',
};
