import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { ImportResult } from '../../../server/src/modules/ingest/import-run.entity';
import { dossierCsv, ImportKind, openFixture, removeSamples, rollupsMatch, tableChecksums, UNITS, type IngestFixture } from './ingest-support';

const SAMPLES = join(__dirname, '..', '..', '..', 'seeds', 'samples');
const A = UNITS.wardA;

let fx: IngestFixture;
beforeAll(async () => {
  fx = await openFixture();
});
afterAll(() => fx.close());

const messages = (o: { errors: { messageEn: string }[] }) => o.errors.map((e) => e.messageEn);
const count = async (sql: string, params: unknown[] = []) => Number((await fx.client.query<{ n: string }>(sql, params)).rows[0].n);
const dossiersOf = (unitId: number) => count('select count(*) as n from dossier where unit_id = $1', [unitId]);

describe('a valid dossier file', () => {
  const file = dossierCsv([
    ['R-1', A, '1.001193', 'truc_tiep', '2024-03-04T08:00:00', '2024-03-04', '2024-03-04T10:00:00', '', '0'],
    ['R-2', A, '1.004873', 'truc_tuyen', '2024-03-04T21:00:00', '2024-03-07', '2024-03-06T23:30:00', '', '0'],
    ['R-3', A, '1.004194', 'buu_chinh', '2024-03-05T09:00:00', '', '', 'dang_xu_ly', '0'],
    ['R-4', A, '1.004873', 'truc_tuyen', '2024-03-05T10:00:00', '2024-03-08', '2024-03-08T09:00:00', '', '2'],
  ]);

  it('is written in one transaction with its rollups, each dossier classified by local day', async () => {
    const outcome = await fx.importText('march.csv', file);
    expect(outcome).toMatchObject({ result: ImportResult.SUCCEEDED, kind: ImportKind.DOSSIERS, rows: 4, counts: { inserted: 4, updated: 0, unchanged: 0 } });
    const { rows } = await fx.client.query(
      `select code, channel, to_char(due_date, 'YYYY-MM-DD') as due, due_date_computed as computed, status, timeliness
         from dossier where unit_id = $1 order by code`,
      [fx.unitIds.wardA],
    );
    expect(rows).toEqual([
      { code: 'R-1', channel: 'DIRECT', due: '2024-03-04', computed: false, status: 'FINISHED', timeliness: 'ON_TIME' },
      { code: 'R-2', channel: 'ONLINE', due: '2024-03-07', computed: false, status: 'FINISHED', timeliness: 'EARLY' },
      { code: 'R-3', channel: 'POSTAL', due: '2024-03-08', computed: true, status: 'IN_PROGRESS', timeliness: null },
      { code: 'R-4', channel: 'ONLINE', due: '2024-03-08', computed: false, status: 'FINISHED', timeliness: 'OVERDUE' },
    ]);
    expect(await rollupsMatch(fx.client, [fx.unitIds.wardA])).toBe(true);
  });

  it('imported again changes nothing: every table has the same checksum', async () => {
    const before = await tableChecksums(fx.client);
    const outcome = await fx.importText('march.csv', file);
    expect(outcome).toMatchObject({ result: ImportResult.SUCCEEDED, counts: { inserted: 0, updated: 0, unchanged: 4 } });
    expect(await tableChecksums(fx.client)).toEqual(before);
  });

  it('exported later with a dossier now finished updates it and moves its counts from pending to resolved', async () => {
    const day = (d: string) => fx.client.query(`select coalesce(sum(received), 0)::int as received, coalesce(sum(resolved_early + resolved_on_time + resolved_overdue), 0)::int as resolved,
      coalesce(sum(late_due), 0)::int as late_due from kpi_dossier_day where unit_id = $1 and day = $2`, [fx.unitIds.wardA, d]);
    expect((await day('2024-03-12')).rows[0]).toEqual({ received: 0, resolved: 0, late_due: 0 });
    const later = file.replace('R-3,ZZ-ING-01,1.004194,buu_chinh,2024-03-05T09:00:00,,,dang_xu_ly,0', 'R-3,ZZ-ING-01,1.004194,buu_chinh,2024-03-05T09:00:00,,2024-03-12T15:00:00,da_tra_ket_qua,0');
    const outcome = await fx.importText('march-later.csv', later);
    expect(outcome.counts).toEqual({ inserted: 0, updated: 1, unchanged: 3, deleted: 0 });
    expect((await fx.client.query(`select status, timeliness from dossier where unit_id = $1 and code = 'R-3'`, [fx.unitIds.wardA])).rows[0]).toEqual({ status: 'RETURNED', timeliness: 'OVERDUE' });
    // Resolved on the 12th, overdue (due the 8th): its late event moves from "still open" to "ended late".
    expect((await day('2024-03-12')).rows[0]).toEqual({ received: 0, resolved: 1, late_due: 0 });
    expect(await rollupsMatch(fx.client, [fx.unitIds.wardA])).toBe(true);
  });

  it('is recorded: who, when, file name, rows and result', async () => {
    const { rows } = await fx.client.query(
      `select actor, via, file_name, kind, format, rows, inserted, updated, unchanged, result, started_at <= finished_at as ordered, sha256 is not null as hashed
         from import_run where file_name like 'march%' and id > $1 order by id`,
      [fx.firstRun],
    );
    expect(rows).toEqual([
      { actor: 'cli:test', via: 'CLI', file_name: 'march.csv', kind: 'DOSSIERS', format: 'CSV', rows: 4, inserted: 4, updated: 0, unchanged: 0, result: 'SUCCEEDED', ordered: true, hashed: true },
      { actor: 'cli:test', via: 'CLI', file_name: 'march.csv', kind: 'DOSSIERS', format: 'CSV', rows: 4, inserted: 0, updated: 0, unchanged: 4, result: 'SUCCEEDED', ordered: true, hashed: true },
      { actor: 'cli:test', via: 'CLI', file_name: 'march-later.csv', kind: 'DOSSIERS', format: 'CSV', rows: 4, inserted: 0, updated: 1, unchanged: 3, result: 'SUCCEEDED', ordered: true, hashed: true },
    ]);
  });
});

