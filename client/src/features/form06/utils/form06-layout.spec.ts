import { COUNT_COLUMNS, form06Sheet, HEADER_ROWS, type Form06Texts } from './form06-layout';

const texts: Form06Texts = {
  formNumber: 'Biểu số 06/VPCP/KSTT',
  heading: 'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI QUẬN TÂN BÌNH',
  period: 'Kỳ báo cáo: từ ngày 01/11/2021 đến ngày 30/11/2021',
  reportingUnit: 'Đơn vị báo cáo: Quận Tân Bình',
  measure: 'Đơn vị tính: hồ sơ',
  total: 'Tổng cộng',
  message: (key) => ({ 'form06.rowNumber': 'STT', 'form06.field': 'Lĩnh vực giải quyết' })[key as string] ?? key,
  column: (c) => `cột ${c}`,
  english: false,
};

describe('Form 06 layout', () => {
  it('spans thirteen columns on every heading row, counting cells that reach down from rows above', () => {
    const occupied = [0, 0, 0];
    HEADER_ROWS.forEach((row, r) =>
      row.forEach((cell) => {
        for (let k = r; k < r + cell.rowSpan; k++) occupied[k] += cell.colSpan;
      }),
    );
    expect(occupied).toEqual([13, 13, 13]);
  });

  it('names every count column 3–13 exactly once in the headings', () => {
    const columns = HEADER_ROWS.flat().flatMap((cell) => ('column' in cell.label ? [cell.label.column] : []));
    expect(columns).toEqual([...COUNT_COLUMNS]);
  });

  it('writes field rows with their number and the total row last, columns in official order', () => {
    const sheet = form06Sheet(
      {
        rows: [{ rowNumber: 1, field: { name: 'Hộ tịch' }, columns: [10, 4, 5, 1, 9, 1, 8, 0, 1, 1, 0] }],
        total: { columns: [10, 4, 5, 1, 9, 1, 8, 0, 1, 1, 0] },
      },
      texts,
    );
    expect(sheet.header[0]).toBe('STT');
    expect(sheet.header[2]).toBe('(3) cột 3');
    expect(sheet.header).toHaveLength(13);
    expect(sheet.numbers[12]).toBe('(13)');
    expect(sheet.rows).toEqual([
      [1, 'Hộ tịch', 10, 4, 5, 1, 9, 1, 8, 0, 1, 1, 0],
      ['', 'Tổng cộng', 10, 4, 5, 1, 9, 1, 8, 0, 1, 1, 0],
    ]);
  });
});
