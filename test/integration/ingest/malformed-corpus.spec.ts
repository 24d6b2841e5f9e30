import fc from 'fast-check';
import { ImportKind } from '../../../server/src/modules/ingest/import-columns';
import type { IssueCode } from '../../../server/src/modules/ingest/import-issue';
import { ImportResult } from '../../../server/src/modules/ingest/import-run.entity';
import { DOSSIER_HEADER, openFixture, tableChecksums, UNITS, type IngestFixture } from './ingest-support';

/**
 * A generated corpus of malformed files: valid files with one bad cell, row or header, and files
 * that are not tables at all. Every one must be refused with its own reason (the expected rule,
 * on the expected line), and together they must leave every table byte for byte as it was.
 */
interface Case {
  label: string;
  content: string | Buffer;
  fileName?: string;
  kind?: ImportKind;
  maxBytes?: number;
  code: IssueCode;
  /** The line the reason names (undefined: any). */
  line?: number;
}

const A = UNITS.wardA;
const B = UNITS.wardB;
const pad = (n: number) => String(n).padStart(2, '0');
const dayOf = (offset: number) => new Date(Date.UTC(2024, 0, 2) + offset * 86_400_000).toISOString().slice(0, 10);

// ---- dossier files with one bad row ---------------------------------------------------------

const goodRow = fc.record({
  unit: fc.constantFrom(A, B),
  procedure: fc.constantFrom('1.001193', '1.004873', '2.000815', '1.004194'),
  channel: fc.constantFrom('truc_tiep', 'truc_tuyen', 'buu_chinh', 'Trực tuyến', 'online', ''),
  day: fc.integer({ min: 0, max: 300 }),
  hour: fc.integer({ min: 7, max: 20 }),
  dueAfter: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
  finishAfter: fc.option(fc.integer({ min: 0, max: 15 }), { nil: null }),
  supplements: fc.integer({ min: 0, max: 1 }),
});
type GoodRow = typeof goodRow extends fc.Arbitrary<infer T> ? T : never;

function cells(r: GoodRow, code: string): string[] {
  const received = `${dayOf(r.day)}T${pad(r.hour)}:15:00`;
  return [
    code,
    r.unit,
    r.procedure,
    r.channel,
    received,
    r.dueAfter === null ? '' : dayOf(r.day + r.dueAfter),
    r.finishAfter === null ? '' : `${dayOf(r.day + r.finishAfter)}T${pad(r.hour)}:45:00`,
    '',
    String(r.supplements),
  ];
}

const COL = { code: 0, unit: 1, procedure: 2, channel: 3, received: 4, due: 5, finished: 6, status: 7, supplements: 8 };
type Mutation = { name: string; apply: (row: string[], others: string[][]) => string[] | null; code: IssueCode };
const set = (column: keyof typeof COL, value: string | ((row: string[]) => string)) => (row: string[]) => {
  const copy = [...row];
  copy[COL[column]] = typeof value === 'function' ? value(row) : value;
  return copy;
};
const junk = fc.string({ unit: fc.constantFrom('a', 'z', '#', '?', ' ', 'đ', '9', '/'), minLength: 1, maxLength: 8 }).filter((s) => s.trim() !== '' && !/^\d+$/.test(s.trim()));

