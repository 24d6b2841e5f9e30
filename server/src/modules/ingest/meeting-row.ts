import { MeetingKind } from '../meetings/meeting.entity';
import { OpinionStatus } from '../meetings/opinion.entity';
import { UnitLevel } from '../../shared/enums';
import type { LocalDay } from '../../shared/local-day';
import { unitOf } from './dossier-row';
import type { ReferenceLookups } from './reference-lookups';
import { RowCheck, type RowView } from './row-check';

/**
 * Meetings come one row per opinion with the meeting's columns repeated — the simplest sheet for a
 * ward officer to fill in; a row without opinion columns records a meeting without opinions.
 */
export interface StagedMeeting {
  line: number;
  ref: string;
  kind: MeetingKind;
  unitId: number;
  heldOn: LocalDay;
  chair: string | null;
  attendees: number | null;
  businesses: number | null;
  neighbourhoods: number | null;
  reviewedFrom: LocalDay | null;
  reviewedTo: LocalDay | null;
  opinionCount: number | null;
  sourceDocument: string | null;
  note: string | null;
}

export interface StagedOpinion {
  line: number;
  ref: string;
  seq: number;
  topic: string | null;
  concernsProcedure: boolean | null;
  fieldId: number | null;
  authorityLevel: UnitLevel | null;
  answeredOnSpot: boolean | null;
  status: OpinionStatus | null;
}

const KINDS: Record<string, MeetingKind> = {
  doi_thoai_nguoi_dan: MeetingKind.CITIZEN_DIALOGUE, doi_thoai_cong_dan: MeetingKind.CITIZEN_DIALOGUE, citizen_dialogue: MeetingKind.CITIZEN_DIALOGUE,
  doi_thoai_doanh_nghiep: MeetingKind.BUSINESS_DIALOGUE, business_dialogue: MeetingKind.BUSINESS_DIALOGUE,
  hoi_nghi_nhan_dan: MeetingKind.PEOPLES_CONFERENCE, hoi_nghi_nd: MeetingKind.PEOPLES_CONFERENCE, peoples_conference: MeetingKind.PEOPLES_CONFERENCE,
  doi_thoai_tthc: MeetingKind.PROCEDURE_DIALOGUE, doi_thoai_thu_tuc_hanh_chinh: MeetingKind.PROCEDURE_DIALOGUE, procedure_dialogue: MeetingKind.PROCEDURE_DIALOGUE,
};
const KIND_NAMES = ['doi_thoai_nguoi_dan/citizen_dialogue', 'doi_thoai_doanh_nghiep/business_dialogue', 'hoi_nghi_nhan_dan/peoples_conference', 'doi_thoai_tthc/procedure_dialogue'];

const AUTHORITIES: Record<string, UnitLevel> = {
  phuong_xa: UnitLevel.COMMUNE, phuong: UnitLevel.COMMUNE, xa: UnitLevel.COMMUNE, cap_xa: UnitLevel.COMMUNE, commune: UnitLevel.COMMUNE, ward: UnitLevel.COMMUNE,
  quan_huyen: UnitLevel.DISTRICT, quan: UnitLevel.DISTRICT, huyen: UnitLevel.DISTRICT, cap_huyen: UnitLevel.DISTRICT, district: UnitLevel.DISTRICT,
  cap_tren: UnitLevel.PROVINCE, tinh: UnitLevel.PROVINCE, thanh_pho: UnitLevel.PROVINCE, higher: UnitLevel.PROVINCE, province: UnitLevel.PROVINCE,
};
const AUTHORITY_NAMES = ['phuong_xa/commune', 'quan_huyen/district', 'cap_tren/higher'];

const OPINION_STATUSES: Record<string, OpinionStatus> = {
  da_tra_loi: OpinionStatus.ANSWERED, da_giai_dap: OpinionStatus.ANSWERED, answered: OpinionStatus.ANSWERED,
  da_chuyen: OpinionStatus.REFERRED, chuyen_cap_tren: OpinionStatus.REFERRED, referred: OpinionStatus.REFERRED,
  chua_tra_loi: OpinionStatus.OPEN, dang_xu_ly: OpinionStatus.OPEN, open: OpinionStatus.OPEN,
};
const OPINION_STATUS_NAMES = ['da_tra_loi/answered', 'da_chuyen/referred', 'chua_tra_loi/open'];

