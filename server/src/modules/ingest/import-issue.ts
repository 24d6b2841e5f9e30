/**
 * What an import tells about a file: each problem in Vietnamese and English, naming the line,
 * the column as the file wrote it, and the value. Errors stop the import; warnings do not.
 */
export type IssueSeverity = 'ERROR' | 'WARNING';

export interface ImportIssue {
  severity: IssueSeverity;
  code: IssueCode;
  /** Line of the file (CSV) or row of the sheet (XLSX); null for the file as a whole. */
  line: number | null;
  /** The column's header as written in the file. */
  column: string | null;
  value: string | null;
  messageVi: string;
  messageEn: string;
}

type Params = Record<string, string | number | null | undefined>;
type Text = (p: Params) => [vi: string, en: string];

const q = (v: unknown) => `"${String(v ?? '')}"`;

/** Every reason, in both languages. The line/column/value prefix is added by `issue()`. */
const TEXTS = {
  // The file as a whole
  FILE_EMPTY: () => ['tệp rỗng, không có dữ liệu', 'the file is empty'],
  FILE_NO_ROWS: () => ['tệp chỉ có dòng tiêu đề, không có dòng dữ liệu nào', 'the file has a header but no data rows'],
  FILE_TOO_LARGE: (p) => [
    `tệp lớn hơn giới hạn ${p.limit} (IMPORT_MAX_BYTES); hãy chia nhỏ tệp`,
    `the file is larger than the limit of ${p.limit} (IMPORT_MAX_BYTES); split it into smaller files`,
  ],
  FILE_TYPE: (p) => [
    `tệp ${q(p.name)} không phải CSV hoặc XLSX${p.detail ? ` (${p.detailVi ?? p.detail})` : ''}; hãy lưu thành CSV UTF-8 hoặc Excel .xlsx`,
    `${q(p.name)} is not a CSV or XLSX file${p.detail ? ` (${p.detail})` : ''}; save it as CSV UTF-8 or Excel .xlsx`,
  ],
  FILE_ENCODING: () => [
    'tệp không được mã hóa UTF-8; trong Excel chọn "CSV UTF-8 (Comma delimited)" khi lưu',
    'the file is not UTF-8 encoded; in Excel choose "CSV UTF-8 (Comma delimited)" when saving',
  ],
  FILE_UNREADABLE: (p) => [`không đọc được tệp: ${p.detail}`, `the file cannot be read: ${p.detail}`],
  CSV_QUOTE: () => ['dấu ngoặc kép mở ở dòng này không được đóng đến hết tệp', 'a quote opened on this line is never closed before the end of the file'],
  KIND_UNKNOWN: (p) => [
    `không nhận ra loại dữ liệu từ các cột tiêu đề (${p.headers}); hãy chọn loại (--kind) hoặc sửa tiêu đề theo mẫu trong seeds/samples`,
    `the header (${p.headers}) matches no kind of import; choose the kind (--kind) or fix the header as in seeds/samples`,
  ],
  NOT_ALLOWED: (p) => [`tài khoản không được nhập dữ liệu này: ${p.reason}`, `this account may not import this file: ${p.reason}`],
  // Header
  MISSING_COLUMN: (p) => [`thiếu cột bắt buộc ${p.names}`, `required column ${p.names} is missing`],
  DUPLICATE_COLUMN: (p) => [`cột này trùng với cột số ${p.first} (cùng là ${p.names})`, `this column repeats column ${p.first} (both are ${p.names})`],
  UNKNOWN_COLUMN: () => ['cột không được sử dụng, dữ liệu của cột bị bỏ qua', 'unknown column: its values are ignored'],
  PERSONAL_DATA_IGNORED: () => [
    'cột chứa thông tin cá nhân của người nộp hồ sơ: không được lưu',
    'this column holds personal data about the applicant: it is not stored',
  ],
  CHANNEL_DEFAULTED: (p) => [
    `${p.count} hồ sơ không ghi kênh tiếp nhận được tính là trực tiếp`,
    `${p.count} dossier(s) without a channel are counted as received in person`,
  ],
  // Row shape
  ROW_WIDTH: (p) => [`dòng có ${p.count} giá trị nhưng tiêu đề có ${p.expected} cột (dấu phân cách trong dữ liệu cần đặt trong ngoặc kép)`, `the row has ${p.count} values but the header has ${p.expected} columns (a delimiter inside a value must be quoted)`],
  TOO_MANY_ERRORS: (p) => [`và ${p.count} lỗi khác không liệt kê`, `and ${p.count} more error(s) not listed`],
  // Values
  REQUIRED: () => ['bắt buộc, không được để trống', 'required, must not be empty'],
  TOO_LONG: (p) => [`dài quá ${p.max} ký tự`, `longer than ${p.max} characters`],
  BAD_DATE: () => ['ngày phải viết theo dạng YYYY-MM-DD (ISO 8601), ví dụ 2024-03-15', 'a date must be written YYYY-MM-DD (ISO 8601), e.g. 2024-03-15'],
  BAD_DATE_TIME: () => [
    'thời điểm phải viết theo ISO 8601, ví dụ 2024-03-15T08:30:00 (không ghi múi giờ = giờ Việt Nam) hoặc 2024-03-15T01:30:00Z',
    'a time must be written in ISO 8601, e.g. 2024-03-15T08:30:00 (no offset = Vietnam time) or 2024-03-15T01:30:00Z',
  ],
  DATE_NOT_EXIST: () => ['ngày này không có trên lịch', 'this date does not exist'],
  TIME_NOT_EXIST: () => ['giờ không hợp lệ', 'this time of day does not exist'],
  FUTURE: () => ['thời điểm nằm trong tương lai', 'this time is in the future'],
  BAD_INTEGER: (p) => [`phải là số nguyên từ ${p.min} đến ${p.max}`, `must be a whole number from ${p.min} to ${p.max}`],
  BAD_NUMBER: () => ['phải là một số, dùng dấu chấm cho phần thập phân, không dùng dấu phân cách hàng nghìn', 'must be a number, with a point for decimals and no thousands separators'],
  BAD_CHOICE: (p) => [`giá trị không hợp lệ; dùng một trong: ${p.choices}`, `not a valid value; use one of: ${p.choices}`],
  BAD_BOOLEAN: () => ['dùng co/khong (yes/no)', 'use co/khong (yes/no)'],
  UNKNOWN_UNIT: () => ['không có đơn vị hành chính nào mang mã này', 'no administrative unit has this code'],
  UNIT_NOT_ON_DAY: (p) => [
    `đơn vị mã này không tồn tại vào ngày ${p.day} (${p.validity})`,
    `no unit with this code exists on ${p.day} (${p.validityEn})`,
  ],
  UNIT_READ_AS: (p) => [`mã đơn vị được hiểu là ${q(p.code)} (Excel đã bỏ số 0 ở đầu)`, `unit code read as ${q(p.code)} (Excel dropped its leading zeros)`],
  UNKNOWN_PROCEDURE: (p) => [
    `mã thủ tục chưa có trong danh mục; để tạo mới cần ghi ${p.needs}`,
    `procedure code not in the catalogue; to create it the row needs ${p.needsEn}`,
  ],
  NEW_PROCEDURE_CONFLICT: (p) => [
    `thủ tục mới ${q(p.code)} đã được ghi khác ở dòng ${p.first} (${q(p.other)})`,
    `new procedure ${q(p.code)} was described differently on line ${p.first} (${q(p.other)})`,
  ],
  NEW_PROCEDURE_DAYS: (p) => [
    `thủ tục mới ${q(p.code)}: không tính được hạn trả vì thiếu cả ngay_hen_tra và so_ngay_giai_quyet`,
    `new procedure ${q(p.code)}: the due date cannot be computed without ngay_hen_tra or so_ngay_giai_quyet (working_days)`,
  ],
  NEW_PROCEDURE: (p) => [
    `thủ tục mới ${q(p.code)} sẽ được thêm vào danh mục với thời hạn ${p.days} ngày làm việc${p.inferred ? ' (suy ra từ ngày hẹn trả)' : ''}`,
    `new procedure ${q(p.code)} will be added to the catalogue with a limit of ${p.days} working day(s)${p.inferred ? ' (inferred from the due date)' : ''}`,
  ],
  UNKNOWN_FIELD: (p) => [`không có lĩnh vực nào mang mã hoặc tên này; các mã: ${p.choices}`, `no procedure field has this code or name; codes: ${p.choices}`],
  UNKNOWN_CAMPAIGN: () => ['không có chiến dịch nào mang mã này', 'no campaign has this code'],
  NO_CALENDAR: (p) => [
    `chưa có lịch nghỉ lễ chính thức năm ${p.year} để tính hạn trả theo ngày làm việc; hãy ghi ngay_hen_tra`,
    `no official holiday calendar for ${p.year} to compute the due date from working days; fill in ngay_hen_tra (due_date)`,
  ],
  FINISHED_BEFORE_RECEIVED: (p) => [
    `hồ sơ kết thúc trước khi được tiếp nhận (${p.received})`,
    `the dossier is finished before it was received (${p.received})`,
  ],
  RETURNED_BEFORE_FINISHED: (p) => [`trả kết quả trước khi kết thúc hồ sơ (${p.finished})`, `the result is returned before the dossier was finished (${p.finished})`],
  RETURNED_WITHOUT_FINISH: () => ['có ngày trả kết quả nhưng thiếu ngay_ket_thuc', 'a return date is given without ngay_ket_thuc (finished_at)'],
  DUE_BEFORE_RECEIVED: (p) => [`ngày hẹn trả trước ngày tiếp nhận (${p.received})`, `the due date is before the day of receipt (${p.received})`],
  STATUS_NEEDS_FINISH: (p) => [`trạng thái ${q(p.status)} là đã kết thúc nhưng thiếu ngay_ket_thuc`, `status ${q(p.status)} is a terminal one but ngay_ket_thuc (finished_at) is empty`],
  STATUS_OPEN_BUT_FINISHED: (p) => [`trạng thái ${q(p.status)} là chưa kết thúc nhưng có ngay_ket_thuc`, `status ${q(p.status)} is an open one but ngay_ket_thuc (finished_at) is given`],
  DUPLICATE_IN_FILE: (p) => [`trùng với dòng ${p.first} trong cùng tệp (${p.what})`, `duplicates line ${p.first} of the same file (${p.whatEn})`],
  PERIOD_REVERSED: (p) => [`ngày kết thúc kỳ trước ngày bắt đầu (${p.from})`, `the period ends before it starts (${p.from})`],
  PERIOD_HALF: () => ['cần ghi cả tu_ngay và den_ngay, hoặc để trống cả hai', 'give both period_from and period_to, or neither'],
  VALUE_OR_TEXT: () => ['cần gia_tri hoặc nguyen_van (số liệu như báo cáo ghi)', 'give value or as_published (the figure in the report’s words)'],
  AMBIGUOUS_NUMBER: () => [
    'số có dấu chấm phân cách hàng nghìn dễ bị hiểu nhầm; viết liền không dấu, ví dụ 45730',
    'a number with points as thousands separators is ambiguous; write it without separators, e.g. 45730',
  ],
  CAMPAIGN_NEEDED: () => ['phạm vi "don_vi_tham_gia" cần ma_chien_dich', 'scope "campaign_enrolled" needs campaign_code'],
  MEETING_CONFLICT: (p) => [
    `cuộc họp ${q(p.ref)} đã được ghi khác ở dòng ${p.first} (${q(p.other)})`,
    `meeting ${q(p.ref)} was given differently on line ${p.first} (${q(p.other)})`,
  ],
  MEETING_OF_OTHER_UNIT: (p) => [
    `mã cuộc họp đã dùng cho cuộc họp của đơn vị khác (${p.unit})`,
    `this meeting reference already belongs to a meeting of another unit (${p.unit})`,
  ],
  OPINION_NUMBER_NEEDED: () => ['dòng có ý kiến cần stt_y_kien khi tệp có cột này', 'an opinion row needs opinion_no when the file has that column'],
  DUPLICATE_OPINION: (p) => [`ý kiến số ${p.no} của cuộc họp đã có ở dòng ${p.first}`, `opinion ${p.no} of this meeting is already on line ${p.first}`],
} satisfies Record<string, Text>;