describe('a file with one bad row', () => {
  const good = ['G-1', A, '1.001193', 'truc_tiep', '2024-04-01T08:00:00', '', '', '', '0'];

  async function refused(rows: string[][], name = 'bad.csv') {
    const before = await dossiersOf(fx.unitIds.wardA);
    const outcome = await fx.importText(name, dossierCsv([good, ...rows]));
    expect(outcome.result).toBe(ImportResult.REJECTED);
    expect(await dossiersOf(fx.unitIds.wardA)).toBe(before); // not even the good row
    return outcome;
  }

  it('a dossier finished before it was received: nothing is written, the report names line, column and value', async () => {
    const outcome = await refused([['B-1', A, '1.001193', 'truc_tiep', '2024-04-02T08:00:00', '', '2024-04-01T17:00:00', '', '0']]);
    expect(outcome.errors).toEqual([
      expect.objectContaining({
        line: 3,
        column: 'ngay_ket_thuc',
        value: '2024-04-01T17:00:00',
        code: 'FINISHED_BEFORE_RECEIVED',
        messageEn: 'Line 3, column ngay_ket_thuc, value "2024-04-01T17:00:00": the dossier is finished before it was received (2024-04-02 08:00 (UTC+7))',
        messageVi: 'Dòng 3, cột ngay_ket_thuc, giá trị "2024-04-01T17:00:00": hồ sơ kết thúc trước khi được tiếp nhận (2024-04-02 08:00 (UTC+7))',
      }),
    ]);
  });

  it('a date that does not exist', async () => {
    const outcome = await refused([['B-2', A, '1.001193', 'truc_tiep', '2023-02-29T08:00:00', '', '', '', '0']]);
    expect(messages(outcome)).toEqual(['Line 3, column ngay_tiep_nhan, value "2023-02-29T08:00:00": this date does not exist']);
  });

  it('an unknown unit, and a reused code on a day no unit had it', async () => {
    expect(messages(await refused([['B-3', 'ZZ-NOPE', '1.001193', 'truc_tiep', '2024-04-02T08:00:00', '', '', '', '0']]))).toEqual([
      'Line 3, column ma_don_vi, value "ZZ-NOPE": no administrative unit has this code',
    ]);
    const gone = await fx.importText('gone.csv', dossierCsv([['B-4', UNITS.reused, '1.001193', 'truc_tiep', '2025-07-02T08:00:00', '', '', '', '0']]));
    expect(gone.result).toBe(ImportResult.SUCCEEDED); // the successor that carries the code from 2025-07-01
    expect(await count(`select count(*) as n from dossier where unit_id = $1 and code = 'B-4'`, [fx.unitIds.reusedAfter])).toBe(1);
  });

  it('a dossier code twice for the same unit inside the file', async () => {
    const outcome = await refused([good]);
    expect(outcome.errors).toEqual([
      expect.objectContaining({ line: 3, column: 'ma_ho_so', value: 'G-1', messageEn: 'Line 3, column ma_ho_so, value "G-1": duplicates line 2 of the same file (same dossier code at the same unit)' }),
    ]);
  });

  it('an unknown procedure without its name and field; with them it is created once', async () => {
    const outcome = await refused([['B-5', A, '9.990001', 'truc_tiep', '2024-04-02T08:00:00', '', '', '', '0']]);
    expect(messages(outcome)[0]).toContain('procedure code not in the catalogue; to create it the row needs ten_thu_tuc (procedure_name) and linh_vuc (field)');
    const header = 'ma_ho_so,ma_don_vi,ma_thu_tuc,ten_thu_tuc,linh_vuc,so_ngay_giai_quyet,ngay_tiep_nhan';
    const created = await fx.importText('new-procedure.csv', `${header}\nN-1,${A},9.990001,Thủ tục thử,Hộ tịch,4,2024-04-02T08:00:00\nN-2,${A},9.990001,Thủ tục thử,HO_TICH,,2024-04-03T08:00:00\n`);
    expect(created.result).toBe(ImportResult.SUCCEEDED);
    expect((await fx.client.query(`select name, working_days, source from procedure where code = '9.990001'`)).rows).toEqual([{ name: 'Thủ tục thử', working_days: 4, source: 'import' }]);
  });

  it('lists every bad row, not just the first', async () => {
    const outcome = await refused([
      ['B-6', A, '1.001193', 'fax', '2024-04-02T08:00:00', '', '', '', '0'],
      ['B-7', A, '1.001193', 'truc_tiep', '2024-04-02T08:00:00', '2024-13-01', '', '', '-1'],
    ]);
    expect(outcome.errors.map((e) => [e.line, e.column])).toEqual([[3, 'kenh'], [4, 'ngay_hen_tra'], [4, 'so_lan_bo_sung']]);
    expect(outcome.errorCount).toBe(3);
  });
});

