import { randomBytes } from 'node:crypto';
import { startApi, type ExecutionResult, type TestApi } from '../../support/api';
import { actors, auditOf, codes, messages, removeLeftovers, rowCounts, TAN_BINH_ACTORS, type Actor } from './campaign-support';

/** Unique per run: the database may be kept between runs; everything this suite creates starts with it. */
const PREFIX = `zz-test-${randomBytes(4).toString('hex')}`;
const TAN_BINH_ONLY = "is outside your account's units: Quận Tân Bình (766) and the units under it";
const NOT_MANAGER = 'may not manage campaigns and enrolments: that needs the role ADMIN or ORGANISER';

const CAMPAIGN_FIELDS = `code name nameEn kind startsOn endsOn days planReference theme source note organiser { code } parent { code }
  organiserEnrolled enrolledUnitCount enrolledEligibleUnitCount eligibleUnitCount enrollments { unit { code } startsOn endsOn commitment generated }`;
const CREATE = `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { ${CAMPAIGN_FIELDS} } }`;
const UPDATE = `mutation($code: String!, $input: UpdateCampaignInput!) { updateCampaign(code: $code, input: $input) { ${CAMPAIGN_FIELDS} } }`;
const DELETE = 'mutation($code: String!) { deleteCampaign(code: $code) }';
const ENROL = `mutation($code: String!, $units: [String!]!, $startsOn: Date, $endsOn: Date, $commitment: String) {
  enrollUnits(campaignCode: $code, unitCodes: $units, startsOn: $startsOn, endsOn: $endsOn, commitment: $commitment) { ${CAMPAIGN_FIELDS} } }`;
const WITHDRAW = `mutation($code: String!, $units: [String!]!, $on: Date) { withdrawUnits(campaignCode: $code, unitCodes: $units, on: $on) { ${CAMPAIGN_FIELDS} } }`;
const READ = `query($code: String!) { campaign(code: $code) { ${CAMPAIGN_FIELDS} } }`;

interface CampaignData {
  code: string;
  name: string;
  startsOn: string;
  endsOn: string;
  note: string | null;
  planReference: string | null;
  organiser: { code: string };
  parent: { code: string } | null;
  organiserEnrolled: boolean;
  enrolledUnitCount: number;
  enrolledEligibleUnitCount: number;
  eligibleUnitCount: number;
  enrollments: { unit: { code: string }; startsOn: string; endsOn: string; commitment: string | null; generated: boolean }[];
}

let api: TestApi;
let who: Map<string, Actor>;
let serial = 0;
const unitIds = new Map<string, number>();
const as = (label: string) => who.get(label)!.access;
const run = <T = Record<string, unknown>>(label: string, text: string, variables: Record<string, unknown> = {}) =>
  api.execute<T>(as(label), text, variables);
const nextCode = (what: string) => `${PREFIX}-${what}-${++serial}`;
/** A March 2024 campaign of Tân Bình (the district existed until 30 Jun 2025). */
const march2024 = (code: string, organiserCode = '766') => ({
  code,
  name: 'Tháng cao điểm thử nghiệm 3/2024',
  kind: 'PEAK_MONTH',
  organiserCode,
  startsOn: '2024-03-01',
  endsOn: '2024-03-31',
});

async function read(label: string, code: string): Promise<CampaignData | null> {
  const r = await run<{ campaign: CampaignData | null }>(label, READ, { code });
  expect(r.errors).toBeUndefined();
  return r.data!.campaign;
}

function ok<T>(r: ExecutionResult<T>): T {
  expect(messages(r)).toEqual([]);
  return r.data!;
}

/** A campaign made by the administrator for a test to work on. */
async function fixture(organiserCode = '766', units: string[] = []): Promise<string> {
  const code = nextCode('fixture');
  ok(await run('admin', CREATE, { input: march2024(code, organiserCode) }));
  if (units.length) ok(await run('admin', ENROL, { code, units }));
  return code;
}

beforeAll(async () => {
  // Answers are cached as in production: every re-read below proves a mutation emptied the cache.
  api = await startApi({ demo: false, http: { responseCacheSeconds: 30 } });
  who = await actors(api, TAN_BINH_ACTORS);
  const { rows } = await api.pool.query<{ id: number; code: string }>(
    'select id, code from administrative_unit where valid_from is null order by id',
  );
  for (const u of rows) unitIds.set(u.code, u.id);
}, 60_000);
afterAll(async () => {
  if (!api) return;
  await removeLeftovers(api, PREFIX);
  await api.close();
});

