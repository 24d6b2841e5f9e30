import { ImportKind } from './import-columns';
import { validateRatingRow } from './rating-row';
import { rowsOf, testLookups } from './testing/fixtures';

const HEADER = ['ma_don_vi', 'thoi_diem_danh_gia', 'muc_do_hai_long', 'kenh', 'ma_ho_so'];
const check = (row: Record<string, string>) => validateRatingRow(rowsOf(ImportKind.RATINGS, HEADER, [row])[0], testLookups());

describe('a rating row', () => {
  it('is read with its local day, level and optional channel', () => {
    expect(check({ ma_don_vi: '26977', thoi_diem_danh_gia: '2024-03-15T23:30:00', muc_do_hai_long: 'Rất hài lòng' }).rating).toMatchObject({
      unitId: 3,
      ratedOn: '2024-03-15',
      level: 'VERY_SATISFIED',
      channel: null,
      ratingId: null,
    });
  });

  it('rejects an unknown level in both languages', () => {
    const { check: c } = check({ ma_don_vi: '26977', thoi_diem_danh_gia: '2024-03-15T10:00:00', muc_do_hai_long: 'tuyệt vời' });
    expect(c.errors[0].messageEn).toBe(
      'Line 2, column muc_do_hai_long, value "tuyệt vời": not a valid value; use one of: rat_hai_long/very_satisfied, hai_long/satisfied, binh_thuong/neutral, khong_hai_long/dissatisfied',
    );
    expect(c.errors[0].messageVi).toContain('giá trị không hợp lệ');
  });
});