describe('the file as a whole', () => {
  it('not CSV or XLSX: each kind of file gets its own reason', async () => {
    const pdf = await fx.importText('report.pdf', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'));
    expect(messages(pdf)).toEqual(['"report.pdf" is not a CSV or XLSX file (a PDF document); save it as CSV UTF-8 or Excel .xlsx']);
    const xls = await fx.importText('old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    expect(messages(xls)[0]).toContain('an old Excel 97–2003 .xls or Word file');
    const json = await fx.importText('dossiers.json', '[{"ma_ho_so": "x"}]');
    expect(messages(json)[0]).toContain('(a json file)');
    const fake = await fx.importText('fake.xlsx', 'ma_ho_so,ma_don_vi\n');
    expect(messages(fake)[0]).toContain('named .xlsx but not an Excel workbook');
    const zip = await fx.importText('broken.xlsx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 7)]));
    expect(messages(zip)[0]).toContain('not a readable Excel workbook');
  });

  it('empty, or a header without rows', async () => {
    expect(messages(await fx.importText('empty.csv', ''))).toEqual(['The file is empty']);
    expect(messages(await fx.importText('bom-only.csv', '\uFEFF\n \n'))).toEqual(['The file is empty']);
    expect(messages(await fx.importText('header.csv', `${dossierCsv([]).trim()}\n`))).toEqual(['The file has a header but no data rows']);
  });

  it('over the size limit', async () => {
    const big = dossierCsv(Array.from({ length: 100 }, (_, i) => [`S-${i}`, A, '1.001193', 'truc_tiep', '2024-04-02T08:00:00', '', '', '', '0']));
    const outcome = await fx.importText('big.csv', big, { maxBytes: 1000 });
    expect(outcome.result).toBe(ImportResult.REJECTED);
    expect(messages(outcome)).toEqual(['The file is larger than the limit of 1000 bytes (IMPORT_MAX_BYTES); split it into smaller files']);
    expect(await count(`select count(*) as n from dossier where unit_id = $1 and code like 'S-%'`, [fx.unitIds.wardA])).toBe(0);
  });

  it('not UTF-8 (an Excel "CSV" in Windows-1258)', async () => {
    const latin = Buffer.concat([Buffer.from('ma_ho_so,ma_don_vi,ma_thu_tuc,ngay_tiep_nhan\nX,'), Buffer.from([0xd0, 0xe3]), Buffer.from(',1.001193,2024-01-01\n')]);
    expect(messages(await fx.importText('cp1258.csv', latin))[0]).toContain('not UTF-8 encoded');
  });

  it('a header that fits no kind, or lacks a required column', async () => {
    expect(messages(await fx.importText('x.csv', 'name,email\na,b\n'))[0]).toContain('matches no kind of import');
    expect(messages(await fx.importText('x.csv', 'ma_ho_so,ma_don_vi,ngay_tiep_nhan\nX,Y,2024-01-01\n', { kind: ImportKind.DOSSIERS }))).toEqual([
      'Line 1: required column ma_thu_tuc | procedure_code is missing',
    ]);
  });

  it('reads UTF-8 with a BOM, semicolons, quoted fields and English headers', async () => {
    const text = '\uFEFFdossier_code;unit_code;procedure_code;channel;received_at;status\r\n"Q;1";ZZ-ING-02;1.001193;"Trực tuyến";2024-05-02T08:00:00;"Đang xử lý"\r\n';
    const outcome = await fx.importText('semicolons.csv', text);
    expect(outcome).toMatchObject({ result: ImportResult.SUCCEEDED, counts: { inserted: 1 } });
    expect((await fx.client.query(`select code, channel, status from dossier where unit_id = $1`, [fx.unitIds.wardB])).rows).toEqual([{ code: 'Q;1', channel: 'ONLINE', status: 'IN_PROGRESS' }]);
  });

  it('drops personal data and unknown columns with a warning, stores nothing of them', async () => {
    const text = 'ma_ho_so,ma_don_vi,ma_thu_tuc,ngay_tiep_nhan,Họ tên,Số điện thoại,ghi_chu_noi_bo\nP-1,ZZ-ING-02,1.001193,2024-05-03T08:00:00,Nguyễn Văn A,0901234567,xyz\n';
    const outcome = await fx.importText('personal.csv', text);
    expect(outcome.result).toBe(ImportResult.SUCCEEDED);
    expect(outcome.warnings.map((w) => [w.code, w.column])).toEqual(
      expect.arrayContaining([['PERSONAL_DATA_IGNORED', 'Họ tên'], ['PERSONAL_DATA_IGNORED', 'Số điện thoại'], ['UNKNOWN_COLUMN', 'ghi_chu_noi_bo'], ['CHANNEL_DEFAULTED', 'kenh']]),
    );
    const stored = (await fx.client.query(`select d.*::text as row from dossier d where unit_id = $1 and code = 'P-1'`, [fx.unitIds.wardB])).rows[0].row as string;
    expect(stored).not.toMatch(/Nguyễn|0901234567/);
  });

  it('reads the first sheet of an XLSX workbook, Excel dates as local time', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Hồ sơ');
    sheet.addRow(['Mã hồ sơ', 'Mã đơn vị', 'Mã thủ tục', 'Kênh', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày kết thúc']);
    sheet.addRow(['X-1', 'ZZ-ING-02', '1.004873', 'truc_tuyen', new Date('2024-06-03T23:30:00Z'), new Date('2024-06-06T00:00:00Z'), new Date('2024-06-06T23:45:00Z')]);
    wb.addWorksheet('Khác').addRow(['not', 'read']);
    const outcome = await fx.importText('sheet.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(outcome).toMatchObject({ result: ImportResult.SUCCEEDED, format: 'XLSX', rows: 1 });
    const { rows } = await fx.client.query(`select to_char(received_on, 'YYYY-MM-DD') as received, timeliness from dossier where unit_id = $1 and code = 'X-1'`, [fx.unitIds.wardB]);
    expect(rows).toEqual([{ received: '2024-06-03', timeliness: 'ON_TIME' }]); // 23:45 local on the due day
  });
});

describe('the other kinds', () => {
  it('ratings, detected from the header; again, unchanged', async () => {
    const text = 'ma_don_vi,thoi_diem_danh_gia,muc_do_hai_long,kenh\nZZ-ING-01,2024-03-04T10:00:00,rat_hai_long,truc_tiep\nZZ-ING-01,2024-03-04T10:00:00,rat_hai_long,truc_tiep\nZZ-ING-01,2024-03-05T23:30:00,Không hài lòng,\n';
    const first = await fx.importText('ratings.csv', text);
    expect(first).toMatchObject({ kind: ImportKind.RATINGS, result: ImportResult.SUCCEEDED, counts: { inserted: 3 } });
    expect((await fx.importText('ratings.csv', text)).counts).toEqual({ inserted: 0, updated: 0, unchanged: 3, deleted: 0 });
    const { rows } = await fx.client.query(`select to_char(day, 'YYYY-MM-DD') as day, level, ratings from kpi_rating_day where unit_id = $1 order by 1, 2`, [fx.unitIds.wardA]);
    expect(rows).toEqual([
      { day: '2024-03-04', level: 'VERY_SATISFIED', ratings: 2 },
      { day: '2024-03-05', level: 'DISSATISFIED', ratings: 1 },
    ]);
    expect(await rollupsMatch(fx.client, [fx.unitIds.wardA])).toBe(true);
  });

  it('meetings with their opinions; a re-import without one opinion removes it', async () => {
    const header = 'ma_cuoc_hop,loai_cuoc_hop,ma_don_vi,ngay_hop,so_nguoi_du,noi_dung_y_kien,tra_loi_tai_cho';
    const rows = [`ZZ-M1,doi_thoai_nguoi_dan,ZZ-ING-01,2024-06-02,40,Cấp căn cước,co`, `ZZ-M1,doi_thoai_nguoi_dan,ZZ-ING-01,2024-06-02,40,Vỉa hè,khong`];
    expect((await fx.importText('m.csv', `${header}\n${rows.join('\n')}\n`)).counts).toEqual({ inserted: 3, updated: 0, unchanged: 0, deleted: 0 });
    expect((await fx.importText('m.csv', `${header}\n${rows[0]}\n`)).counts).toEqual({ inserted: 0, updated: 0, unchanged: 2, deleted: 1 });
    const conflict = await fx.importText('m.csv', `${header}\n${rows[0]}\nZZ-M1,doi_thoai_nguoi_dan,ZZ-ING-01,2024-06-03,40,x,co\n`);
    expect(messages(conflict)).toEqual(['Line 3, column ngay_hop, value "2024-06-03": meeting "ZZ-M1" was given differently on line 2 ("2024-06-02")']);
  });

  it('reported figures, kept as published', async () => {
    const text = 'ma_so_lieu,chi_tieu,ma_don_vi,tu_ngay,den_ngay,quy_uoc_ky,gia_tri,nguyen_van,tai_lieu_nguon\nZZ-F1,receivedTotal,ZZ-ING,2024-01-01,2024-03-31,theo_lich,1297,"1.297 hồ sơ",Báo cáo thử\n';
    expect((await fx.importText('f.csv', text)).counts.inserted).toBe(1);
    expect((await fx.client.query(`select value::text, as_published from reported_figure where key = 'ZZ-F1'`)).rows).toEqual([{ value: '1297.0000', as_published: '1.297 hồ sơ' }]);
  });
});

describe('the sample files (seeds/samples)', () => {
  afterAll(() => removeSamples(fx.client));

  it.each(['dossiers.csv', 'dossiers.xlsx', 'ratings.csv', 'meetings.csv', 'reported.csv'])('%s is valid and imports; again, unchanged', async (name) => {
    const bytes = readFileSync(join(SAMPLES, name));
    const first = await fx.importText(name, bytes);
    expect({ result: first.result, errors: messages(first) }).toEqual({ result: ImportResult.SUCCEEDED, errors: [] });
    const again = await fx.importText(name, bytes);
    expect(again.counts.inserted + again.counts.updated + again.counts.deleted).toBe(0);
  });
});
