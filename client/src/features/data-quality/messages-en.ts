import type { vi } from './messages-vi';

/** The English text of the data-quality page: every Vietnamese id has its translation (the type says so). */
export const en: Record<keyof typeof vi, string> = {
  'dq.title': 'Data quality',
  'dq.report': 'the data quality report',
  'dq.intro':
    'Every figure the published reports give, beside the value computed from the records. Published figures are kept as published; differences and contradictions are flagged.',
  'dq.brokenTitle': 'Published figures that contradict each other',
  'dq.brokenNone': 'No published figures contradict each other.',
  'dq.brokenFigures': 'Figures {keys}',
  'dq.brokenDetail.COMPLETE_SUM': '{parts} = {sum, number} ≠ {wholeName} {whole, number} (report {document})',
  'dq.brokenDetail.PARTIAL_SUM_EXCEEDS': '{parts} = {sum, number} > {wholeName} {whole, number} (report {document})',
  'dq.brokenRule.COMPLETE_SUM': 'Rule: {whole} = {parts}',
  'dq.brokenRule.PARTIAL_SUM_EXCEEDS': 'Rule: {parts} cannot exceed {whole}',
  'dq.status': 'Status',
  'dq.status.ALL': 'All',
  'dq.status.MATCH': 'Match',
  'dq.status.MISMATCH': 'Mismatch',
  'dq.status.NOT_COMPUTED': 'Not computable',
  'dq.contradiction': 'Contradiction',
  'dq.summary':
    '{total, number} figures: {match, number} match, {mismatch, number} differ, {notComputed, number} cannot be computed from the records',
  'dq.figures': 'Published figures checked',
  'dq.key': 'Key',
  'dq.document': 'Report',
  'dq.unit': 'Unit',
  'dq.scope': 'Scope',
  'dq.period': 'Period',
  'dq.metric': 'Metric',
  'dq.asPublished': 'As published',
  'dq.reported': 'Published',
  'dq.computed': 'Computed',
  'dq.scope.UNIT': 'Unit',
  'dq.scope.UNIT_AND_DESCENDANTS': 'Unit and units under it',
  'dq.scope.DESCENDANTS': 'Units under it',
  'dq.scope.CAMPAIGN_ENROLLED': 'Units enrolled in the campaign',
  'dq.empty': 'No published figure has the status “{status}”.',
};
