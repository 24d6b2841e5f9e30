import { createHash } from 'node:crypto';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import ExcelJS from 'exceljs';
import { CsvParser, CsvQuoteError, detectDelimiter, type CsvRecord } from './csv-parser';
import { issue, type ImportIssue } from './import-issue';

export type FileFormat = 'CSV' | 'XLSX';

/** The file as a whole cannot be imported (empty, too large, not CSV or XLSX, not UTF-8…). */
export class FileRejected extends Error {
  constructor(readonly issue: ImportIssue) {
    super(issue.messageEn);
    this.name = 'FileRejected';
  }
}

export interface TableRecord {
  line: number;
  cells: string[];
}

/** A table read as a stream: rows with their line numbers, empty rows left out, header first. */
export interface TableSource {
  format: FileFormat;
  /** Records in batches (one per chunk read): a promise per batch, not per row. */
  records: AsyncGenerator<TableRecord[]>;
  /** Bytes read so far (for progress). */
  bytesRead(): number;
  /** SHA-256 of the whole file, once it has been read to the end. */
  sha256(): string | null;
}

export interface OpenOptions {
  fileName: string;
  maxBytes: number;
  /** Set by an upload cut short at the size limit. */
  truncated?: () => boolean;
}

const NOT_TABLES = /\.(json|xml|html?|pdf|docx?|xls|xlsb|ods|odt|pptx?|zip|rar|7z|gz|png|jpe?g|gif|exe)$/i;