export type IssueCode = keyof typeof TEXTS;

export interface IssueWhere {
  line?: number | null;
  column?: string | null;
  value?: string | null;
}

/** An issue with its messages: "Dòng 12, cột ngay_ket_thuc, giá trị "…": reason" / "Line 12, column …". */
export function issue(code: IssueCode, where: IssueWhere = {}, params: Params = {}, severity: IssueSeverity = 'ERROR'): ImportIssue {
  const [vi, en] = (TEXTS[code] as Text)(params);
  const line = where.line ?? null;
  const column = where.column ?? null;
  const value = where.value ?? null;
  const shown = value === null ? null : value.length > 80 ? `${value.slice(0, 77)}…` : value;
  const prefixVi = [line !== null ? `Dòng ${line}` : null, column !== null ? `cột ${column}` : null, shown !== null ? `giá trị ${q(shown)}` : null].filter(Boolean);
  const prefixEn = [line !== null ? `Line ${line}` : null, column !== null ? `column ${column}` : null, shown !== null ? `value ${q(shown)}` : null].filter(Boolean);
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return {
    severity,
    code,
    line,
    column,
    value,
    messageVi: prefixVi.length ? `${prefixVi.join(', ')}: ${vi}` : cap(vi),
    messageEn: prefixEn.length ? `${prefixEn.join(', ')}: ${en}` : cap(en),
  };
}

export const warning = (code: IssueCode, where: IssueWhere = {}, params: Params = {}): ImportIssue => issue(code, where, params, 'WARNING');