describe('an organiser of Tân Bình manages its campaigns', () => {
  it('creates a campaign, enrols wards, changes days, withdraws, updates and deletes it: each step shows at once in campaign(code) and in the audit log', async () => {
    const organiser = who.get('organiser')!;
    const code = nextCode('peak');
    const hitsBefore = api.app.responseCache.hits;

    const created = ok(
      await run<{ createCampaign: CampaignData }>('organiser', CREATE, {
        input: {
          ...march2024(code),
          nameEn: '  Peak month 3/2024 ',
          planReference: 'Kế hoạch 12/KH-UBND',
          theme: 'Nhanh, đúng hẹn',
          source: 'test',
          note: null,
        },
      }),
    ).createCampaign;
    expect(created).toMatchObject({
      code,
      nameEn: 'Peak month 3/2024',
      kind: 'PEAK_MONTH',
      startsOn: '2024-03-01',
      endsOn: '2024-03-31',
      days: 31,
      organiser: { code: '766' },
      parent: null,
      enrolledUnitCount: 0,
      eligibleUnitCount: 15,
    });
    expect(await read('organiser', code)).toEqual(created);
    expect(await read('organiser', code)).toEqual(created);
    expect(api.app.responseCache.hits).toBe(hitsBefore + 1);

    const enrolled = ok(
      await run<{ enrollUnits: CampaignData }>('organiser', ENROL, {
        code,
        units: ['766', '26977', '26965', '26977'],
        commitment: 'Không có hồ sơ trễ hạn',
      }),
    ).enrollUnits;
    expect(enrolled).toMatchObject({ organiserEnrolled: true, enrolledUnitCount: 3, enrolledEligibleUnitCount: 2 });
    expect(await read('organiser', code)).toEqual(enrolled);
    expect(enrolled.enrollments).toEqual([
      { unit: { code: '766' }, startsOn: '2024-03-01', endsOn: '2024-03-31', commitment: 'Không có hồ sơ trễ hạn', generated: false },
      { unit: { code: '26977' }, startsOn: '2024-03-01', endsOn: '2024-03-31', commitment: 'Không có hồ sơ trễ hạn', generated: false },
      { unit: { code: '26965' }, startsOn: '2024-03-01', endsOn: '2024-03-31', commitment: 'Không có hồ sơ trễ hạn', generated: false },
    ]);

    // Ward 1 for ten days only; its commitment stays (left out).
    ok(await run('organiser', ENROL, { code, units: ['26977'], startsOn: '2024-03-10', endsOn: '2024-03-20' }));
    expect((await read('organiser', code))!.enrollments[1]).toEqual({
      unit: { code: '26977' },
      startsOn: '2024-03-10',
      endsOn: '2024-03-20',
      commitment: 'Không có hồ sơ trễ hạn',
      generated: false,
    });
    // The same again changes nothing and is not logged.
    ok(await run('organiser', ENROL, { code, units: ['26977'], startsOn: '2024-03-10', endsOn: '2024-03-20' }));

    const withdrawn = ok(await run<{ withdrawUnits: CampaignData }>('organiser', WITHDRAW, { code, units: ['26965'] })).withdrawUnits;
    expect(withdrawn.enrollments.map((e) => e.unit.code)).toEqual(['766', '26977']);
    expect((await read('organiser', code))!.enrollments.map((e) => e.unit.code)).toEqual(['766', '26977']);

    const updated = ok(
      await run<{ updateCampaign: CampaignData }>('organiser', UPDATE, {
        code,
        input: { name: 'Tháng cao điểm 3–4/2024', endsOn: '2024-04-15', note: 'extended', theme: null },
      }),
    ).updateCampaign;
    expect(updated).toMatchObject({
      name: 'Tháng cao điểm 3–4/2024',
      startsOn: '2024-03-01',
      endsOn: '2024-04-15',
      days: 46,
      note: 'extended',
      theme: null,
    });
    expect(await read('organiser', code)).toEqual(updated);
    expect((await read('admin', code))!.planReference).toBe('Kế hoạch 12/KH-UBND');
    const listed = ok(await run<{ campaigns: { code: string }[] }>('organiser', '{ campaigns(unitCode: "26977") { code } }')).campaigns;
    expect(listed.map((c) => c.code)).toContain(code);

    expect(ok(await run<{ deleteCampaign: boolean }>('organiser', DELETE, { code }))).toEqual({ deleteCampaign: true });
    expect(await read('organiser', code)).toBeNull();
    expect(
      (await api.pool.query('select 1 from campaign_enrollment e join campaign c on c.id = e.campaign_id where c.code = $1', [code]))
        .rowCount,
    ).toBe(0);

    const log = await auditOf(api, as('admin'), `campaign:${code}`);
    expect(log.map((e) => [e.action, e.actor, e.unitId])).toEqual([
      ['CAMPAIGN_DELETED', organiser.username, unitIds.get('766')],
      ['CAMPAIGN_UPDATED', organiser.username, unitIds.get('766')],
      ['ENROLMENT_REMOVED', organiser.username, unitIds.get('26965')],
      ['ENROLMENT_SET', organiser.username, unitIds.get('26977')],
      ['ENROLMENT_SET', organiser.username, unitIds.get('26965')],
      ['ENROLMENT_SET', organiser.username, unitIds.get('26977')],
      ['ENROLMENT_SET', organiser.username, unitIds.get('766')],
      ['CAMPAIGN_CREATED', organiser.username, unitIds.get('766')],
    ]);
    expect(log[7].detail).toMatchObject({
      code,
      organiser: 'Quận Tân Bình (766)',
      startsOn: '2024-03-01',
      endsOn: '2024-03-31',
      planReference: 'Kế hoạch 12/KH-UBND',
    });
    expect(log[3].detail).toMatchObject({
      unit: '26977',
      startsOn: '2024-03-10',
      endsOn: '2024-03-20',
      before: { unit: '26977', startsOn: '2024-03-01', endsOn: '2024-03-31' },
    });
    expect(log[1].detail).toEqual({
      changes: {
        name: { from: 'Tháng cao điểm thử nghiệm 3/2024', to: 'Tháng cao điểm 3–4/2024' },
        endsOn: { from: '2024-03-31', to: '2024-04-15' },
        theme: { from: 'Nhanh, đúng hẹn', to: null },
        note: { from: null, to: 'extended' },
      },
    });
    expect(log[0].detail).toMatchObject({ code, endsOn: '2024-04-15', enrollments: [{ unit: '766' }, { unit: '26977' }] });
  });

  it('nests a ward campaign inside the district peak month, and keeps children inside their parent', async () => {
    const parent = await fixture('766');
    const child = nextCode('week');
    const week = { ...march2024(child, '26977'), kind: 'SAME_DAY_WEEK', startsOn: '2024-03-11', endsOn: '2024-03-15', parentCode: parent };
    const made = ok(await run<{ createCampaign: CampaignData }>('organiser', CREATE, { input: week })).createCampaign;
    expect(made.parent).toEqual({ code: parent });
    expect(
      ok(await run<{ campaign: { children: { code: string }[] } }>('organiser', `{ campaign(code: "${parent}") { children { code } } }`))
        .campaign.children,
    ).toEqual([{ code: child }]);

    const before = await rowCounts(api);
    const refused = async (label: string, text: string, variables: Record<string, unknown>, message: string) => {
      const r = await run(label, text, variables);
      expect({ codes: codes(r), messages: messages(r) }).toEqual({ codes: ['BAD_USER_INPUT'], messages: [message] });
    };
    await refused(
      'organiser',
      CREATE,
      { input: { ...week, code: nextCode('x'), startsOn: '2024-02-26' } },
      `startsOn, endsOn: 2024-02-26 – 2024-03-15 is outside the parent campaign ${parent} (2024-03-01 – 2024-03-31)`,
    );
    await refused(
      'organiser',
      UPDATE,
      { code: child, input: { endsOn: '2024-04-02' } },
      `startsOn, endsOn: 2024-03-11 – 2024-04-02 is outside the parent campaign ${parent} (2024-03-01 – 2024-03-31)`,
    );
    await refused(
      'organiser',
      UPDATE,
      { code: parent, input: { startsOn: '2024-03-12' } },
      `startsOn, endsOn: 2024-03-12 – 2024-03-31 would leave out campaigns within this one: ${child} (2024-03-11 – 2024-03-15)`,
    );
    await refused(
      'organiser',
      UPDATE,
      { code: parent, input: { parentCode: child } },
      `parentCode: ${child} is within this campaign: a campaign cannot be part of itself`,
    );
    await refused('organiser', DELETE, { code: parent }, `code: campaigns within ${parent} (${child}) must be deleted or moved first`);
    // A ward's campaign cannot hold the district's: the parent's organiser must be the organiser or above it.
    await refused(
      'organiser',
      CREATE,
      { input: { ...march2024(nextCode('x'), '766'), startsOn: '2024-03-12', endsOn: '2024-03-13', parentCode: child } },
      `parentCode: ${child} is organised by Phường 1 (26977), which is neither Quận Tân Bình (766) nor above it`,
    );
    expect(await rowCounts(api)).toEqual(before);

    ok(await run('organiser', UPDATE, { code: child, input: { parentCode: null } }));
    expect((await read('organiser', child))!.parent).toBeNull();
    ok(await run('organiser', DELETE, { code: parent }));
    ok(await run('organiser', DELETE, { code: child }));
  });

  it('refuses units of another district, FORBIDDEN naming them, and writes nothing', async () => {
    const own = await fixture('766', ['26977']);
    const sonTay = await fixture('269', ['09577']);
    const before = await rowCounts(api);
    const forbidden = async (text: string, variables: Record<string, unknown>, unit: string) => {
      const r = await run('organiser', text, variables);
      expect({ codes: codes(r), messages: messages(r), data: r.data }).toEqual({
        codes: ['FORBIDDEN'],
        messages: [`${unit} ${TAN_BINH_ONLY}`],
        data: null,
      });
    };
    await forbidden(CREATE, { input: march2024(nextCode('x'), '269') }, 'Thị xã Sơn Tây (269)');
    await forbidden(CREATE, { input: march2024(nextCode('x'), '01') }, 'Thành phố Hà Nội (01)');
    await forbidden(CREATE, { input: march2024(nextCode('x'), '79') }, 'Thành phố Hồ Chí Minh (79)');
    await forbidden(ENROL, { code: own, units: ['26965', '09577'] }, 'Phường Phú Thịnh (09577)');
    await forbidden(UPDATE, { code: own, input: { organiserCode: '005' } }, 'Quận Cầu Giấy (005)');
    await forbidden(UPDATE, { code: sonTay, input: { name: 'taken over' } }, 'Thị xã Sơn Tây (269)');
    await forbidden(UPDATE, { code: sonTay, input: { organiserCode: '766' } }, 'Thị xã Sơn Tây (269)');
    await forbidden(DELETE, { code: sonTay }, 'Thị xã Sơn Tây (269)');
    await forbidden(ENROL, { code: sonTay, units: ['09580'] }, 'Thị xã Sơn Tây (269)');
    await forbidden(WITHDRAW, { code: sonTay, units: ['09577'] }, 'Thị xã Sơn Tây (269)');
    // The seeded city-wide theme is Hồ Chí Minh City's, not the district's.
    await forbidden(UPDATE, { code: 'hcm-2021-urban-government', input: { note: 'x' } }, 'Thành phố Hồ Chí Minh (79)');
    expect(await rowCounts(api)).toEqual(before);
  });
});

