import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import type { GraphQLFormattedError } from 'graphql';
import { Upload, type FileUpload } from 'graphql-upload-minimal';
import { buildAppSchema } from '../../../server/src/graphql/schema';
import { Access } from '../../../server/src/modules/accounts/access';
import { Role } from '../../../server/src/modules/accounts/role';
import { startApi, type ExecutionResult, type TestApi } from '../../support/api';

/**
 * Role × unit × operation, for every root field of the schema: each principal gets exactly its scope
 * — data for the units it reaches, FORBIDDEN naming the unit for the others, UNAUTHENTICATED without a
 * session — and no value about a unit out of reach in any answer. The expected reach is worked out
 * here from the unit table, apart from the server's code.
 */

/** Unique per run: the database may be kept between runs. */
const RUN = randomBytes(4).toString('hex');
const NOV_2021 = '{ from: "2021-11-01", to: "2021-11-30" }';
/** Codes of the campaigns and targets the mutation cases make; removed after the suite. */
const FIXTURE = `zz-authz-${RUN}`;
/** Units each scoped query is asked about: the city, a district, a ward, another city's district, a town. */
const TARGETS = ['79', '766', '26977', '005', '269'];

interface PrincipalSpec {
  label: string;
  role?: Role;
  unit?: string | null;
  unitOn?: string;
  kind: 'ACCOUNT' | 'DEMO' | 'ANONYMOUS';
}

const PRINCIPALS: PrincipalSpec[] = [
  { label: 'admin', kind: 'ACCOUNT', role: Role.ADMIN, unit: null },
  { label: 'leader of Hồ Chí Minh City (79)', kind: 'ACCOUNT', role: Role.LEADER, unit: '79' },
  { label: 'leader of Tân Bình (766)', kind: 'ACCOUNT', role: Role.LEADER, unit: '766' },
  { label: 'officer of Tân Bình (766)', kind: 'ACCOUNT', role: Role.OFFICER, unit: '766' },
  { label: 'organiser of Tân Bình (766)', kind: 'ACCOUNT', role: Role.ORGANISER, unit: '766' },
  { label: 'viewer of Tân Bình (766)', kind: 'ACCOUNT', role: Role.VIEWER, unit: '766' },
  { label: 'viewer of Phường 1 before 2025 (26977)', kind: 'ACCOUNT', role: Role.VIEWER, unit: '26977', unitOn: '2021-11-01' },
  { label: 'leader of Hà Nội (01)', kind: 'ACCOUNT', role: Role.LEADER, unit: '01' },
  { label: 'officer of Sơn Tây (269)', kind: 'ACCOUNT', role: Role.OFFICER, unit: '269' },
  { label: 'the demo', kind: 'DEMO' },
  { label: 'anonymous (no demo)', kind: 'ANONYMOUS' },
];

interface Principal extends PrincipalSpec {
  access: Access;
  /** Expected reach: null = every unit. */
  reach: Set<number> | null;
  password?: string;
  username?: string;
}

interface UnitRow {
  id: number;
  code: string;
  parent_id: number | null;
  valid_from: string | null;
  valid_to: string | null;
}

type Data = Record<string, unknown>;
/** Every `unit`/`organiser` object anywhere in an answer (the owners of what it shows). */
function unitIdsIn(value: unknown, out: number[] = []): number[] {
  if (Array.isArray(value)) value.forEach((v) => unitIdsIn(v, out));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if ((key === 'unit' || key === 'organiser' || key === 'units') && v) {
        for (const u of Array.isArray(v) ? v : [v]) out.push(Number((u as { id: string }).id));
      } else unitIdsIn(v, out);
    }
  }
  return out;
}

type Case =
  /** Names a unit by code: data for units in reach, FORBIDDEN naming the code otherwise. */
  | { kind: 'scoped'; op: (code: string) => string }
  /** Lists what the principal reaches: exactly that, nothing else. */
  | { kind: 'listed'; op: string; keys: (data: Data) => string[]; expected: (p: Principal) => string[] }
  /** One object owned by a unit, by key: the object in reach, FORBIDDEN naming its unit otherwise. */
  | { kind: 'owned'; op: (key: string) => string; objects: () => { key: string; unitId: number; code: string }[] }
  /** No unit data (catalogue, calendar): every signed-in principal and the demo. */
  | { kind: 'global'; op: string }
  /** Administrators only. */
  | { kind: 'admin'; op: string }
  /** Anyone, signed in or not. */
  | { kind: 'public'; op: string };