const sizeText = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) ? 1 : 0)} MB` : `${bytes} bytes`);

/**
 * Counts and hashes the bytes that go through, and stops at the size limit: a stream, so a 200 MB
 * file is never held whole in memory.
 */
class Meter extends Transform {
  bytes = 0;
  private readonly hash = createHash('sha256');
  digest: string | null = null;

  constructor(private readonly maxBytes: number) {
    super();
  }

  _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.maxBytes) {
      callback(new FileRejected(issue('FILE_TOO_LARGE', {}, { limit: sizeText(this.maxBytes) })));
      return;
    }
    this.hash.update(chunk);
    callback(null, chunk);
  }

  _flush(callback: TransformCallback): void {
    this.digest = this.hash.digest('hex');
    callback();
  }
}

/** Opens a CSV or XLSX file from a stream: sniffs the format from its first bytes, then reads it lazily. */
export async function openTable(input: Readable, options: OpenOptions): Promise<TableSource> {
  const meter = new Meter(options.maxBytes);
  input.on('error', (error) => meter.destroy(error));
  input.pipe(meter);
  const chunks = meter[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const first = await nextChunk(chunks);
  if (!first || first.length === 0) {
    throw new FileRejected(options.truncated?.() ? issue('FILE_TOO_LARGE', {}, { limit: sizeText(options.maxBytes) }) : issue('FILE_EMPTY'));
  }
  const rejectType = (detail: string, detailVi: string) => new FileRejected(issue('FILE_TYPE', {}, { name: options.fileName, detail, detailVi }));
  const whole = async function* () {
    yield first;
    for (let next = await nextChunk(chunks); next; next = await nextChunk(chunks)) yield next;
    if (options.truncated?.()) throw new FileRejected(issue('FILE_TOO_LARGE', {}, { limit: sizeText(options.maxBytes) }));
  };
  const base = { bytesRead: () => meter.bytes, sha256: () => meter.digest };
  // Whatever a reader makes of a stream cut at the size limit, the reason is the size.
  const tooLarge = () => meter.bytes > options.maxBytes || options.truncated?.() === true;
  const guard = async function* (records: AsyncGenerator<TableRecord[]>): AsyncGenerator<TableRecord[]> {
    try {
      yield* records;
    } catch (error) {
      if (tooLarge()) throw new FileRejected(issue('FILE_TOO_LARGE', {}, { limit: sizeText(options.maxBytes) }));
      throw error;
    }
  };

  if (first[0] === 0x50 && first[1] === 0x4b && first[2] === 0x03 && first[3] === 0x04) {
    if (!/\.(xlsx|xlsm)$/i.test(options.fileName) && /\.(docx|pptx|odt|ods|zip)$/i.test(options.fileName)) {
      throw rejectType('a ZIP archive that is not an Excel workbook', 'tệp nén ZIP, không phải bảng tính Excel');
    }
    return { format: 'XLSX', records: guard(xlsxRecords(Readable.from(whole()), rejectType)), ...base };
  }
  if (first.subarray(0, 4).toString('latin1') === '%PDF') throw rejectType('a PDF document', 'tài liệu PDF');
  if (first[0] === 0xd0 && first[1] === 0xcf && first[2] === 0x11 && first[3] === 0xe0) {
    throw rejectType('an old Excel 97–2003 .xls or Word file', 'tệp Excel 97–2003 .xls hoặc Word cũ');
  }
  if (first.includes(0)) throw rejectType('binary content', 'nội dung nhị phân');
  if (/\.xlsx$/i.test(options.fileName)) throw rejectType('named .xlsx but not an Excel workbook', 'đuôi .xlsx nhưng không phải bảng tính Excel');
  if (NOT_TABLES.test(options.fileName)) throw rejectType(`a ${options.fileName.split('.').pop()!.toLowerCase()} file`, `tệp ${options.fileName.split('.').pop()!.toLowerCase()}`);
  return { format: 'CSV', records: guard(csvRecords(whole(), options.fileName)), ...base };
}

async function nextChunk(chunks: AsyncIterator<Buffer>): Promise<Buffer | null> {
  const { value, done } = await chunks.next();
  return done ? null : value;
}

function isBlank(cells: string[]): boolean {
  for (const c of cells) if (c.length > 0 && c.trim() !== '') return false;
  return true;
}

function withoutBlank(records: CsvRecord[]): TableRecord[] {
  let blank = false;
  for (const r of records) if (isBlank(r.cells)) blank = true;
  return blank ? records.filter((r) => !isBlank(r.cells)) : records;
}

async function* csvRecords(bytes: AsyncGenerator<Buffer>, fileName: string): AsyncGenerator<TableRecord[]> {
  // fatal: a Windows-1258 export is refused rather than read as mojibake; the BOM is dropped.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let parser: CsvParser | null = null;
  try {
    for await (const chunk of bytes) {
      // PostgreSQL text cannot hold NUL: a file with one is binary, whatever its name.
      if (chunk.includes(0)) throw new FileRejected(issue('FILE_TYPE', {}, { name: fileName, detail: 'binary content', detailVi: 'nội dung nhị phân' }));
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        throw new FileRejected(issue('FILE_ENCODING'));
      }
      parser ??= new CsvParser(detectDelimiter(text));
      yield withoutBlank(parser.push(text));
    }
    let rest = '';
    try {
      rest = decoder.decode();
    } catch {
      throw new FileRejected(issue('FILE_ENCODING'));
    }
    if (parser) yield withoutBlank([...parser.push(rest), ...parser.end()]);
  } catch (error) {
    if (error instanceof CsvQuoteError) throw new FileRejected(issue('CSV_QUOTE', { line: error.line }));
    throw error;
  }
}

/**
 * The first sheet's rows. The workbook is read whole (at most IMPORT_MAX_BYTES, zipped): exceljs's
 * streaming reader (unzipper) now and then lost the last ZIP entry — xl/workbook.xml in exceljs's own
 * files — and refused a valid workbook (4 in 300 reads of the same bytes). CSV stays streamed.
 */
async function* xlsxRecords(stream: Readable, rejectType: (detail: string, detailVi: string) => FileRejected): AsyncGenerator<TableRecord[]> {
  const parts: Buffer[] = [];
  try {
    for await (const part of stream) parts.push(part as Buffer);
  } finally {
    stream.destroy();
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.concat(parts) as unknown as ArrayBuffer);
  } catch (error) {
    if (error instanceof FileRejected) throw error;
    throw rejectType('a ZIP archive that is not a readable Excel workbook', 'tệp nén không đọc được như bảng tính Excel');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw rejectType('a ZIP archive without a worksheet', 'tệp nén không có trang tính nào');
  let batch: TableRecord[] = [];
  for (let number = 1; number <= sheet.rowCount; number++) {
    const values = sheet.getRow(number).values as ExcelJS.CellValue[];
    const cells: string[] = [];
    for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
    if (!isBlank(cells)) batch.push({ line: number, cells });
    if (batch.length >= 1000) {
      yield batch;
      batch = [];
    }
  }
  yield batch;
}

/**
 * A cell as text. Excel dates carry no zone: their wall-clock time is written out without an
 * offset, which the importer reads as local time.
 */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const rounded = new Date(Math.round(value.getTime() / 1000) * 1000).toISOString();
    return rounded.endsWith('T00:00:00.000Z') ? rounded.slice(0, 10) : rounded.slice(0, 19);
  }
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('formula' in value || 'sharedFormula' in value) return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return String(value.error);
    return '';
  }
  return String(value);
}
