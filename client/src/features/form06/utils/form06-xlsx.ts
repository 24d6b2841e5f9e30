import { COUNT_COLUMNS, HEADER_ROWS, type Form06Sheet, type HeaderCell } from './form06-layout';

type ExcelModule = typeof import('exceljs');

/**
 * Form 06 as an XLSX workbook in the official layout (merged headings, A4 landscape). exceljs is loaded
 * here, on demand, so it never weighs on the page's first load.
 */
export async function form06Xlsx(sheet: Form06Sheet, headingText: (cell: HeaderCell) => string): Promise<ArrayBuffer> {
  const loaded = (await import('exceljs')) as ExcelModule & { default?: ExcelModule };
  const ExcelJS = loaded.default ?? loaded;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'TTHC dashboard';
  const ws = workbook.addWorksheet('Bieu 06', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = [{ width: 6 }, { width: 42 }, ...COUNT_COLUMNS.map(() => ({ width: 13 }))];
  const thin = { style: 'thin' as const };
  const border = { top: thin, left: thin, bottom: thin, right: thin };

  sheet.titleLines.forEach((line, i) => {
    const row = ws.addRow([line]);
    ws.mergeCells(row.number, 1, row.number, 13);
    row.getCell(1).font = { bold: i === 1, italic: i === 4, size: i === 1 ? 13 : 11 };
    row.getCell(1).alignment = { horizontal: i === 0 ? 'right' : i === 4 ? 'right' : 'center', wrapText: true };
  });
  ws.addRow([]);

  // Heading rows: place each cell in the first free column of its row, then merge its span.
  const first = ws.rowCount + 1;
  const taken = new Set<string>();
  HEADER_ROWS.forEach((cells, r) => {
    let col = 1;
    for (const cell of cells) {
      while (taken.has(`${r}:${col}`)) col++;
      const target = ws.getCell(first + r, col);
      target.value = headingText(cell);
      for (let dr = 0; dr < cell.rowSpan; dr++) for (let dc = 0; dc < cell.colSpan; dc++) taken.add(`${r + dr}:${col + dc}`);
      if (cell.rowSpan > 1 || cell.colSpan > 1) ws.mergeCells(first + r, col, first + r + cell.rowSpan - 1, col + cell.colSpan - 1);
      col += cell.colSpan;
    }
  });
  const numbers = ws.getRow(first + HEADER_ROWS.length);
  numbers.values = sheet.numbers;
  for (let r = first; r <= first + HEADER_ROWS.length; r++) {
    const row = ws.getRow(r);
    row.height = r === first + HEADER_ROWS.length ? 16 : 42;
    for (let c = 1; c <= 13; c++) {
      const cell = row.getCell(c);
      cell.font = { bold: r < first + HEADER_ROWS.length, italic: r === first + HEADER_ROWS.length, size: 10 };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.border = border;
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFF3F7' } };
    }
  }

  sheet.rows.forEach((values, i) => {
    const row = ws.addRow(values);
    const isTotal = i === sheet.rows.length - 1;
    for (let c = 1; c <= 13; c++) {
      const cell = row.getCell(c);
      cell.border = border;
      cell.font = { bold: isTotal, size: 10 };
      if (c >= 3) cell.numFmt = '#,##0';
      if (c === 1) cell.alignment = { horizontal: 'center' };
      if (c === 2) cell.alignment = { wrapText: true };
    }
  });
  ws.views = [{ state: 'frozen', xSplit: 2, ySplit: first + HEADER_ROWS.length }];
  return workbook.xlsx.writeBuffer() as Promise<ArrayBuffer>;
}