const mutations = (j: string, n: number): Mutation[] => [
  { name: 'empty code', apply: set('code', ''), code: 'REQUIRED' },
  { name: 'code too long', apply: set('code', 'C'.repeat(101)), code: 'TOO_LONG' },
  { name: 'empty unit', apply: set('unit', ''), code: 'REQUIRED' },
  { name: 'unknown unit', apply: set('unit', `ZZ-NOPE-${n}`), code: 'UNKNOWN_UNIT' },
  { name: 'unit gone on that day', apply: (r) => set('received', '2025-03-03T08:00:00')(set('unit', '09574')(set('due', '')(set('finished', '')(r)))), code: 'UNIT_NOT_ON_DAY' },
  { name: 'empty procedure', apply: set('procedure', ''), code: 'REQUIRED' },
  { name: 'unknown procedure', apply: set('procedure', `9.98${n}`), code: 'UNKNOWN_PROCEDURE' },
  { name: 'bad channel', apply: set('channel', `fax${j}`), code: 'BAD_CHOICE' },
  { name: 'empty received', apply: set('received', ''), code: 'REQUIRED' },
  { name: 'received not ISO', apply: set('received', `x${j}`), code: 'BAD_DATE_TIME' },
  { name: 'received dd/mm/yyyy', apply: set('received', (r) => r[COL.received].slice(0, 10).split('-').reverse().join('/')), code: 'BAD_DATE_TIME' },
  { name: 'received on 29 Feb 2023', apply: set('received', '2023-02-29T10:00:00'), code: 'DATE_NOT_EXIST' },
  { name: 'received on 31 Apr', apply: set('received', '2024-04-31T10:00:00'), code: 'DATE_NOT_EXIST' },
  { name: 'received at 25:00', apply: set('received', (r) => `${r[COL.received].slice(0, 10)}T25:00:00`), code: 'TIME_NOT_EXIST' },
  { name: 'received in the future', apply: set('received', '2099-01-05T08:00:00'), code: 'FUTURE' },
  { name: 'due not a date', apply: set('due', `d${j}`), code: 'BAD_DATE' },
  { name: 'due 30 Feb', apply: set('due', '2024-02-30'), code: 'DATE_NOT_EXIST' },
  { name: 'due before receipt', apply: set('due', (r) => dayOfShift(r[COL.received], -1 - (n % 5))), code: 'DUE_BEFORE_RECEIVED' },
  { name: 'finished before received', apply: set('finished', (r) => `${dayOfShift(r[COL.received], -(n % 3))}T06:00:00`), code: 'FINISHED_BEFORE_RECEIVED' },
  { name: 'finished not ISO', apply: set('finished', `f${j}`), code: 'BAD_DATE_TIME' },
  { name: 'finished on a day that does not exist', apply: set('finished', '2024-06-31T10:00:00'), code: 'DATE_NOT_EXIST' },
  { name: 'finished in the future', apply: set('finished', '2098-06-01T10:00:00'), code: 'FUTURE' },
  { name: 'bad status', apply: set('status', `s${j}`), code: 'BAD_CHOICE' },
  { name: 'terminal status, no end', apply: (r) => set('status', 'da_giai_quyet')(set('finished', '')(r)), code: 'STATUS_NEEDS_FINISH' },
  { name: 'open status with an end', apply: (r) => set('status', 'dang_xu_ly')(set('finished', `${r[COL.received].slice(0, 10)}T21:00:00`)(r)), code: 'STATUS_OPEN_BUT_FINISHED' },
  { name: 'negative supplements', apply: set('supplements', '-1'), code: 'BAD_INTEGER' },
  { name: 'fractional supplements', apply: set('supplements', '1.5'), code: 'BAD_INTEGER' },
  { name: 'too many supplements', apply: set('supplements', '40000'), code: 'BAD_INTEGER' },
  { name: 'text supplements', apply: set('supplements', `n${j}`), code: 'BAD_INTEGER' },
  { name: 'duplicate code', apply: (r, others) => (others.length ? set('unit', others[0][COL.unit])(set('code', others[0][COL.code])(r)) : null), code: 'DUPLICATE_IN_FILE' },
  { name: 'an extra value', apply: (r) => [...r, 'extra'], code: 'ROW_WIDTH' },
  { name: 'a value short', apply: (r) => r.slice(0, -1), code: 'ROW_WIDTH' },
];

