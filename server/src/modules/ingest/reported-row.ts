import { FigureScope, PeriodConvention } from '../reports/reported-figure.entity';
import type { LocalDay } from '../../shared/local-day';
import { unitOf } from './dossier-row';
import type { ReferenceLookups } from './reference-lookups';
import { RowCheck, type RowView } from './row-check';

/** A figure as a report published it: kept as given, never overwritten by computed values. */
export interface StagedFigure {
  line: number;
  key: string;
  metric: string;
  unitId: number;
  scope: FigureScope;
  campaignId: number | null;
  periodFrom: LocalDay | null;
  periodTo: LocalDay | null;
  convention: PeriodConvention;
  value: string | null;
  asPublished: string;
  source: string;
  note: string | null;
}

const SCOPES: Record<string, FigureScope> = {
  don_vi: FigureScope.UNIT, unit: FigureScope.UNIT,
  don_vi_va_cap_duoi: FigureScope.UNIT_AND_DESCENDANTS, unit_and_descendants: FigureScope.UNIT_AND_DESCENDANTS,
  cap_duoi: FigureScope.DESCENDANTS, descendants: FigureScope.DESCENDANTS,
  don_vi_tham_gia: FigureScope.CAMPAIGN_ENROLLED, campaign_enrolled: FigureScope.CAMPAIGN_ENROLLED,
};
const SCOPE_NAMES = ['don_vi/unit', 'don_vi_va_cap_duoi/unit_and_descendants', 'cap_duoi/descendants', 'don_vi_tham_gia/campaign_enrolled'];

const CONVENTIONS: Record<string, PeriodConvention> = {
  theo_lich: PeriodConvention.CALENDAR, lich: PeriodConvention.CALENDAR, calendar: PeriodConvention.CALENDAR,
  ky_bao_cao: PeriodConvention.REPORTING_WINDOW, reporting_window: PeriodConvention.REPORTING_WINDOW,
  su_kien: PeriodConvention.EVENT, event: PeriodConvention.EVENT,
};
const CONVENTION_NAMES = ['theo_lich/calendar', 'ky_bao_cao/reporting_window', 'su_kien/event'];

/** Keys seen so far in the file, with their line. */
export type FigureKeys = Map<string, number>;

export function validateFigureRow(row: RowView, refs: ReferenceLookups, seen: FigureKeys): { figure: StagedFigure | null; check: RowCheck } {
  const c = new RowCheck(row);
  const key = c.text('key', { required: true, max: 100 });
  if (key !== null && seen.has(key)) c.fail('key', 'DUPLICATE_IN_FILE', { first: seen.get(key)!, what: 'cùng mã số liệu', whatEn: 'same figure id' });
  else if (key !== null) seen.set(key, row.line);
  const metric = c.text('metric', { required: true, max: 100 });
  const periodFrom = c.day('periodFrom');
  const periodTo = c.day('periodTo');
  if ((row.get('periodFrom') === '') !== (row.get('periodTo') === '')) c.fail(row.get('periodFrom') === '' ? 'periodFrom' : 'periodTo', 'PERIOD_HALF');
  if (periodFrom && periodTo && periodTo < periodFrom) c.fail('periodTo', 'PERIOD_REVERSED', { from: periodFrom });
  const unitId = unitOf(c, refs, 'unitCode', periodFrom);
  const scope = c.choice('scope', SCOPES, SCOPE_NAMES) ?? FigureScope.UNIT;
  const campaignCode = c.text('campaignCode', { max: 100 });
  const campaignId = campaignCode === null ? null : (refs.campaign(campaignCode) ?? c.fail('campaignCode', 'UNKNOWN_CAMPAIGN'));
  if (scope === FigureScope.CAMPAIGN_ENROLLED && campaignCode === null) c.fail('scope', 'CAMPAIGN_NEEDED');
  const convention = c.choice('convention', CONVENTIONS, CONVENTION_NAMES, { required: true });
  const value = c.decimal('value');
  const asPublished = c.text('asPublished', { max: 2000 }) ?? (row.get('value') === '' ? null : row.get('value'));
  if (asPublished === null && row.get('value') === '') c.fail('asPublished', 'VALUE_OR_TEXT');
  const source = c.text('source', { required: true, max: 500 });
  const note = c.text('note', { max: 2000 });
  if (!c.ok || key === null || metric === null || unitId === null || convention === null || asPublished === null || source === null) return { figure: null, check: c };
  return { figure: { line: row.line, key, metric, unitId, scope, campaignId, periodFrom, periodTo, convention, value, asPublished, source, note }, check: c };
}
