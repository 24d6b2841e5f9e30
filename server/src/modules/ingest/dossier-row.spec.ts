import { NewProcedures, validateDossierRow } from './dossier-row';
import { ImportKind } from './import-columns';
import { rowsOf, testLookups } from './testing/fixtures';

const HEADER = ['ma_ho_so', 'ma_don_vi', 'ma_thu_tuc', 'ten_thu_tuc', 'linh_vuc', 'so_ngay_giai_quyet', 'kenh', 'ngay_tiep_nhan', 'ngay_hen_tra', 'ngay_ket_thuc', 'trang_thai', 'so_lan_bo_sung'];
const BASE = { ma_ho_so: 'HS-1', ma_don_vi: '26977', ma_thu_tuc: '1.001193', kenh: 'truc_tuyen', ngay_tiep_nhan: '2024-03-15T08:30:00' };

function check(overrides: Record<string, string>, newProcedures = new NewProcedures()) {
  const [row] = rowsOf(ImportKind.DOSSIERS, HEADER, [{ ...BASE, ...overrides }]);
  return validateDossierRow(row, { refs: testLookups(), newProcedures });
}
const errors = (overrides: Record<string, string>) => check(overrides).check.errors.map((e) => e.messageEn);

describe('a dossier row', () => {
  it('is read with its unit on the day of receipt, a computed due date and no timeliness while pending', () => {
    const { dossier } = check({});
    expect(dossier).toMatchObject({
      code: 'HS-1',
      unitId: 3,
      procedureId: 7,
      channel: 'ONLINE',
      receivedOn: '2024-03-15',
      dueDate: '2024-03-20', // 3 working days after a Friday
      dueDateComputed: true,
      finishedAt: null,
      status: 'RECEIVED',
      timeliness: null,
    });
  });

  it('resolves a reused unit code to the unit that existed on the day of receipt', () => {
    expect(check({ ngay_tiep_nhan: '2025-07-02T09:00:00' }).dossier?.unitId).toBe(18);
    expect(check({ ngay_tiep_nhan: '2025-06-30T09:00:00' }).dossier?.unitId).toBe(3);
  });

  it('counts a dossier finished at 23:30 local on its due day as on time', () => {
    expect(check({ ngay_hen_tra: '2024-03-20', ngay_ket_thuc: '2024-03-20T23:30:00' }).dossier).toMatchObject({
      finishedOn: '2024-03-20',
      timeliness: 'ON_TIME',
      status: 'FINISHED',
      dueDateComputed: false,
    });
  });

  it('counts more than one supplement request as overdue', () => {
    expect(check({ ngay_hen_tra: '2024-03-20', ngay_ket_thuc: '2024-03-16T10:00:00', so_lan_bo_sung: '2' }).dossier?.timeliness).toBe('OVERDUE');
  });

  it('rejects a dossier finished before it was received, naming line, column and value in both languages', () => {
    const { check: c } = check({ ngay_ket_thuc: '2024-03-14T10:00:00' });
    expect(c.errors).toHaveLength(1);
    expect(c.errors[0]).toMatchObject({ line: 2, column: 'ngay_ket_thuc', value: '2024-03-14T10:00:00', code: 'FINISHED_BEFORE_RECEIVED' });
    expect(c.errors[0].messageEn).toBe('Line 2, column ngay_ket_thuc, value "2024-03-14T10:00:00": the dossier is finished before it was received (2024-03-15 08:30 (UTC+7))');
    expect(c.errors[0].messageVi).toBe('Dòng 2, cột ngay_ket_thuc, giá trị "2024-03-14T10:00:00": hồ sơ kết thúc trước khi được tiếp nhận (2024-03-15 08:30 (UTC+7))');
  });

  it('rejects a date that does not exist', () => {
    expect(errors({ ngay_tiep_nhan: '2023-02-29T08:00:00' })).toEqual(['Line 2, column ngay_tiep_nhan, value "2023-02-29T08:00:00": this date does not exist']);
    expect(errors({ ngay_hen_tra: '2024-04-31' })).toEqual(['Line 2, column ngay_hen_tra, value "2024-04-31": this date does not exist']);
  });

  it('rejects an unknown unit, and a known code on a day no unit had it', () => {
    expect(errors({ ma_don_vi: '99999' })).toEqual(['Line 2, column ma_don_vi, value "99999": no administrative unit has this code']);
    expect(errors({ ma_don_vi: '09574', ngay_tiep_nhan: '2025-02-03T08:00:00' })).toEqual([
      'Line 2, column ma_don_vi, value "09574": no unit with this code exists on 2025-02-03 (Phường Lê Lợi: until 2024-12-31)',
    ]);
  });

  it('reads a unit code that lost its leading zeros in Excel, with a warning', () => {
    const { dossier, check: c } = check({ ma_don_vi: '157' });
    expect(dossier?.unitId).toBe(26);
    expect(c.warnings.map((w) => w.messageEn)).toEqual(['Line 2, column ma_don_vi, value "157": unit code read as "00157" (Excel dropped its leading zeros)']);
  });

  it('refuses an unknown procedure unless the row names it and its field; then it is created once', () => {
    expect(errors({ ma_thu_tuc: '9.999' })).toEqual([
      'Line 2, column ma_thu_tuc, value "9.999": procedure code not in the catalogue; to create it the row needs ten_thu_tuc (procedure_name) and linh_vuc (field)',
    ]);
    const fresh = new NewProcedures();
    const first = check({ ma_thu_tuc: '9.999', ten_thu_tuc: 'Thủ tục mới', linh_vuc: 'Hộ tịch', so_ngay_giai_quyet: '5' }, fresh);
    const second = check({ ma_ho_so: 'HS-2', ma_thu_tuc: '9.999', ten_thu_tuc: 'Thủ tục mới', linh_vuc: 'HO_TICH' }, fresh);
    expect(first.dossier?.procedureId).toBe(-1);
    expect(second.dossier).toMatchObject({ procedureId: -1, dueDate: '2024-03-22' });
    expect(fresh.all).toEqual([expect.objectContaining({ code: '9.999', name: 'Thủ tục mới', fieldId: 1, workingDays: 5 })]);
    expect(errors({ ma_thu_tuc: '9.999', ten_thu_tuc: 'X', linh_vuc: 'Thiên văn' })[0]).toContain('no procedure field has this code or name');
  });

  it('infers a new procedure’s limit from its first due date when none is given', () => {
    const fresh = new NewProcedures();
    check({ ma_thu_tuc: '9.998', ten_thu_tuc: 'Khác', linh_vuc: 'HO_TICH', ngay_hen_tra: '2024-03-21' }, fresh);
    expect(fresh.get('9.998')).toMatchObject({ workingDays: 4, inferred: true });
    expect(check({ ma_thu_tuc: '9.997', ten_thu_tuc: 'Khác', linh_vuc: 'HO_TICH' }, fresh).check.errors[0].code).toBe('NEW_PROCEDURE_DAYS');
  });

  it('checks status against the end date and reads channels in both languages', () => {
    expect(errors({ trang_thai: 'da_giai_quyet' })).toEqual([
      'Line 2, column trang_thai, value "da_giai_quyet": status "da_giai_quyet" is a terminal one but ngay_ket_thuc (finished_at) is empty',
    ]);
    expect(errors({ trang_thai: 'Đang xử lý', ngay_ket_thuc: '2024-03-16T10:00:00' })[0]).toContain('is an open one');
    expect(check({ kenh: 'Bưu chính công ích' }).dossier?.channel).toBe('POSTAL');
    expect(check({ kenh: 'direct' }).dossier?.channel).toBe('DIRECT');
    expect(errors({ kenh: 'fax' })[0]).toContain('use one of: truc_tiep/direct, truc_tuyen/online, buu_chinh/postal');
  });

  it('counts an empty channel as in person and says so', () => {
    const result = check({ kenh: '' });
    expect(result.dossier?.channel).toBe('DIRECT');
    expect(result.channelDefaulted).toBe(true);
  });

  it('refuses a time in the future, a negative supplement count and a missing calendar year', () => {
    expect(errors({ ngay_tiep_nhan: '2026-03-15T08:30:00' })[0]).toContain('this time is in the future');
    expect(errors({ so_lan_bo_sung: '-1' })[0]).toContain('must be a whole number from 0 to 32767');
    expect(errors({ ngay_tiep_nhan: '2019-03-15T08:30:00' })).toEqual([
      'Line 2, column ngay_tiep_nhan, value "2019-03-15T08:30:00": no official holiday calendar for 2019 to compute the due date from working days; fill in ngay_hen_tra (due_date)',
    ]);
  });
});
