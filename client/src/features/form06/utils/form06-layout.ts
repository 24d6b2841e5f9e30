/**
 * The official layout of Form 06 (Biểu số 06/VPCP/KSTT, Circular 01/2020/TT-VPCP): two fixed columns,
 * then columns 3–13 under their group headings. The screen, the CSV and the XLSX all read this one
 * description. Leaf headings are the catalogue's names of the metrics for those columns.
 */
export const COUNT_COLUMNS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13] as const;

export type HeaderMessage =
  | 'form06.rowNumber'
  | 'form06.field'
  | 'form06.groupReceived'
  | 'form06.ofWhich'
  | 'form06.groupResults'
  | 'form06.groupResolved'
  | 'form06.groupPending';

export interface HeaderCell {
  /** Text key (a group heading or a fixed column), or a Form 06 column whose heading is the metric's name. */
  label: { message: HeaderMessage } | { column: number };
  colSpan: number;
  rowSpan: number;
}

/** Three heading rows, as on the printed form; a fourth row numbers the columns (1)…(13). */
export const HEADER_ROWS: HeaderCell[][] = [
  [
    { label: { message: 'form06.rowNumber' }, colSpan: 1, rowSpan: 3 },
    { label: { message: 'form06.field' }, colSpan: 1, rowSpan: 3 },
    { label: { message: 'form06.groupReceived' }, colSpan: 4, rowSpan: 1 },
    { label: { message: 'form06.groupResults' }, colSpan: 7, rowSpan: 1 },
  ],
  [
    { label: { column: 3 }, colSpan: 1, rowSpan: 2 },
    { label: { message: 'form06.ofWhich' }, colSpan: 3, rowSpan: 1 },
    { label: { message: 'form06.groupResolved' }, colSpan: 4, rowSpan: 1 },
    { label: { message: 'form06.groupPending' }, colSpan: 3, rowSpan: 1 },
  ],
  [4, 5, 6, 7, 8, 9, 10, 11, 12, 13].map((column) => ({ label: { column }, colSpan: 1, rowSpan: 1 })),
];

export interface Form06Data {
  rows: { rowNumber?: number | null; field?: { name: string; nameEn?: string | null } | null; columns: number[] }[];
  total: { columns: number[] };
}

export interface Form06Texts {
  formNumber: string;
  heading: string;
  period: string;
  reportingUnit: string;
  measure: string;
  total: string;
  /** Heading of a fixed column or a group, by message key. */
  message: (key: HeaderMessage) => string;
  /** Heading of a count column (3–13). */
  column: (column: number) => string;
  english: boolean;
}

export interface Form06Sheet {
  titleLines: string[];
  /** One flat heading per column: "(8) Giải quyết trước hạn". */
  header: string[];
  numbers: string[];
  rows: (string | number)[][];
}

/** The form as lines of cells: title lines, flat headings, the (1)…(13) row, field rows and the total. */
export function form06Sheet(data: Form06Data, texts: Form06Texts): Form06Sheet {
  return {
    titleLines: [texts.formNumber, texts.heading, texts.period, texts.reportingUnit, texts.measure],
    header: [texts.message('form06.rowNumber'), texts.message('form06.field'), ...COUNT_COLUMNS.map((c) => `(${c}) ${texts.column(c)}`)],
    numbers: Array.from({ length: 13 }, (_, i) => `(${i + 1})`),
    rows: [
      ...data.rows.map((r) => [r.rowNumber ?? '', (texts.english && r.field?.nameEn) || r.field?.name || '', ...r.columns]),
      ['', texts.total, ...data.total.columns],
    ],
  };
}
