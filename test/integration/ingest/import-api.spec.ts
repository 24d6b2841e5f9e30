import { Readable } from 'node:stream';
import { Upload, type FileUpload } from 'graphql-upload-minimal';
import { Access } from '../../../server/src/modules/accounts/access';
import { Permission, Role } from '../../../server/src/modules/accounts/role';
import { ImportResult } from '../../../server/src/modules/ingest/import-run.entity';
import { startApi, type TestApi } from '../../support/api';
import { dossierCsv, openFixture, UNITS, type IngestFixture } from './ingest-support';

const IMPORT = `mutation Import($file: Upload!, $kind: ImportKind, $dryRun: Boolean) {
  importFile(file: $file, kind: $kind, dryRun: $dryRun) {
    runId kind format dryRun ok result rows inserted updated unchanged errorCount
    errors { line column value code messageVi messageEn }
    warnings { code column }
    columns { header field status }
    preview { header rows }
  }
}`;

interface Report {
  runId: string | null;
  ok: boolean;
  result: string;
  rows: number;
  inserted: number;
  unchanged: number;
  errorCount: number;
  errors: { line: number | null; column: string | null; value: string | null; code: string; messageVi: string; messageEn: string }[];
  columns: { header: string; field: string | null; status: string }[];
  preview: { header: string[]; rows: string[][] };
}

const file = dossierCsv([
  ['API-1', UNITS.wardB, '1.001193', 'truc_tiep', '2024-07-01T08:00:00', '', '2024-07-01T09:00:00', '', '0'],
  ['API-2', UNITS.wardB, '1.004873', 'truc_tuyen', '2024-07-01T10:00:00', '2024-07-04', '', '', '0'],
]);

/** An Upload as the multipart middleware hands it to the resolver. */
function upload(name: string, content: string): Upload {
  const u = new Upload();
  // resolve() exists at run time (the middleware calls it) but not in the package's types.
  (u as unknown as { resolve(file: FileUpload): void }).resolve({
    filename: name,
    fieldName: 'file',
    mimetype: 'text/csv',
    encoding: '7bit',
    createReadStream: () => Readable.from([Buffer.from(content)]) as never,
  });
  return u;
}

/** A GraphQL multipart request (the spec graphql-upload implements). */
function multipart(content: string, name: string, variables: Record<string, unknown> = {}): FormData {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query: IMPORT, variables: { file: null, ...variables } }));
  form.append('map', JSON.stringify({ 0: ['variables.file'] }));
  form.append('0', new Blob([content], { type: 'text/csv' }), name);
  return form;
}

let fx: IngestFixture;
let api: TestApi;
beforeAll(async () => {
  fx = await openFixture();
  api = await startApi();
});
afterAll(async () => {
  await api?.close();
  await fx?.close();
});

const dossiersOfB = async () => Number((await fx.client.query(`select count(*) as n from dossier where unit_id = $1`, [fx.unitIds.wardB])).rows[0].n);