const MEETING_KEYS = ['kind', 'unitCode', 'heldOn', 'chair', 'attendees', 'businesses', 'neighbourhoods', 'reviewedFrom', 'reviewedTo', 'opinionCount', 'sourceDocument', 'note'];
const OPINION_KEYS = ['opinionNo', 'topic', 'concernsProcedure', 'field', 'authorityLevel', 'answeredOnSpot', 'status'];

/** The meetings seen so far in a file: their first line, the cells that describe them, their opinion numbers. */
export class MeetingBook {
  readonly meetings = new Map<string, { line: number; cells: string[]; opinions: Map<number, number> }>();
}

export function validateMeetingRow(
  row: RowView,
  refs: ReferenceLookups,
  book: MeetingBook,
  hasOpinionNumbers: boolean,
): { meeting: StagedMeeting | null; opinion: StagedOpinion | null; check: RowCheck } {
  const c = new RowCheck(row);
  const ref = c.text('meetingRef', { required: true, max: 100 });
  const kind = c.choice('kind', KINDS, KIND_NAMES, { required: true });
  const heldOn = c.day('heldOn', { required: true });
  const unitId = unitOf(c, refs, 'unitCode', heldOn);
  const chair = c.text('chair');
  const attendees = c.whole('attendees', 0, 1_000_000);
  const businesses = c.whole('businesses', 0, 1_000_000);
  const neighbourhoods = c.whole('neighbourhoods', 0, 100_000);
  const reviewedFrom = c.day('reviewedFrom');
  const reviewedTo = c.day('reviewedTo');
  if (reviewedFrom && reviewedTo && reviewedTo < reviewedFrom) c.fail('reviewedTo', 'PERIOD_REVERSED', { from: reviewedFrom });
  const opinionCount = c.whole('opinionCount', 0, 1_000_000);
  const sourceDocument = c.text('sourceDocument', { max: 500 });
  const note = c.text('note', { max: 2000 });

  const known = ref === null ? undefined : book.meetings.get(ref);
  const cells = MEETING_KEYS.map((k) => row.get(k));
  if (ref !== null && known) {
    const differs = MEETING_KEYS.findIndex((k, i) => known.cells[i] !== cells[i]);
    if (differs !== -1) c.fail(MEETING_KEYS[differs], 'MEETING_CONFLICT', { ref, first: known.line, other: known.cells[differs] });
  }

  const hasOpinion = OPINION_KEYS.some((k) => row.get(k) !== '');
  let opinion: StagedOpinion | null = null;
  if (hasOpinion) {
    const topic = c.text('topic', { max: 2000 });
    const concernsProcedure = c.bool('concernsProcedure');
    const fieldText = row.get('field');
    const fieldId = fieldText === '' ? null : (refs.field(fieldText) ?? c.fail('field', 'UNKNOWN_FIELD', { choices: refs.fieldCodes }));
    const authorityLevel = c.choice('authorityLevel', AUTHORITIES, AUTHORITY_NAMES);
    const answeredOnSpot = c.bool('answeredOnSpot');
    const status = c.choice('status', OPINION_STATUSES, OPINION_STATUS_NAMES);
    let seq: number | null;
    if (!hasOpinionNumbers) seq = (known?.opinions.size ?? 0) + 1;
    else seq = row.get('opinionNo') === '' ? c.fail('opinionNo', 'OPINION_NUMBER_NEEDED') : c.whole('opinionNo', 1, 32767);
    const firstLine = seq !== null ? known?.opinions.get(seq) : undefined;
    if (seq !== null && firstLine !== undefined) seq = c.fail('opinionNo', 'DUPLICATE_OPINION', { no: seq, first: firstLine });
    if (ref !== null && seq !== null) opinion = { line: row.line, ref, seq, topic, concernsProcedure, fieldId, authorityLevel, answeredOnSpot, status };
  }

  if (ref !== null && !known) book.meetings.set(ref, { line: row.line, cells, opinions: new Map() });
  if (ref !== null && opinion && c.ok) book.meetings.get(ref)!.opinions.set(opinion.seq, row.line);
  if (!c.ok || ref === null || kind === null || heldOn === null || unitId === null) return { meeting: null, opinion: null, check: c };
  const meeting: StagedMeeting = { line: row.line, ref, kind, unitId, heldOn, chair, attendees, businesses, neighbourhoods, reviewedFrom, reviewedTo, opinionCount, sourceDocument, note };
  return { meeting: known ? null : meeting, opinion, check: c };
}
