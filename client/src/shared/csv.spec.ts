import { toCsv } from './csv';
import { fileName } from './download';

describe('CSV export', () => {
  it('starts with a byte-order mark and quotes cells holding commas or quotes', () => {
    const csv = toCsv(
      ['Đơn vị', 'Tiếp nhận'],
      [
        ['Phường 1, Tân Bình', 45730],
        ['Nói "không"', null],
      ],
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual(['Đơn vị,Tiếp nhận', '"Phường 1, Tân Bình",45730', '"Nói ""không""",', '']);
  });

  it('names files without diacritics or spaces', () => {
    expect(fileName(['bieu-06', 'Quận Tân Bình', '2021-11-01'], 'csv')).toBe('bieu-06_Quan-Tan-Binh_2021-11-01.csv');
  });
});
