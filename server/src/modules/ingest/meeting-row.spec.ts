import { ImportKind } from './import-columns';
import { MeetingBook, validateMeetingRow } from './meeting-row';
import { rowsOf, testLookups } from './testing/fixtures';

const HEADER = ['ma_cuoc_hop', 'loai_cuoc_hop', 'ma_don_vi', 'ngay_hop', 'chu_tri', 'so_nguoi_du', 'noi_dung_y_kien', 'lien_quan_tthc', 'linh_vuc', 'tham_quyen', 'tra_loi_tai_cho'];
const MEETING = { ma_cuoc_hop: 'P1-2024-06', loai_cuoc_hop: 'Đối thoại người dân', ma_don_vi: '26977', ngay_hop: '2024-06-02', chu_tri: 'Chủ tịch UBND phường', so_nguoi_du: '80' };

describe('meeting rows', () => {
  it('give one meeting and one opinion per row, numbered in order', () => {
    const book = new MeetingBook();
    const rows = rowsOf(ImportKind.MEETINGS, HEADER, [
      { ...MEETING, noi_dung_y_kien: 'Cấp căn cước cho trẻ em', lien_quan_tthc: 'có', linh_vuc: 'Hộ tịch', tham_quyen: 'phuong_xa', tra_loi_tai_cho: 'có' },
      { ...MEETING, noi_dung_y_kien: 'Vệ sinh môi trường', lien_quan_tthc: 'không', tham_quyen: 'quan_huyen', tra_loi_tai_cho: 'không' },
    ]);
    const [a, b] = rows.map((row) => validateMeetingRow(row, testLookups(), book, false));
    expect(a.meeting).toMatchObject({ ref: 'P1-2024-06', kind: 'CITIZEN_DIALOGUE', unitId: 3, heldOn: '2024-06-02', attendees: 80 });
    expect(b.meeting).toBeNull();
    expect([a.opinion, b.opinion]).toMatchObject([
      { seq: 1, concernsProcedure: true, fieldId: 1, authorityLevel: 'COMMUNE', answeredOnSpot: true },
      { seq: 2, concernsProcedure: false, fieldId: null, authorityLevel: 'DISTRICT', answeredOnSpot: false },
    ]);
  });

  it('rejects a meeting whose repeated columns disagree, naming the first line', () => {
    const book = new MeetingBook();
    const rows = rowsOf(ImportKind.MEETINGS, HEADER, [MEETING, { ...MEETING, so_nguoi_du: '81', noi_dung_y_kien: 'x' }]);
    const results = rows.map((row) => validateMeetingRow(row, testLookups(), book, false));
    expect(results[1].check.errors.map((e) => e.messageEn)).toEqual(['Line 3, column so_nguoi_du, value "81": meeting "P1-2024-06" was given differently on line 2 ("80")']);
  });
});