function dayOfShift(instant: string, days: number): string {
  return new Date(Date.parse(`${instant.slice(0, 10)}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

function rowCases(seed: number, runs: number): Case[] {
  const scenario = fc.record({
    before: fc.array(goodRow, { maxLength: 4 }),
    bad: goodRow,
    after: fc.array(goodRow, { maxLength: 3 }),
    mutation: fc.nat(),
    junk,
    n: fc.nat({ max: 9999 }),
  });
  return fc.sample(scenario, { seed, numRuns: runs }).flatMap((s, i) => {
    const list = mutations(s.junk, s.n);
    const m = list[s.mutation % list.length];
    const before = s.before.map((r, k) => cells(r, `CB-${i}-${k}`));
    const bad = m.apply(cells(s.bad, `CX-${i}`), before);
    if (!bad) return [];
    const after = s.after.map((r, k) => cells(r, `CA-${i}-${k}`));
    const rows = [...before, bad, ...after];
    return [{ label: `row: ${m.name}`, content: `${DOSSIER_HEADER}\n${rows.map((r) => r.map(csvCell).join(',')).join('\n')}\n`, code: m.code, line: before.length + 2 }];
  });
}

// ---- files that are wrong as a whole --------------------------------------------------------

function fileCases(seed: number): Case[] {
  const good = `${DOSSIER_HEADER}\nF-1,${A},1.001193,truc_tiep,2024-03-04T08:00:00,,,,0\n`;
  const fixed: Case[] = [
    { label: 'empty', content: '', code: 'FILE_EMPTY' },
    { label: 'BOM only', content: '\uFEFF', code: 'FILE_EMPTY' },
    { label: 'blank lines', content: '\n\r\n  \n,,\n', code: 'FILE_EMPTY' },
    { label: 'header only', content: `${DOSSIER_HEADER}\n`, code: 'FILE_NO_ROWS' },
    { label: 'header and blank lines', content: `${DOSSIER_HEADER}\n\n,,,,,,,,\n`, code: 'FILE_NO_ROWS' },
    { label: 'PDF', content: Buffer.from('%PDF-1.4\n1 0 obj <<>>'), fileName: 'x.csv', code: 'FILE_TYPE' },
    { label: 'old .xls', content: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]), fileName: 'x.xls', code: 'FILE_TYPE' },
    { label: 'text named .xlsx', content: good, fileName: 'x.xlsx', code: 'FILE_TYPE' },
    { label: 'ZIP that is no workbook', content: Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 1)]), fileName: 'x.xlsx', code: 'FILE_TYPE' },
    { label: 'a .docx', content: Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(50, 2)]), fileName: 'x.docx', code: 'FILE_TYPE' },
    { label: 'not UTF-8', content: Buffer.concat([Buffer.from(good.slice(0, 120)), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('\n')]), code: 'FILE_ENCODING' },
    { label: 'quote never closed', content: `${DOSSIER_HEADER}\nF-2,${A},1.001193,"truc_tiep,2024-03-04T08:00:00,,,,0\n`, code: 'CSV_QUOTE', line: 2 },
    { label: 'over the limit', content: good.repeat(3), maxBytes: good.length, code: 'FILE_TOO_LARGE' },
    { label: 'duplicate column', content: `${DOSSIER_HEADER},dossier_code\nF-3,${A},1.001193,truc_tiep,2024-03-04T08:00:00,,,,0,F-3\n`, code: 'DUPLICATE_COLUMN', line: 1 },
  ];
  for (const ext of ['json', 'xml', 'html', 'pdf', 'docx', 'ods', 'png', 'zip']) fixed.push({ label: `.${ext} file`, content: '{"a": 1}\n', fileName: `data.${ext}`, code: 'FILE_TYPE' });
  const binary = fc.sample(fc.uint8Array({ minLength: 2, maxLength: 200 }).map((b) => Buffer.concat([Buffer.from(b), Buffer.from([0])])), { seed, numRuns: 25 });
  for (const [i, b] of binary.entries()) {
    // Bytes starting like a ZIP or an old Office file are refused for that (also FILE_TYPE).
    fixed.push({ label: `binary ${i}`, content: b, fileName: `blob${i}.csv`, code: 'FILE_TYPE' });
  }
  const words = fc.sample(fc.array(fc.constantFrom('name', 'email', 'total', 'x', 'ghi_chu', 'so_tien', 'ngay', 'id'), { minLength: 1, maxLength: 6 }), { seed: seed + 1, numRuns: 25 });
  for (const [i, w] of words.entries()) fixed.push({ label: `unknown header ${i}`, content: `${w.join(',')}\n${w.map(() => '1').join(',')}\n`, code: 'KIND_UNKNOWN', line: 1 });
  const required = ['ma_ho_so', 'ma_don_vi', 'ma_thu_tuc', 'ngay_tiep_nhan'];
  const subsets = fc.sample(fc.subarray(DOSSIER_HEADER.split(','), { minLength: 1 }).filter((s) => required.some((r) => !s.includes(r))), { seed: seed + 2, numRuns: 30 });
  for (const [i, columns] of subsets.entries()) {
    fixed.push({ label: `missing column ${i}`, content: `${columns.join(',')}\n${columns.map(() => 'x').join(',')}\n`, kind: ImportKind.DOSSIERS, code: 'MISSING_COLUMN', line: 1 });
  }
  return fixed;
}

// ---- the other kinds ------------------------------------------------------------------------

function otherKindCases(seed: number): Case[] {
  const out: Case[] = [];
  const n = fc.sample(fc.nat({ max: 50 }), { seed, numRuns: 15 });
  const ratings = 'ma_don_vi,thoi_diem_danh_gia,muc_do_hai_long,kenh,ma_danh_gia';
  const meetings = 'ma_cuoc_hop,loai_cuoc_hop,ma_don_vi,ngay_hop,chu_tri,so_nguoi_du,noi_dung_y_kien,tra_loi_tai_cho';
  const figures = 'ma_so_lieu,chi_tieu,ma_don_vi,ma_chien_dich,tu_ngay,den_ngay,quy_uoc_ky,gia_tri,tai_lieu_nguon';
  for (const k of n) {
    const ok = `${A},2024-03-0${(k % 9) + 1}T09:00:00,hai_long,truc_tiep,R${k}`;
    out.push(
      { label: 'rating: bad level', content: `${ratings}\n${ok}\n${A},2024-03-04T09:00:00,tuyet_voi${k},,\n`, code: 'BAD_CHOICE', line: 3 },
      { label: 'rating: bad time', content: `${ratings}\n${ok}\n${A},2024-03-0${k % 10}x,hai_long,,\n`, code: 'BAD_DATE_TIME', line: 3 },
      { label: 'rating: unknown unit', content: `${ratings}\nZZ-NOPE-${k},2024-03-04T09:00:00,hai_long,,\n`, code: 'UNKNOWN_UNIT', line: 2 },
      { label: 'rating: id twice', content: `${ratings}\n${ok}\n${ok}\n`, code: 'DUPLICATE_IN_FILE', line: 3 },
      { label: 'rating: bad channel', content: `${ratings}\n${A},2024-03-04T09:00:00,hai_long,fax${k},\n`, code: 'BAD_CHOICE', line: 2 },
      { label: 'meeting: bad kind', content: `${meetings}\nZM-${k},hop_to${k},${A},2024-06-02,,,,\n`, code: 'BAD_CHOICE', line: 2 },
      { label: 'meeting: columns disagree', content: `${meetings}\nZM-${k},doi_thoai_nguoi_dan,${A},2024-06-02,,${k},a,co\nZM-${k},doi_thoai_nguoi_dan,${A},2024-06-02,,${k + 1},b,co\n`, code: 'MEETING_CONFLICT', line: 3 },
      { label: 'meeting: bad date', content: `${meetings}\nZM-${k},doi_thoai_nguoi_dan,${A},2024-02-3${k % 2},,,,\n`, code: 'DATE_NOT_EXIST', line: 2 },
      { label: 'meeting: bad yes/no', content: `${meetings}\nZM-${k},doi_thoai_nguoi_dan,${A},2024-06-02,,,x,maybe${k}\n`, code: 'BAD_BOOLEAN', line: 2 },
      { label: 'meeting: negative attendees', content: `${meetings}\nZM-${k},doi_thoai_nguoi_dan,${A},2024-06-02,,-${k + 1},,\n`, code: 'BAD_INTEGER', line: 2 },
      { label: 'figure: id twice', content: `${figures}\nZF-${k},resolved,${A},,2024-01-01,2024-01-31,theo_lich,${k},Báo cáo\nZF-${k},resolved,${A},,2024-02-01,2024-02-29,theo_lich,1,Báo cáo\n`, code: 'DUPLICATE_IN_FILE', line: 3 },
      { label: 'figure: thousands separator', content: `${figures}\nZF-${k},resolved,${A},,2024-01-01,2024-01-31,theo_lich,${k + 1}.730,Báo cáo\n`, code: 'AMBIGUOUS_NUMBER', line: 2 },
      { label: 'figure: unknown campaign', content: `${figures}\nZF-${k},resolved,${A},NO-CAMPAIGN-${k},2024-01-01,2024-01-31,theo_lich,1,Báo cáo\n`, code: 'UNKNOWN_CAMPAIGN', line: 2 },
      { label: 'figure: half a period', content: `${figures}\nZF-${k},resolved,${A},,2024-01-01,,theo_lich,1,Báo cáo\n`, code: 'PERIOD_HALF', line: 2 },
      { label: 'figure: period reversed', content: `${figures}\nZF-${k},resolved,${A},,2024-02-01,2024-01-0${(k % 9) + 1},ky_bao_cao,1,Báo cáo\n`, code: 'PERIOD_REVERSED', line: 2 },
    );
  }
  return out;
}

let fx: IngestFixture;
beforeAll(async () => {
  fx = await openFixture();
});
afterAll(() => fx.close());

it('refuses each of 500+ malformed files with its own reason and leaves every table byte for byte unchanged', async () => {
  const corpus = [...rowCases(20211101, 330), ...fileCases(7), ...otherKindCases(11)];
  expect(corpus.length).toBeGreaterThanOrEqual(500);
  const before = await tableChecksums(fx.client);
  const wrong: string[] = [];
  for (const [i, c] of corpus.entries()) {
    const outcome = await fx.importText(c.fileName ?? `case-${i}.csv`, c.content, { kind: c.kind ?? null, maxBytes: c.maxBytes ?? 10 * 1024 * 1024 });
    const reasons = outcome.errors.filter((e) => e.code === c.code && (c.line === undefined || e.line === c.line));
    const bilingual = outcome.errors.every((e) => e.messageVi.length > 10 && e.messageEn.length > 10);
    if (outcome.result !== ImportResult.REJECTED || reasons.length === 0 || !bilingual || outcome.errorCount < 1) {
      wrong.push(`#${i} ${c.label}: ${outcome.result}, expected ${c.code}${c.line ? ` on line ${c.line}` : ''}, got ${outcome.errors.map((e) => `${e.code}@${e.line}`).join(' ')}`);
    }
  }
  expect(wrong).toEqual([]);
  expect(await tableChecksums(fx.client)).toEqual(before);
  // Every attempt is recorded as refused, with its first reason.
  const { rows } = await fx.client.query<{ n: number }>(
    `select count(*)::int as n from import_run where id > $1 and result = 'REJECTED' and message is not null and error_count > 0`,
    [fx.firstRun],
  );
  expect(rows[0].n).toBe(corpus.length);
}, 30 * 60_000);
