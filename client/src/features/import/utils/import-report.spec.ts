import {
  columnStatusId,
  formatBytes,
  formatInstant,
  formatSeconds,
  issueMessage,
  kindArgument,
  previewRows,
  sortIssues,
} from './import-report';

describe('import report helpers', () => {
  it('lets the server detect the kind for "auto" and passes a chosen kind as is', () => {
    expect(kindArgument('auto')).toBeNull();
    expect(kindArgument('RATINGS')).toBe('RATINGS');
  });

  it('shows the message in the UI language', () => {
    const issue = { messageVi: 'Ngày kết thúc trước ngày tiếp nhận', messageEn: 'Finished before received' };
    expect(issueMessage(issue, 'vi')).toBe('Ngày kết thúc trước ngày tiếp nhận');
    expect(issueMessage(issue, 'en')).toBe('Finished before received');
  });

  it('lists file-wide problems first, then by line and column', () => {
    const sorted = sortIssues([
      { line: 4, column: 'ma_don_vi' },
      { line: 3, column: 'ngay_ket_thuc' },
      { line: null, column: null },
      { line: 3, column: 'kenh' },
    ]);
    expect(sorted.map((i) => `${i.line}:${i.column}`)).toEqual(['null:null', '3:kenh', '3:ngay_ket_thuc', '4:ma_don_vi']);
  });

  it('pads a short line and cuts a long one to the header width', () => {
    expect(previewRows(['a', 'b', 'c'], [['1'], ['1', '2', '3', '4']])).toEqual([
      ['1', '', ''],
      ['1', '2', '3'],
    ]);
  });

  it('names an unforeseen column status as unknown', () => {
    expect(columnStatusId('PERSONAL_DATA_IGNORED')).toBe('import.column.PERSONAL_DATA_IGNORED');
    expect(columnStatusId('SOMETHING_NEW')).toBe('import.column.UNKNOWN');
  });

  it('formats seconds with two decimals in the UI language', () => {
    expect(formatSeconds(1.234, 'vi')).toBe('1,23');
    expect(formatSeconds(1.234, 'en')).toBe('1.23');
  });

  it('shows when an import started in Viet Nam time', () => {
    expect(formatInstant('2024-11-04T17:30:00.000Z')).toBe('05/11/2024 00:30');
  });

  it('gives file sizes in B, KB and MB', () => {
    expect(formatBytes(900, 'vi')).toBe('900 B');
    expect(formatBytes(2048, 'vi')).toBe('2 KB');
    expect(formatBytes(1.5 * 1024 * 1024, 'vi')).toBe('1,5 MB');
  });
});