describe('who may manage campaigns', () => {
  it.each(['leader', 'officer', 'viewer', 'demo', 'anonymous'])(
    '%s is refused every campaign mutation and writes nothing',
    async (label) => {
      const code = await fixture('766', ['26977']);
      const before = await rowCounts(api);
      const attempts: [string, Record<string, unknown>][] = [
        [CREATE, { input: march2024(nextCode('x')) }],
        [UPDATE, { code, input: { note: 'x' } }],
        [DELETE, { code }],
        [ENROL, { code, units: ['26965'] }],
        [WITHDRAW, { code, units: ['26977'] }],
      ];
      for (const [text, variables] of attempts) {
        const r = await run(label, text, variables);
        expect(r.data).toBeNull();
        if (label === 'anonymous') expect(codes(r)).toEqual(['UNAUTHENTICATED']);
        else if (label === 'demo')
          expect(messages(r)).toEqual(['The demo is read-only: sign in with an account that may manage campaigns and enrolments']);
        else expect(messages(r)).toEqual([`Your account (${label} of Quận Tân Bình (766)) ${NOT_MANAGER}`]);
        if (label !== 'anonymous') expect(codes(r)).toEqual(['FORBIDDEN']);
      }
      expect(await rowCounts(api)).toEqual(before);
    },
  );

  it('lets an administrator manage any unit’s campaigns', async () => {
    const code = await fixture('269', ['269', '09577']);
    const updated = ok(
      await run<{ updateCampaign: CampaignData }>('admin', UPDATE, { code, input: { organiserCode: '01' } }),
    ).updateCampaign;
    expect(updated.organiser).toEqual({ code: '01' });
    ok(await run('admin', DELETE, { code }));
  });
});

