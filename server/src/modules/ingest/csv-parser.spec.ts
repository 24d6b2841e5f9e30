import fc from 'fast-check';
import { stringify } from 'csv-stringify/sync';
import { CsvParser, CsvQuoteError, detectDelimiter, type CsvRecord } from './csv-parser';

function parseAll(text: string, delimiter: ',' | ';' = ',', cuts: number[] = []): CsvRecord[] {
  const parser = new CsvParser(delimiter);
  const out: CsvRecord[] = [];
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    out.push(...parser.push(text.slice(from, cut)));
    from = Math.max(from, cut);
  }
  out.push(...parser.push(text.slice(from)));
  out.push(...parser.end());
  return out;
}

describe('CSV parser', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks, numbering records by their first line', () => {
    const text = 'a,b,c\n"x, y","say ""hi""","two\nlines"\nlast,,\n';
    expect(parseAll(text)).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['x, y', 'say "hi"', 'two\nlines'] },
      { line: 4, cells: ['last', '', ''] },
    ]);
  });

  it('reads semicolons, CRLF and a last line without a line break', () => {
    expect(parseAll('a;b\r\n1;"2;3"\r\n4;5', ';')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', '2;3'] },
      { line: 3, cells: ['4', '5'] },
    ]);
  });

  it('keeps an empty line as a record of one empty cell (the reader skips it)', () => {
    expect(parseAll('a\n\nb\n')).toEqual([
      { line: 1, cells: ['a'] },
      { line: 2, cells: [''] },
      { line: 3, cells: ['b'] },
    ]);
  });

  it('fails on a quote never closed, naming the line it opened on', () => {
    expect(() => parseAll('a,b\n1,"oops\n2,3\n')).toThrow(CsvQuoteError);
    try {
      parseAll('a,b\n1,"oops\n2,3\n');
    } catch (error) {
      expect((error as CsvQuoteError).line).toBe(2);
    }
  });

  it('keeps stray quotes inside unquoted fields as text', () => {
    expect(parseAll('5" disk,"a"b\n')).toEqual([{ line: 1, cells: ['5" disk', 'ab'] }]);
  });

  it('gives the same records however the text is cut into chunks (property, against csv-stringify)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'Đ', ',', ';', '"', '\n', '\r\n', ' ', '1') , maxLength: 8 });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom(',', ';'),
        fc.array(fc.nat(), { maxLength: 6 }),
        (rows, delimiter: ',' | ';', cutSeeds) => {
          const text = stringify(rows, { delimiter, record_delimiter: 'windows', quoted_match: /[\r\n]/ });
          const cuts = cutSeeds.map((c) => c % (text.length + 1));
          expect(parseAll(text, delimiter, cuts).map((r) => r.cells)).toEqual(rows);
        },
      ),
    );
  });

  it('detects the delimiter from the header line', () => {
    expect(detectDelimiter('ma_ho_so;ma_don_vi;kenh\n1,2;3')).toBe(';');
    expect(detectDelimiter('ma_ho_so,ma_don_vi,"a;b"\n')).toBe(',');
    expect(detectDelimiter('single')).toBe(',');
  });
});