let api: TestApi;
let units: UnitRow[];
let successions: { predecessor_id: number; successor_id: number }[];
let meetings: { key: string; unitId: number; code: string }[];
let campaigns: { key: string; unitId: number; code: string }[];
const principals = new Map<string, Principal>();

const unitOn = (code: string, day: string) =>
  units.find((u) => u.code === code && (!u.valid_from || u.valid_from <= day) && (!u.valid_to || day <= u.valid_to))!;

/** The reach as the rules state it: the unit, everything under it, and successors made only of units in it. */
function expectedReach(rootId: number): Set<number> {
  const reach = new Set([rootId]);
  for (let grew = true; grew;) {
    grew = false;
    for (const u of units) {
      const preds = successions.filter((s) => s.successor_id === u.id).map((s) => s.predecessor_id);
      const joins = (u.parent_id !== null && reach.has(u.parent_id)) || (preds.length > 0 && preds.every((p) => reach.has(p)));
      if (!reach.has(u.id) && joins) {
        reach.add(u.id);
        grew = true;
      }
    }
  }
  return reach;
}
const reaches = (p: Principal, unitId: number) => p.kind !== 'ANONYMOUS' && (p.reach === null || p.reach.has(unitId));
// Units other suites create for a moment (ingest: ZZ-…) are left out of the comparisons.
const isDemoUnit = (code: string) => !code.startsWith('ZZ-');

const QUERY_CASES: Record<string, Case> = {
  kpis: {
    kind: 'scoped',
    op: (c) => `{ kpis(scope: { unitCodes: ["${c}"] }, period: ${NOV_2021}, groupBy: [UNIT]) { unit { id code } received } }`,
  },
  form06: { kind: 'scoped', op: (c) => `{ form06(unitCode: "${c}", period: ${NOV_2021}) { unit { id code } total { columns } } }` },
  dataQuality: {
    kind: 'scoped',
    op: (c) => `{ dataQuality(unitCodes: ["${c}"]) { figures { key unit { id code } } brokenIdentities { figureKeys } } }`,
  },
  compareUnits: {
    kind: 'scoped',
    op: (c) => `{ compareUnits(unitCodes: ["${c}"], period: ${NOV_2021}) { rows { unit { id code } kpi { received } } } }`,
  },
  comparePeriods: {
    kind: 'scoped',
    op: (c) => `{ comparePeriods(scope: { unitCodes: ["${c}"] }, period: ${NOV_2021}) { base { kpi { received } } } }`,
  },
  opinions: {
    kind: 'scoped',
    op: (c) =>
      `{ opinions(scope: { unitCodes: ["${c}"] }, period: { from: "2021-01-01", to: "2023-12-31" }, groupBy: [UNIT]) { unit { id code } meetings } }`,
  },
  meetings: { kind: 'scoped', op: (c) => `{ meetings(scope: { unitCodes: ["${c}"] }) { id unit { id code } } }` },
  satisfaction: {
    kind: 'scoped',
    op: (c) => `{ satisfaction(scope: { unitCodes: ["${c}"] }, period: ${NOV_2021}, groupBy: [UNIT]) { unit { id code } ratings } }`,
  },
  dossiers: {
    kind: 'scoped',
    op: (c) =>
      `{ dossiers(scope: { unitCodes: ["${c}"] }, filter: { period: ${NOV_2021}, figure: RECEIVED }, first: 20) { totalCount nodes { code unit { id code } } } }`,
  },
  earlyWarning: {
    kind: 'scoped',
    op: (c) => `{ earlyWarning(scope: { unitCodes: ["${c}"] }, asOf: "2021-11-15") { dueWithin groups { unit { id code } dueWithin } } }`,
  },
  units: {
    kind: 'listed',
    op: '{ units { id code parent { id } children { id } successors { id } predecessors { id } } }',
    keys: (d) => (d.units as { id: string; code: string }[]).filter((u) => isDemoUnit(u.code)).map((u) => u.id),
    expected: (p) => units.filter((u) => isDemoUnit(u.code) && reaches(p, u.id)).map((u) => String(u.id)),
  },
  campaigns: {
    kind: 'listed',
    op: '{ campaigns { code organiser { id code } parent { code organiser { id } } children { code } enrollments { unit { id code } } targets { unit { id } } } }',
    keys: (d) => (d.campaigns as { code: string }[]).map((c) => c.code),
    expected: (p) => campaigns.filter((c) => reaches(p, c.unitId)).map((c) => c.key),
  },
  meeting: { kind: 'owned', op: (id) => `{ meeting(id: "${id}") { id unit { id code } opinions { topic } } }`, objects: () => meetings },
  campaign: {
    kind: 'owned',
    op: (code) => `{ campaign(code: "${code}") { code organiser { id code } progress(grain: null) { received } impact { unitCount } } }`,
    objects: () => campaigns,
  },
  targets: { kind: 'scoped', op: (c) => `{ targets(unitCode: "${c}") { code unit { id code } campaignCode } }` },
  metrics: { kind: 'global', op: '{ metrics { key } }' },
  reportingPeriod: { kind: 'global', op: '{ reportingPeriod(kind: MONTH, year: 2021, index: 11) { from to } }' },
  accounts: { kind: 'admin', op: '{ accounts { username role unit { id code } } }' },
  auditLog: { kind: 'admin', op: '{ auditLog(first: 5) { action subject } }' },
  imports: { kind: 'admin', op: '{ imports(first: 5) { id fileName } }' },
  me: { kind: 'public', op: '{ me { username role demo reachesAllUnits units { id code } } }' },
};

