import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { cellText, FileRejected, openTable, type TableRecord } from './table-source';

async function read(content: Buffer | string, fileName = 'f.csv', maxBytes = 1 << 20, chunk = 7): Promise<{ format: string; records: TableRecord[] }> {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  const chunks = Array.from({ length: Math.ceil(bytes.length / chunk) }, (_, i) => bytes.subarray(i * chunk, (i + 1) * chunk));
  const table = await openTable(Readable.from(chunks), { fileName, maxBytes });
  const records: TableRecord[] = [];
  for await (const batch of table.records) records.push(...batch);
  return { format: table.format, records };
}

async function reason(content: Buffer | string, fileName = 'f.csv', maxBytes = 1 << 20): Promise<string> {
  try {
    await read(content, fileName, maxBytes);
  } catch (error) {
    if (error instanceof FileRejected) return error.issue.code;
    throw error;
  }
  return 'read';
}

describe('reading a file', () => {
  it('decodes UTF-8 split anywhere, drops the BOM and skips blank rows', async () => {
    const { format, records } = await read('\uFEFFmã;tên\r\n\r\n1;"Phường 6"\r\n;\r\n2;Đa Kao\r\n', 'x.csv', 1 << 20, 3);
    expect(format).toBe('CSV');
    expect(records).toEqual([
      { line: 1, cells: ['mã', 'tên'] },
      { line: 3, cells: ['1', 'Phường 6'] },
      { line: 5, cells: ['2', 'Đa Kao'] },
    ]);
  });

  it('refuses what is not a UTF-8 table, each for its reason', async () => {
    expect(await reason('')).toBe('FILE_EMPTY');
    expect(await reason(Buffer.from([0x61, 0x2c, 0x62, 0x0a, 0xe9, 0x0a]))).toBe('FILE_ENCODING');
    expect(await reason(Buffer.from('a,b\n1,\u0000\n'))).toBe('FILE_TYPE');
    expect(await reason('%PDF-1.4')).toBe('FILE_TYPE');
    expect(await reason('a,b\n', 'x.json')).toBe('FILE_TYPE');
    expect(await reason('a,b\n"unclosed\n')).toBe('CSV_QUOTE');
    expect(await reason('a,b\n1,2\n3,4\n', 'x.csv', 8)).toBe('FILE_TOO_LARGE');
  });

  it('reads the first sheet of a workbook, with Excel dates as wall-clock text', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('one');
    sheet.addRow(['code', 'at', 'day', 'n']);
    sheet.addRow(['00157', new Date('2024-03-15T08:30:00Z'), new Date('2024-03-15T00:00:00Z'), 3]);
    wb.addWorksheet('two').addRow(['ignored']);
    const { format, records } = await read(Buffer.from(await wb.xlsx.writeBuffer()), 'x.xlsx', 1 << 20, 1000);
    expect(format).toBe('XLSX');
    expect(records).toEqual([
      { line: 1, cells: ['code', 'at', 'day', 'n'] },
      { line: 2, cells: ['00157', '2024-03-15T08:30:00', '2024-03-15', '3'] },
    ]);
  });

  it('turns rich text, formulas and hyperlinks into their text', () => {
    expect(cellText({ richText: [{ text: 'Phường ' }, { text: '6' }] })).toBe('Phường 6');
    expect(cellText({ formula: 'A1+1', result: 7 } as ExcelJS.CellFormulaValue)).toBe('7');
    expect(cellText({ text: 'link', hyperlink: 'http://x' })).toBe('link');
    expect(cellText(null)).toBe('');
  });
});
