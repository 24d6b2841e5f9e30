import { detectKind, mapHeaders, normalizeHeader } from './header-map';
import { ImportKind } from './import-columns';

describe('header map', () => {
  it('reads Vietnamese headers with diacritics, English ones, and a BOM', () => {
    expect(normalizeHeader('\uFEFFMã hồ sơ')).toBe('ma_ho_so');
    const map = mapHeaders(ImportKind.DOSSIERS, ['Mã hồ sơ', 'unit_code', 'MA_THU_TUC', 'Ngày tiếp nhận']);
    expect(map.errors).toEqual([]);
    expect([...map.indexOf.entries()]).toEqual([['code', 0], ['unitCode', 1], ['procedureCode', 2], ['receivedAt', 3]]);
  });

  it('names each missing required column in both languages', () => {
    const map = mapHeaders(ImportKind.DOSSIERS, ['ma_ho_so', 'ma_don_vi']);
    expect(map.errors.map((e) => e.messageEn)).toEqual([
      'Line 1: required column ma_thu_tuc | procedure_code is missing',
      'Line 1: required column ngay_tiep_nhan | received_at is missing',
    ]);
    expect(map.errors[0].messageVi).toBe('Dòng 1: thiếu cột bắt buộc ma_thu_tuc | procedure_code');
  });

  it('ignores unknown columns and personal data with a warning, and refuses a column given twice', () => {
    const map = mapHeaders(ImportKind.DOSSIERS, ['ma_ho_so', 'ma_don_vi', 'ma_thu_tuc', 'ngay_tiep_nhan', 'Họ tên', 'ghi chu', 'dossier_code']);
    expect(map.warnings.map((w) => [w.code, w.column])).toEqual([
      ['PERSONAL_DATA_IGNORED', 'Họ tên'],
      ['UNKNOWN_COLUMN', 'ghi chu'],
    ]);
    expect(map.errors.map((e) => [e.code, e.column])).toEqual([['DUPLICATE_COLUMN', 'dossier_code']]);
  });

  it('detects the kind from the header', () => {
    expect(detectKind(['ma_ho_so', 'ma_don_vi', 'ma_thu_tuc', 'ngay_tiep_nhan'])).toBe(ImportKind.DOSSIERS);
    expect(detectKind(['unit_code', 'rated_at', 'level', 'dossier_code'])).toBe(ImportKind.RATINGS);
    expect(detectKind(['ma_cuoc_hop', 'loai_cuoc_hop', 'ma_don_vi', 'ngay_hop', 'noi_dung_y_kien'])).toBe(ImportKind.MEETINGS);
    expect(detectKind(['figure_id', 'metric', 'unit_code', 'convention', 'value', 'source_document'])).toBe(ImportKind.REPORTED);
    expect(detectKind(['name', 'email'])).toBeNull();
  });
});