const codes = (r: ExecutionResult<unknown>) => (r.errors ?? []).map((e: GraphQLFormattedError) => e.extensions?.code);
const messages = (r: ExecutionResult<unknown>) => (r.errors ?? []).map((e) => e.message);

beforeAll(async () => {
  api = await startApi({ demo: false });
  units = (
    await api.pool.query<UnitRow>(
      `select id, code, parent_id, to_char(valid_from, 'YYYY-MM-DD') as valid_from, to_char(valid_to, 'YYYY-MM-DD') as valid_to from administrative_unit order by id`,
    )
  ).rows;
  successions = (await api.pool.query('select predecessor_id, successor_id from unit_succession')).rows;
  meetings = (
    await api.pool.query(
      'select m.id::text as key, m.unit_id as "unitId", u.code from meeting m join administrative_unit u on u.id = m.unit_id order by m.id',
    )
  ).rows;
  campaigns = (
    await api.pool.query(
      'select c.code as key, c.organiser_id as "unitId", u.code from campaign c join administrative_unit u on u.id = c.organiser_id order by c.id',
    )
  ).rows;
  const snapshot = await api.app.auth.authenticator.reach.snapshot();
  for (const spec of PRINCIPALS) {
    if (spec.kind === 'DEMO')
      principals.set(spec.label, { ...spec, access: Access.demo(snapshot.topUnits(), snapshot.unitOf), reach: null });
    else if (spec.kind === 'ANONYMOUS') principals.set(spec.label, { ...spec, access: Access.anonymous(), reach: new Set() });
    else {
      const account = await api.createAccount(spec.role!, spec.unit ?? null, { unitOn: spec.unitOn });
      const root = spec.unit ? unitOn(spec.unit, spec.unitOn ?? '2021-11-01') : null;
      principals.set(spec.label, {
        ...spec,
        ...account,
        access: await api.accessOf(account.username),
        reach: root ? expectedReach(root.id) : null,
      });
    }
  }
}, 60_000);
afterAll(async () => {
  if (!api) return;
  // What the mutation cases made (campaigns, targets) goes, so that other suites see the demo data only.
  await api.pool.query('delete from target where code like $1', [`${FIXTURE}%`]);
  await api.pool.query('delete from campaign where code like $1', [`${FIXTURE}%`]);
  await api.close();
});