describe('invalid changes', () => {
  it('give a message naming the field and write nothing', async () => {
    const code = await fixture('766', ['26977']);
    const before = await rowCounts(api);
    const cases: [string, Record<string, unknown>, string][] = [
      [UPDATE, { code: 'no-such-campaign', input: { note: 'x' } }, 'code: no campaign with the code "no-such-campaign"'],
      [DELETE, { code: 'no-such-campaign' }, 'code: no campaign with the code "no-such-campaign"'],
      [ENROL, { code: 'no-such-campaign', units: ['26977'] }, 'campaignCode: no campaign with the code "no-such-campaign"'],
      [WITHDRAW, { code: 'no-such-campaign', units: ['26977'] }, 'campaignCode: no campaign with the code "no-such-campaign"'],
      [CREATE, { input: { ...march2024(nextCode('x')), organiserCode: '99999' } }, 'organiserCode: unknown unit code "99999"'],
      [CREATE, { input: { ...march2024(nextCode('x')), endsOn: '2024-02-28' } }, 'endsOn (2024-02-28) is before startsOn (2024-03-01)'],
      [UPDATE, { code, input: { startsOn: '2024-04-01' } }, 'endsOn (2024-03-31) is before startsOn (2024-04-01)'],
      [
        CREATE,
        { input: march2024('tan-binh-2021-11-peak-month') },
        'code: a campaign with the code tan-binh-2021-11-peak-month already exists',
      ],
      [
        CREATE,
        { input: march2024('Peak Month!') },
        'code must be 2–100 characters: lower-case letters, digits, ".", "-" or "_", starting with a letter or digit; got "Peak Month!"',
      ],
      [CREATE, { input: { ...march2024(nextCode('x')), name: '   ' } }, 'name must not be empty'],
      [UPDATE, { code, input: { name: null } }, 'name cannot be null: leave it out to keep it as it is'],
      [
        CREATE,
        { input: { ...march2024(nextCode('x')), parentCode: 'no-such-parent' } },
        'parentCode: no campaign with the code "no-such-parent"',
      ],
      // The district was merged away on 1 Jul 2025: a campaign past that day has no organiser.
      [
        CREATE,
        { input: { ...march2024(nextCode('x')), startsOn: '2025-06-01', endsOn: '2025-07-31' } },
        'organiserCode: Quận Tân Bình (766) existed until 2025-06-30 — not on every day from 2025-06-01 to 2025-07-31',
      ],
      [
        UPDATE,
        { code, input: { endsOn: '2025-07-01' } },
        'startsOn, endsOn: the organiser Quận Tân Bình (766) existed until 2025-06-30, not on every day from 2024-03-01 to 2025-07-01',
      ],
      [
        UPDATE,
        { code, input: { endsOn: '2024-03-20' } },
        'startsOn, endsOn: 2024-03-01 – 2024-03-20 would leave out enrolled days of Phường 1 (26977) 2024-03-01 – 2024-03-31: change or withdraw those enrolments first',
      ],
      [ENROL, { code, units: ['26977', '123456'] }, 'unitCodes: unknown unit code "123456"'],
      [ENROL, { code, units: [] }, 'unitCodes must name at least one unit'],
      [
        ENROL,
        { code, units: ['26965'], startsOn: '2024-02-20' },
        'startsOn, endsOn: Phường 2 (26965) would take part 2024-02-20 – 2024-03-31, outside the campaign ' +
          code +
          ' (2024-03-01 – 2024-03-31)',
      ],
      [
        ENROL,
        { code, units: ['26965'], startsOn: '2024-03-20', endsOn: '2024-03-10' },
        'endsOn (2024-03-10) is before startsOn (2024-03-20)',
      ],
      [WITHDRAW, { code, units: ['26965'] }, `unitCodes: "26965" is not enrolled in ${code}`],
      [
        DELETE,
        { code: 'tan-binh-2021-11-peak-month' },
        'code: campaigns within tan-binh-2021-11-peak-month (tan-binh-2021-11-same-day-month, tan-binh-2021-11-same-day-week) must be deleted or moved first',
      ],
      [
        DELETE,
        { code: 'tan-binh-2021-11-same-day-week' },
        'code: reported figures cite tan-binh-2021-11-same-day-week (F7, F8); a cited campaign cannot be deleted',
      ],
    ];
    for (const [text, variables, message] of cases) {
      const r = await run('organiser', text, variables);
      expect({ variables, codes: codes(r), messages: messages(r) }).toEqual({ variables, codes: ['BAD_USER_INPUT'], messages: [message] });
    }
    // An administrator reaches every unit: a unit outside the organiser is then the message, not FORBIDDEN.
    const admin: [string, Record<string, unknown>, string][] = [
      [ENROL, { code, units: ['09577'] }, 'unitCodes: Phường Phú Thịnh (09577) is neither the organiser Quận Tân Bình (766) nor under it'],
      [
        UPDATE,
        { code, input: { organiserCode: '269' } },
        'organiserCode: enrolled units are neither Thị xã Sơn Tây (269) nor under it: Phường 1 (26977)',
      ],
    ];
    for (const [text, variables, message] of admin) {
      const r = await run('admin', text, variables);
      expect({ variables, messages: messages(r) }).toEqual({ variables, messages: [message] });
    }
    expect(await rowCounts(api)).toEqual(before);
  });

  it('resolves a code reused by the 2025 reform against the enrolled days', async () => {
    // A city campaign across the reform: old Ward 14 (27004) until 30 Jun, new Phường Tân Bình (27004) from 1 Jul.
    const code = nextCode('city');
    ok(await run('admin', CREATE, { input: { ...march2024(code, '79'), startsOn: '2025-06-01', endsOn: '2025-07-31' } }));
    const spanning = await run('admin', ENROL, { code, units: ['27004'] });
    expect(messages(spanning)).toEqual([
      'unitCodes (27004): Phường 14 (27004) existed until 2025-06-30; Phường Tân Bình (27004) existed from 2025-07-01 — not on every day from 2025-06-01 to 2025-07-31',
    ]);
    ok(await run('admin', ENROL, { code, units: ['27004'], startsOn: '2025-06-01', endsOn: '2025-06-30' }));
    const both = ok(
      await run<{ enrollUnits: CampaignData }>('admin', ENROL, { code, units: ['27004'], startsOn: '2025-07-01', endsOn: '2025-07-31' }),
    ).enrollUnits;
    const enrolledUnits = async () =>
      (
        await api.pool.query<{ name: string; days: string }>(
          `select u.name, e.starts_on::text || ' – ' || e.ends_on::text as days from campaign_enrollment e
             join campaign c on c.id = e.campaign_id join administrative_unit u on u.id = e.unit_id where c.code = $1 order by e.starts_on`,
          [code],
        )
      ).rows;
    expect(both.enrollments.map((e) => [e.unit.code, e.startsOn])).toEqual(
      expect.arrayContaining([
        ['27004', '2025-06-01'],
        ['27004', '2025-07-01'],
      ]),
    );
    expect(await enrolledUnits()).toEqual([
      { name: 'Phường 14', days: '2025-06-01 – 2025-06-30' },
      { name: 'Phường Tân Bình', days: '2025-07-01 – 2025-07-31' },
    ]);
    expect(messages(await run('admin', WITHDRAW, { code, units: ['27004'] }))).toEqual([
      'unitCodes: the code 27004 names 2 enrolled units (Phường 14 (27004) 2025-06-01 – 2025-06-30; Phường Tân Bình (27004) 2025-07-01 – 2025-07-31): give on, a day of the enrolment to withdraw',
    ]);
    ok(await run('admin', WITHDRAW, { code, units: ['27004'], on: '2025-07-15' }));
    expect(await enrolledUnits()).toEqual([{ name: 'Phường 14', days: '2025-06-01 – 2025-06-30' }]);
    ok(await run('admin', DELETE, { code }));
  });
});
