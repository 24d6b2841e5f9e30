import { columnStatusId, issueMessage, kindArgument, previewRows, sortIssues } from './import-report';

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
});