describe('importFile (GraphQL)', () => {
  it('dry run: shows the first rows and the report, writes and records nothing; then the same file is confirmed', async () => {
    const runsBefore = Number((await fx.client.query('select count(*) as n from import_run')).rows[0].n);
    const preview = await api.execute<{ importFile: Report }>(Access.system('api-test'), IMPORT, { file: upload('july.csv', file), dryRun: true });
    expect(preview.errors).toBeUndefined();
    expect(preview.data!.importFile).toMatchObject({ runId: null, ok: true, result: 'SUCCEEDED', rows: 2, inserted: 2, errorCount: 0 });
    expect(preview.data!.importFile.preview.rows[0].slice(0, 3)).toEqual(['API-1', UNITS.wardB, '1.001193']);
    expect(preview.data!.importFile.columns[0]).toEqual({ header: 'ma_ho_so', field: 'ma_ho_so | dossier_code', status: 'MAPPED' });
    expect(await dossiersOfB()).toBe(0);
    expect(Number((await fx.client.query('select count(*) as n from import_run')).rows[0].n)).toBe(runsBefore);

    const confirmed = await api.execute<{ importFile: Report }>(Access.system('api-test'), IMPORT, { file: upload('july.csv', file) });
    expect(confirmed.data!.importFile).toMatchObject({ ok: true, inserted: 2 });
    expect(await dossiersOfB()).toBe(2);
    const runs = await api.execute<{ imports: { id: string; fileName: string; actor: string; via: string; result: string; rows: number; inserted: number }[] }>(
      Access.system('api-test'),
      '{ imports(first: 1) { id fileName actor via result rows inserted } }',
    );
    expect(runs.data!.imports).toEqual([{ id: confirmed.data!.importFile.runId, fileName: 'july.csv', actor: 'api-test', via: 'API', result: 'SUCCEEDED', rows: 2, inserted: 2 }]);
  });

  it('a refused file comes back as a report in both languages, not as an error', async () => {
    const bad = dossierCsv([['API-3', UNITS.wardB, '1.001193', 'truc_tiep', '2024-02-30T08:00:00', '', '', '', '0']]);
    const result = await api.execute<{ importFile: Report }>(Access.system('api-test'), IMPORT, { file: upload('bad.csv', bad) });
    expect(result.data!.importFile).toMatchObject({ ok: false, result: 'REJECTED', errorCount: 1 });
    expect(result.data!.importFile.errors[0]).toMatchObject({ line: 2, column: 'ngay_tiep_nhan', value: '2024-02-30T08:00:00', code: 'DATE_NOT_EXIST' });
    expect(result.data!.importFile.errors[0].messageVi).toBe('Dòng 2, cột ngay_tiep_nhan, giá trị "2024-02-30T08:00:00": ngày này không có trên lịch');
  });

  it('refuses units out of the account’s reach, naming them', async () => {
    const officer = await api.createAccount(Role.OFFICER, '26995', { unitOn: '2024-07-01' }); // Phường 6, Tân Bình
    const access = await api.accessOf(officer.username);
    const outcome = await fx.importText('reach.csv', file.replaceAll('API-', 'REACH-'), {
      actor: access.actor,
      authorizeUnits: (ids) => access.requireUnits(Permission.IMPORT, ids),
    });
    expect(outcome.result).toBe(ImportResult.REJECTED);
    expect(outcome.errors[0].code).toBe('NOT_ALLOWED');
    expect(outcome.errors[0].messageEn).toContain('Phường Kiểm Thử B (ZZ-ING-02)');
    expect(Number((await fx.client.query(`select count(*) as n from dossier where code like 'REACH-%'`)).rows[0].n)).toBe(0);
  });
});

describe('importFile over HTTP (multipart upload)', () => {
  it('takes a multipart upload with the preflight header, as an account allowed to import, and audits it', async () => {
    const admin = await api.createAccount(Role.ADMIN, null);
    const cookie = await api.signIn(admin.username, admin.password);
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { cookie, 'apollo-require-preflight': 'true' },
      body: multipart(file.replaceAll('API-', 'HTTP-'), 'http.csv'),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { importFile: Report } };
    expect(body.data.importFile).toMatchObject({ ok: true, inserted: 2 });
    const { rows } = await fx.client.query(`select actor, via from import_run where id = $1`, [body.data.importFile.runId]);
    expect(rows).toEqual([{ actor: admin.username, via: 'API' }]);
    const audit = await fx.client.query(`select actor, action, detail->>'inserted' as inserted from audit_entry where subject = $1`, [`import_run:${body.data.importFile.runId}`]);
    expect(audit.rows).toEqual([{ actor: admin.username, action: 'IMPORT', inserted: '2' }]);
  });

  it('blocks a multipart request without the preflight header (CSRF)', async () => {
    const response = await fetch(`${api.url}/graphql`, { method: 'POST', body: multipart(file, 'csrf.csv') });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Cross-Site Request Forgery');
  });

  it('cuts an upload at IMPORT_MAX_BYTES and says the file is too large', async () => {
    const saved = process.env.IMPORT_MAX_BYTES;
    process.env.IMPORT_MAX_BYTES = '300';
    const small = await startApi();
    try {
      const admin = await small.createAccount(Role.ADMIN, null);
      const cookie = await small.signIn(admin.username, admin.password);
      const big = dossierCsv(Array.from({ length: 40 }, (_, i) => [`BIG-${i}`, UNITS.wardB, '1.001193', 'truc_tiep', '2024-07-02T08:00:00', '', '', '', '0']));
      const response = await fetch(`${small.url}/graphql`, { method: 'POST', headers: { cookie, 'apollo-require-preflight': 'true' }, body: multipart(big, 'big.csv') });
      const body = (await response.json()) as { data: { importFile: Report } };
      expect(body.data.importFile).toMatchObject({ ok: false, result: 'REJECTED' });
      expect(body.data.importFile.errors.map((e) => e.messageEn)).toEqual(['The file is larger than the limit of 300 bytes (IMPORT_MAX_BYTES); split it into smaller files']);
      expect(Number((await fx.client.query(`select count(*) as n from dossier where code like 'BIG-%'`)).rows[0].n)).toBe(0);
    } finally {
      if (saved === undefined) delete process.env.IMPORT_MAX_BYTES;
      else process.env.IMPORT_MAX_BYTES = saved;
      await small.close();
    }
  });
});