describe('the access matrix', () => {
  it('has a case for every Query and Mutation field of the schema: a new operation cannot escape it', async () => {
    const schema = await buildAppSchema();
    expect(Object.keys(schema.getQueryType()!.getFields()).sort()).toEqual(Object.keys(QUERY_CASES).sort());
    expect(Object.keys(schema.getMutationType()!.getFields()).sort()).toEqual(Object.keys(MUTATION_CASES).sort());
  });

  it('gives the expected reach: a district reaches its wards and the 2025 wards made of them, a ward only itself', () => {
    const tanBinh = principals.get('leader of Tân Bình (766)')!.reach!;
    const codesOf = (reach: Set<number>) => units.filter((u) => reach.has(u.id)).map((u) => `${u.code}${u.valid_from ? '/2025' : ''}`);
    expect(codesOf(tanBinh)).toHaveLength(16 + 6);
    expect(codesOf(tanBinh)).toContain('27004/2025');
    expect(codesOf(principals.get('viewer of Phường 1 before 2025 (26977)')!.reach!)).toEqual(['26977']);
  });
});

describe.each(Object.keys(QUERY_CASES))('Query.%s', (field) => {
  it.each(PRINCIPALS.map((p) => p.label))('%s gets exactly its scope', async (label) => {
    const p = principals.get(label)!;
    const c = QUERY_CASES[field];
    const run = (text: string) => api.execute<Data>(p.access, text);
    if (p.kind === 'ANONYMOUS' && c.kind !== 'public') {
      const r = await run(c.kind === 'scoped' ? c.op('766') : c.kind === 'owned' ? c.op(c.objects()[0].key) : c.op);
      expect(codes(r)).toEqual(['UNAUTHENTICATED']);
      expect(messages(r)).toEqual(['Not signed in: sign in (mutation signIn) to use this server']);
      expect(Object.values(r.data ?? {}).filter((v) => v !== null)).toEqual([]);
      return;
    }
    switch (c.kind) {
      case 'scoped':
        for (const code of TARGETS) {
          const r = await run(c.op(code));
          const unit = unitOn(code, '2021-11-01');
          if (reaches(p, unit.id)) {
            expect({ code, errors: r.errors }).toEqual({ code, errors: undefined });
            const outside = unitIdsIn(r.data).filter((id) => !reaches(p, id));
            expect({ code, outside }).toEqual({ code, outside: [] });
          } else {
            expect({ code, errors: codes(r) }).toEqual({ code, errors: ['FORBIDDEN'] });
            expect(messages(r)[0]).toMatch(new RegExp(`\\(${code}\\).* (is|are) outside your account's units: `));
            expect(r.data).toBeNull();
          }
        }
        break;
      case 'listed': {
        const r = await run(c.op);
        expect(r.errors).toBeUndefined();
        expect(c.keys(r.data!).sort()).toEqual(c.expected(p).sort());
        expect(unitIdsIn(r.data).filter((id) => !reaches(p, id))).toEqual([]);
        // Related units out of reach (a ward's district, a campaign's city-wide parent) are left out, not leaked.
        const nested = (JSON.stringify(r.data).match(/"id":"(\d+)"/g) ?? []).map((m) => Number(m.slice(6, -1)));
        if (field === 'units')
          expect(nested.filter((id) => !reaches(p, id) && isDemoUnit(units.find((u) => u.id === id)?.code ?? 'ZZ-'))).toEqual([]);
        break;
      }
      case 'owned':
        for (const object of c.objects()) {
          const r = await run(c.op(object.key));
          if (reaches(p, object.unitId)) {
            expect({ key: object.key, errors: r.errors }).toEqual({ key: object.key, errors: undefined });
            expect(unitIdsIn(r.data).filter((id) => !reaches(p, id))).toEqual([]);
          } else {
            expect({ key: object.key, errors: codes(r) }).toEqual({ key: object.key, errors: ['FORBIDDEN'] });
            expect(messages(r)[0]).toContain(`(${object.code}) is outside your account's units: `);
          }
        }
        break;
      case 'global': {
        const r = await run(c.op);
        expect(r.errors).toBeUndefined();
        break;
      }
      case 'admin': {
        const r = await run(c.op);
        if (p.role === Role.ADMIN) expect(r.errors).toBeUndefined();
        else refusedByRole(r, p, 'manage accounts or read the audit log', 'ADMIN');
        break;
      }
      case 'public': {
        const r = await run(c.op);
        expect(r.errors).toBeUndefined();
        const me = r.data!.me as { username: string | null; demo: boolean; reachesAllUnits: boolean } | null;
        if (p.kind === 'ANONYMOUS') expect(me).toBeNull();
        else expect(me).toMatchObject({ username: p.username ?? null, demo: p.kind === 'DEMO', reachesAllUnits: p.reach === null });
        break;
      }
    }
  });
});

