import { ImportKind } from './import-columns';
import { validateFigureRow } from './reported-row';
import { rowsOf, testLookups } from './testing/fixtures';

const HEADER = ['ma_so_lieu', 'chi_tieu', 'ma_don_vi', 'pham_vi', 'ma_chien_dich', 'tu_ngay', 'den_ngay', 'quy_uoc_ky', 'gia_tri', 'nguyen_van', 'tai_lieu_nguon'];
const BASE = { ma_so_lieu: 'X1', chi_tieu: 'receivedTotal', ma_don_vi: '26977', tu_ngay: '2024-01-01', den_ngay: '2024-03-31', quy_uoc_ky: 'theo_lich', gia_tri: '1297', tai_lieu_nguon: 'Báo cáo 12/BC-UBND' };

describe('a reported figure row', () => {
  it('is kept as published, the value text standing for the words when none are given', () => {
    const { figure } = validateFigureRow(rowsOf(ImportKind.REPORTED, HEADER, [BASE])[0], testLookups(), new Map());
    expect(figure).toMatchObject({ key: 'X1', unitId: 3, scope: 'UNIT', convention: 'CALENDAR', value: '1297', asPublished: '1297', campaignId: null });
  });

  it('accepts a figure that was not reported (no value) only with its words', () => {
    const row = (o: Record<string, string>) => validateFigureRow(rowsOf(ImportKind.REPORTED, HEADER, [{ ...BASE, ...o }])[0], testLookups(), new Map());
    expect(row({ gia_tri: '', nguyen_van: 'không báo cáo' }).figure).toMatchObject({ value: null, asPublished: 'không báo cáo' });
    expect(row({ gia_tri: '' }).check.errors[0].code).toBe('VALUE_OR_TEXT');
    expect(row({ gia_tri: '45.730' }).check.errors[0].code).toBe('AMBIGUOUS_NUMBER');
    expect(row({ pham_vi: 'don_vi_tham_gia' }).check.errors[0].code).toBe('CAMPAIGN_NEEDED');
    expect(row({ den_ngay: '' }).check.errors[0].code).toBe('PERIOD_HALF');
  });

  it('rejects a figure id given twice in the file', () => {
    const seen = new Map<string, number>();
    const rows = rowsOf(ImportKind.REPORTED, HEADER, [BASE, BASE]);
    validateFigureRow(rows[0], testLookups(), seen);
    expect(validateFigureRow(rows[1], testLookups(), seen).check.errors[0].messageEn).toBe('Line 3, column ma_so_lieu, value "X1": duplicates line 2 of the same file (same figure id)');
  });
});
