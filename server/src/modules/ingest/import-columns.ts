import { registerEnumType } from 'type-graphql';

/** What a file holds. */
export enum ImportKind {
  DOSSIERS = 'DOSSIERS',
  RATINGS = 'RATINGS',
  MEETINGS = 'MEETINGS',
  REPORTED = 'REPORTED',
}

registerEnumType(ImportKind, {
  name: 'ImportKind',
  description: 'Dossiers (hồ sơ), satisfaction ratings, meetings with their opinions, or reported figures',
});

/** The CLI's names: --kind dossiers|ratings|meetings|reported. */
export const KIND_NAMES: Record<string, ImportKind> = {
  dossiers: ImportKind.DOSSIERS,
  ratings: ImportKind.RATINGS,
  meetings: ImportKind.MEETINGS,
  reported: ImportKind.REPORTED,
};

export interface ColumnSpec {
  /** Key used by the row validators. */
  key: string;
  /** Vietnamese header (no diacritics, snake case): the name shown in messages and the README. */
  vi: string;
  en: string;
  /** Other accepted spellings (already normalised). */
  aliases?: string[];
  required?: boolean;
  /** For the README and the import page: what goes in the column. */
  help: string;
}

const col = (key: string, vi: string, en: string, help: string, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({ key, vi, en, help, ...extra });

export const DOSSIER_COLUMNS: ColumnSpec[] = [
  col('code', 'ma_ho_so', 'dossier_code', 'the source system’s dossier code, unique per unit', { required: true }),
  col('unitCode', 'ma_don_vi', 'unit_code', 'official unit code (GSO), e.g. 26977; it must exist on the day of receipt', { required: true }),
  col('procedureCode', 'ma_thu_tuc', 'procedure_code', 'national procedure code, e.g. 1.001193; an unknown one needs ten_thu_tuc and linh_vuc', { required: true }),
  col('procedureName', 'ten_thu_tuc', 'procedure_name', 'name of a procedure not yet in the catalogue (ignored for known codes)'),
  col('field', 'linh_vuc', 'field', 'field code or name (HO_TICH, Hộ tịch) of a procedure not yet in the catalogue'),
  col('workingDays', 'so_ngay_giai_quyet', 'working_days', 'statutory working days of a procedure not yet in the catalogue'),
  col('channel', 'kenh', 'channel', 'truc_tiep | truc_tuyen | buu_chinh (direct | online | postal); empty = in person'),
  col('receivedAt', 'ngay_tiep_nhan', 'received_at', 'ISO 8601 date-time; no offset = Asia/Ho_Chi_Minh local time', { required: true }),
  col('dueDate', 'ngay_hen_tra', 'due_date', 'YYYY-MM-DD; empty = computed from the procedure’s working days and the holiday calendar'),
  col('finishedAt', 'ngay_ket_thuc', 'finished_at', 'ISO 8601 date-time of the first terminal event; empty = not finished'),
  col('returnedAt', 'ngay_tra_ket_qua', 'returned_at', 'ISO 8601 date-time the result was handed back; optional'),
  col('status', 'trang_thai', 'status', 'optional: da_tiep_nhan, dang_xu_ly, cho_bo_sung, da_giai_quyet, da_tra_ket_qua, dung_xu_ly, rut_ho_so'),
  col('supplementRequests', 'so_lan_bo_sung', 'supplement_requests', 'optional whole number ≥ 0; more than 1 counts as overdue'),
  col('apologySlip', 'phieu_xin_loi', 'apology_slip', 'optional co/khong: an apology slip with a new date was issued'),
];

export const RATING_COLUMNS: ColumnSpec[] = [
  col('unitCode', 'ma_don_vi', 'unit_code', 'official unit code; it must exist on the day of the rating', { required: true }),
  col('ratedAt', 'thoi_diem_danh_gia', 'rated_at', 'ISO 8601 date-time; no offset = local time', { required: true, aliases: ['ngay_danh_gia'] }),
  col('level', 'muc_do_hai_long', 'level', 'rat_hai_long | hai_long | binh_thuong | khong_hai_long (very_satisfied | satisfied | neutral | dissatisfied)', {
    required: true,
    aliases: ['muc_do', 'muc_hai_long'],
  }),
  col('channel', 'kenh', 'channel', 'optional: truc_tiep | truc_tuyen | buu_chinh'),
  col('dossierCode', 'ma_ho_so', 'dossier_code', 'optional: the dossier the rating is about'),
  col('ratingId', 'ma_danh_gia', 'rating_id', 'optional: the source system’s rating id (else one is derived from the row, so a re-import changes nothing)'),
];

export const MEETING_COLUMNS: ColumnSpec[] = [
  col('meetingRef', 'ma_cuoc_hop', 'meeting_ref', 'your reference of the meeting, repeated on each of its opinion rows', { required: true }),
  col('kind', 'loai_cuoc_hop', 'meeting_kind', 'doi_thoai_nguoi_dan | doi_thoai_doanh_nghiep | hoi_nghi_nhan_dan | doi_thoai_tthc', { required: true }),
  col('unitCode', 'ma_don_vi', 'unit_code', 'official code of the unit that held it', { required: true }),
  col('heldOn', 'ngay_hop', 'held_on', 'YYYY-MM-DD', { required: true }),
  col('chair', 'chu_tri', 'chair', 'optional: who chaired (a title, e.g. Chủ tịch UBND phường)'),
  col('attendees', 'so_nguoi_du', 'attendees', 'optional whole number'),
  col('businesses', 'so_doanh_nghiep', 'businesses', 'optional whole number: attendees that were businesses'),
  col('neighbourhoods', 'so_khu_pho', 'neighbourhoods', 'optional whole number: neighbourhoods represented'),
  col('reviewedFrom', 'ky_tu_ngay', 'reviewed_from', 'optional YYYY-MM-DD: start of the period reviewed'),
  col('reviewedTo', 'ky_den_ngay', 'reviewed_to', 'optional YYYY-MM-DD: end of the period reviewed'),
  col('opinionCount', 'so_y_kien_bao_cao', 'reported_opinion_count', 'optional: opinions as the report counted them; empty = not said'),
  col('sourceDocument', 'tai_lieu', 'source_document', 'optional: the report or minutes'),
  col('note', 'ghi_chu', 'note', 'optional'),
  col('opinionNo', 'stt_y_kien', 'opinion_no', 'optional: number of the opinion within the meeting (else the order of the rows)'),
  col('topic', 'noi_dung_y_kien', 'opinion_topic', 'the opinion; a row without opinion columns records the meeting alone'),
  col('concernsProcedure', 'lien_quan_tthc', 'concerns_procedure', 'co/khong: about an administrative procedure'),
  col('field', 'linh_vuc', 'field', 'optional field code or name (HO_TICH, Hộ tịch)'),
  col('authorityLevel', 'tham_quyen', 'authority_level', 'phuong_xa | quan_huyen | cap_tren (commune | district | higher)'),
  col('answeredOnSpot', 'tra_loi_tai_cho', 'answered_on_spot', 'co/khong'),
  col('status', 'tinh_trang', 'opinion_status', 'da_tra_loi | da_chuyen | chua_tra_loi (answered | referred | open)'),
];

export const REPORTED_COLUMNS: ColumnSpec[] = [
  col('key', 'ma_so_lieu', 'figure_id', 'a stable id of the figure, e.g. F2 or TB-2024-Q1-received', { required: true }),
  col('metric', 'chi_tieu', 'metric', 'metric key, e.g. receivedTotal, resolved, onTime, overdue, ratings, satisfactionRate', { required: true }),
  col('unitCode', 'ma_don_vi', 'unit_code', 'official unit code', { required: true }),
  col('scope', 'pham_vi', 'scope', 'don_vi | don_vi_va_cap_duoi | cap_duoi | don_vi_tham_gia (unit | unit_and_descendants | descendants | campaign_enrolled); empty = unit'),
  col('campaignCode', 'ma_chien_dich', 'campaign_code', 'optional: campaign code (needed for don_vi_tham_gia)'),
  col('periodFrom', 'tu_ngay', 'period_from', 'YYYY-MM-DD, with den_ngay; both empty = no period'),
  col('periodTo', 'den_ngay', 'period_to', 'YYYY-MM-DD'),
  col('convention', 'quy_uoc_ky', 'convention', 'theo_lich | ky_bao_cao | su_kien (calendar | reporting_window | event)', { required: true }),
  col('value', 'gia_tri', 'value', 'the number, without thousands separators; empty = not reported'),
  col('asPublished', 'nguyen_van', 'as_published', 'the figure in the report’s words; empty = the value'),
  col('source', 'tai_lieu_nguon', 'source_document', 'the report the figure comes from', { required: true }),
  col('note', 'ghi_chu', 'note', 'optional'),
];

export const KIND_COLUMNS: Record<ImportKind, ColumnSpec[]> = {
  [ImportKind.DOSSIERS]: DOSSIER_COLUMNS,
  [ImportKind.RATINGS]: RATING_COLUMNS,
  [ImportKind.MEETINGS]: MEETING_COLUMNS,
  [ImportKind.REPORTED]: REPORTED_COLUMNS,
};

/**
 * Headers of personal data about applicants that one-stop exports often carry. Dossiers keep none:
 * these columns are dropped with a warning (normalised names).
 */
export const PERSONAL_DATA_HEADERS = new Set([
  'ho_ten', 'ho_va_ten', 'ten_nguoi_nop', 'nguoi_nop', 'nguoi_nop_ho_so', 'chu_ho_so', 'ten_cong_dan', 'cong_dan',
  'applicant', 'applicant_name', 'full_name', 'name_of_applicant',
  'so_dien_thoai', 'dien_thoai', 'sdt', 'phone', 'phone_number', 'telephone',
  'email', 'thu_dien_tu',
  'dia_chi', 'dia_chi_thuong_tru', 'noi_cu_tru', 'address',
  'cccd', 'so_cccd', 'cmnd', 'so_cmnd', 'so_dinh_danh', 'ma_dinh_danh', 'can_cuoc', 'id_number', 'national_id', 'citizen_id',
  'ngay_sinh', 'nam_sinh', 'date_of_birth', 'birth_date', 'gioi_tinh', 'gender', 'sex',
]);