function principalUnitLabel(p: Principal): string {
  const home = p.access.home[0];
  return `${home.name} (${home.code})`;
}

// ---- mutations -------------------------------------------------------------------------------

type MutationCase = (p: Principal) => Promise<void>;

const refusedByRole = (r: ExecutionResult<unknown>, p: Principal, what: string, roles: string) => {
  if (p.kind === 'ANONYMOUS') expect(codes(r)).toEqual(['UNAUTHENTICATED']);
  else {
    expect(codes(r)).toEqual(['FORBIDDEN']);
    expect(messages(r)[0]).toBe(
      p.kind === 'DEMO'
        ? `The demo is read-only: sign in with an account that may ${what}`
        : `Your account (${p.role!.toLowerCase()}${p.role === Role.ADMIN ? '' : ` of ${principalUnitLabel(p)}`}) may not ${what}: that needs the role ${roles}`,
    );
  }
  expect(r.data).toBeNull();
};

let importSerial = 0;
/** A dossier file of three rows for one unit, as an in-process upload. */
function dossierUpload(unitCode: string): Upload {
  const n = ++importSerial;
  const rows = [1, 2, 3].map(
    (i) =>
      `AUTHZ-${RUN}-${n}-${i},${unitCode},${procedureCode},truc_tiep,2022-03-0${i}T08:00:00,2022-03-1${i},2022-03-0${i + 1}T09:00:00,,0`,
  );
  const csv = `ma_ho_so,ma_don_vi,ma_thu_tuc,kenh,ngay_tiep_nhan,ngay_hen_tra,ngay_ket_thuc,trang_thai,so_lan_bo_sung\n${rows.join('\n')}\n`;
  // The typings omit resolve(), which the multipart parser calls with the file.
  const upload = new Upload() as Upload & { resolve(file: FileUpload): void };
  upload.resolve({
    filename: `authz-${unitCode}.csv`,
    mimetype: 'text/csv',
    encoding: '7bit',
    fieldName: 'file',
    createReadStream: () => Readable.from([Buffer.from(csv)]),
  } as unknown as FileUpload);
  return upload;
}
let procedureCode = '';

let fixtureSerial = 0;
const CAMPAIGN_UNITS = ['766', '005'];
/** A ward under each organiser of CAMPAIGN_UNITS, for enrolments. */
const WARD_OF: Record<string, string> = { '766': '26977', '005': '00157' };
const mayManageCampaigns = (p: Principal) => p.role === Role.ADMIN || p.role === Role.ORGANISER;

/** Runs an operation as the administrator and returns its data (fixtures for the mutation cases). */
async function asAdmin<T = Data>(text: string): Promise<T> {
  const r = await api.execute<T>(principals.get('admin')!.access, text);
  if (r.errors) throw new Error(messages(r).join('; '));
  return r.data!;
}

/** A campaign of March 2024 organised by `organiserCode`, with its ward enrolled when asked. */
async function campaignFixture(organiserCode: string, withWard = false): Promise<string> {
  const code = `${FIXTURE}-${++fixtureSerial}`;
  await asAdmin(
    `mutation { createCampaign(input: { code: "${code}", name: "Access matrix", kind: OTHER, organiserCode: "${organiserCode}", startsOn: "2024-03-01", endsOn: "2024-03-31" }) { code } }`,
  );
  if (withWard) await asAdmin(`mutation { enrollUnits(campaignCode: "${code}", unitCodes: ["${WARD_OF[organiserCode]}"]) { code } }`);
  return code;
}

/**
 * A campaign mutation on a campaign or unit of each of CAMPAIGN_UNITS: ORGANISER and ADMIN may for units
 * in reach (FORBIDDEN naming the unit otherwise), every other role is refused by role.
 */
async function campaignCase(p: Principal, mutate: (organiserCode: string) => Promise<ExecutionResult<Data>>, expected: (code: string) => Data) {
  for (const organiserCode of CAMPAIGN_UNITS) {
    const r = await mutate(organiserCode);
    if (!mayManageCampaigns(p)) refusedByRole(r, p, 'manage campaigns and enrolments', 'ADMIN or ORGANISER');
    else if (reaches(p, unitOn(organiserCode, '2024-03-01').id)) expect({ organiserCode, result: r }).toEqual({ organiserCode, result: { data: expected(organiserCode) } });
    else {
      expect({ organiserCode, errors: codes(r) }).toEqual({ organiserCode, errors: ['FORBIDDEN'] });
      expect(messages(r)[0]).toMatch(new RegExp(`\\(${organiserCode}\\) is outside your account's units: `));
      expect(r.data).toBeNull();
    }
  }
}

/** setTarget and removeTarget: administrators only. */
function targetCase(p: Principal, r: ExecutionResult<Data>, expected: Data) {
  if (p.role === Role.ADMIN) expect(r).toEqual({ data: expected });
  else refusedByRole(r, p, 'manage targets', 'ADMIN');
}

const MUTATION_CASES: Record<string, MutationCase> = {
  signIn: async (p) => {
    // Public: a wrong password is UNAUTHENTICATED for everyone, never FORBIDDEN.
    const r = await api.execute(
      p.access,
      `mutation { signIn(username: "nobody-${++importSerial}", password: "wrong password 123") { username } }`,
    );
    expect(codes(r)).toEqual(['UNAUTHENTICATED']);
    expect(messages(r)).toEqual(['Wrong username or password']);
  },
  signOut: async (p) => {
    const r = await api.execute<{ signOut: boolean }>(p.access, 'mutation { signOut }');
    expect(r.errors).toBeUndefined();
    expect(r.data!.signOut).toBe(false); // in-process: no session cookie to end
  },
  changePassword: async (p) => {
    const r = await api.execute(
      p.access,
      'mutation { changePassword(currentPassword: "not the password", newPassword: "a new long password 1") }',
    );
    if (p.kind === 'ACCOUNT') expect(messages(r)).toEqual(['currentPassword is wrong']);
    else if (p.kind === 'DEMO') expect(messages(r)).toEqual(['The demo has no account: sign in first']);
    else expect(codes(r)).toEqual(['UNAUTHENTICATED']);
  },
  createAccount: async (p) => {
    const username = `m${RUN}-${++importSerial}`;
    const r = await api.execute(
      p.access,
      `mutation { createAccount(input: { username: "${username}", password: "long enough password 1", role: VIEWER, unitCode: "005" }) { username unit { code } } }`,
    );
    if (p.role === Role.ADMIN) expect(r).toEqual({ data: { createAccount: { username, unit: { code: '005' } } } });
    else refusedByRole(r, p, 'manage accounts or read the audit log', 'ADMIN');
  },
  disableAccount: async (p) => {
    const victim = await api.createAccount(Role.VIEWER, '005');
    const r = await api.execute(p.access, `mutation { disableAccount(username: "${victim.username}") { disabled } }`);
    if (p.role === Role.ADMIN) expect(r).toEqual({ data: { disableAccount: { disabled: true } } });
    else refusedByRole(r, p, 'manage accounts or read the audit log', 'ADMIN');
  },
  enableAccount: async (p) => {
    const victim = await api.createAccount(Role.VIEWER, '005');
    const r = await api.execute(p.access, `mutation { enableAccount(username: "${victim.username}") { disabled } }`);
    if (p.role === Role.ADMIN) expect(r).toEqual({ data: { enableAccount: { disabled: false } } });
    else refusedByRole(r, p, 'manage accounts or read the audit log', 'ADMIN');
  },
  importFile: async (p) => {
    // Officers import for their units only; a dry run checks everything and writes nothing.
    for (const code of ['766', '005']) {
      const r = await api.app.apollo.executeOperation<{ importFile: { result: string; errors: { code: string; messageEn: string }[] } }>(
        {
          query: 'mutation($f: Upload!) { importFile(file: $f, dryRun: true) { result errors { code messageEn } } }',
          variables: { f: dossierUpload(code) },
        },
        { contextValue: api.app.context(p.access) },
      );
      const body = r.body.kind === 'single' ? r.body.singleResult : { errors: [{ message: 'incremental' }] };
      const mayImport = p.role === Role.ADMIN || p.role === Role.OFFICER;
      if (!mayImport) {
        refusedByRole(body as ExecutionResult<unknown>, p, 'import data', 'ADMIN or OFFICER');
        continue;
      }
      expect(body.errors).toBeUndefined();
      const report = (body.data as { importFile: { result: string; errors: { code: string; messageEn: string }[] } }).importFile;
      if (reaches(p, unitOn(code, '2022-03-01').id))
        expect({ code, result: report.result, errors: report.errors }).toEqual({ code, result: 'SUCCEEDED', errors: [] });
      else {
        expect(report.result).toBe('REJECTED');
        expect(report.errors.map((e) => e.code)).toEqual(['NOT_ALLOWED']);
        expect(report.errors[0].messageEn).toContain(`(${code}) is outside your account's units`);
      }
    }
  },
  createCampaign: (p) =>
    campaignCase(
      p,
      (organiserCode) =>
        api.execute(
          p.access,
          `mutation { createCampaign(input: { code: "${FIXTURE}-${++fixtureSerial}-${organiserCode}", name: "Access matrix", kind: OTHER, organiserCode: "${organiserCode}", startsOn: "2024-03-01", endsOn: "2024-03-31" }) { organiser { code } } }`,
        ),
      (organiserCode) => ({ createCampaign: { organiser: { code: organiserCode } } }),
    ),
  updateCampaign: (p) =>
    campaignCase(
      p,
      async (organiserCode) =>
        api.execute(p.access, `mutation { updateCampaign(code: "${await campaignFixture(organiserCode)}", input: { note: "checked" }) { note organiser { code } } }`),
      (organiserCode) => ({ updateCampaign: { note: 'checked', organiser: { code: organiserCode } } }),
    ),
  deleteCampaign: (p) =>
    campaignCase(
      p,
      async (organiserCode) => api.execute(p.access, `mutation { deleteCampaign(code: "${await campaignFixture(organiserCode, true)}") }`),
      () => ({ deleteCampaign: true }),
    ),
  enrollUnits: (p) =>
    campaignCase(
      p,
      async (organiserCode) =>
        api.execute(
          p.access,
          `mutation { enrollUnits(campaignCode: "${await campaignFixture(organiserCode)}", unitCodes: ["${WARD_OF[organiserCode]}"]) { enrollments { unit { code } } } }`,
        ),
      (organiserCode) => ({ enrollUnits: { enrollments: [{ unit: { code: WARD_OF[organiserCode] } }] } }),
    ),
  withdrawUnits: (p) =>
    campaignCase(
      p,
      async (organiserCode) =>
        api.execute(
          p.access,
          `mutation { withdrawUnits(campaignCode: "${await campaignFixture(organiserCode, true)}", unitCodes: ["${WARD_OF[organiserCode]}"]) { enrolledUnitCount } }`,
        ),
      () => ({ withdrawUnits: { enrolledUnitCount: 0 } }),
    ),
  setTarget: async (p) => {
    const code = `${FIXTURE}-${++fixtureSerial}`;
    const r = await api.execute<Data>(
      p.access,
      `mutation { setTarget(input: { code: "${code}", metric: "onTimeRate", comparator: AT_LEAST, threshold: 0.9, unitCode: "766", basis: "Access matrix" }) { code unit { code } } }`,
    );
    targetCase(p, r, { setTarget: { code, unit: { code: '766' } } });
  },
  removeTarget: async (p) => {
    const code = `${FIXTURE}-${++fixtureSerial}`;
    await asAdmin(`mutation { setTarget(input: { code: "${code}", metric: "overdue", comparator: AT_MOST, threshold: 0, basis: "Access matrix" }) { code } }`);
    targetCase(p, await api.execute<Data>(p.access, `mutation { removeTarget(code: "${code}") }`), { removeTarget: true });
  },
};

describe.each(Object.keys(MUTATION_CASES))('Mutation.%s', (field) => {
  beforeAll(async () => {
    procedureCode ||= (await api.pool.query<{ code: string }>('select code from procedure order by id limit 1')).rows[0].code;
  });
  it.each(PRINCIPALS.map((p) => p.label))('%s is allowed or refused by its role and units', async (label) => {
    await MUTATION_CASES[field](principals.get(label)!);
  });
});
