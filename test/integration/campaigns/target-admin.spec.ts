import { randomBytes } from 'node:crypto';
import { startApi, type TestApi } from '../../support/api';
import { actors, auditOf, codes, messages, removeLeftovers, rowCounts, TAN_BINH_ACTORS, type Actor } from './campaign-support';

/** Unique per run: the database may be kept between runs; every target this suite sets starts with it. */
const PREFIX = `zz-test-${randomBytes(4).toString('hex')}`;

const SET = `mutation($input: TargetInput!) { setTarget(input: $input) { code metric comparator threshold unit { code } campaignCode validFrom validTo basis } }`;
const REMOVE = 'mutation($code: String!) { removeTarget(code: $code) }';
const TARGETS = 'query($unit: String, $on: Date) { targets(unitCode: $unit, activeOn: $on) { code metric unit { code } campaignCode } }';
const COMPARE = `{ compareUnits(parentCode: "766", period: { from: "2021-11-01", to: "2021-11-30" }, metric: "sameDayRate") {
  rows { unit { code } kpi { sameDayRate } targetStatus { code status value threshold } } } }`;

interface Row {
  unit: { code: string };
  kpi: { sameDayRate: number | null };
  targetStatus: { code: string; status: string; value: number | null; threshold: number }[];
}

let api: TestApi;
let who: Map<string, Actor>;
let serial = 0;
const as = (label: string) => who.get(label)!.access;
const run = <T = Record<string, unknown>>(label: string, text: string, variables: Record<string, unknown> = {}) =>
  api.execute<T>(as(label), text, variables);
const nextCode = () => `${PREFIX}-${++serial}`;
/** Wards of Tân Bình on the same day, November 2021 (the peak month). */
const sameDay = (code: string, comparator: string, threshold: number) => ({
  code,
  metric: 'sameDayRate',
  comparator,
  threshold,
  unitCode: '766',
  validFrom: '2021-11-01',
  validTo: '2021-11-30',
  basis: 'Test: same-day processing in the peak month',
});

async function statuses(code: string): Promise<{ unit: string; status: string | undefined; value: number | null }[]> {
  const r = await run<{ compareUnits: { rows: Row[] } }>('leader', COMPARE);
  expect(r.errors).toBeUndefined();
  return r.data!.compareUnits.rows.map((row) => {
    const check = row.targetStatus.find((t) => t.code === code);
    return { unit: row.unit.code, status: check?.status, value: row.kpi.sameDayRate };
  });
}

beforeAll(async () => {
  api = await startApi({ demo: false, http: { responseCacheSeconds: 30 } });
  who = await actors(api, TAN_BINH_ACTORS);
}, 60_000);
afterAll(async () => {
  if (!api) return;
  await removeLeftovers(api, PREFIX);
  await api.close();
});

describe('targets set by an administrator', () => {
  it('changes compareUnits’ target status at once, reads back through targets, and is audited on set, change and removal', async () => {
    const code = nextCode();
    const before = await statuses(code);
    expect(before.length).toBe(15);
    expect(before.every((r) => r.status === undefined)).toBe(true);

    const set = await run<{ setTarget: Record<string, unknown> }>('admin', SET, { input: sameDay(code, 'AT_LEAST', 0) });
    expect(set).toEqual({
      data: {
        setTarget: {
          code,
          metric: 'sameDayRate',
          comparator: 'AT_LEAST',
          threshold: 0,
          unit: { code: '766' },
          campaignCode: null,
          validFrom: '2021-11-01',
          validTo: '2021-11-30',
          basis: 'Test: same-day processing in the peak month',
        },
      },
    });
    // The leader's compareUnits was cached before the change: the mutation emptied the cache.
    expect((await statuses(code)).map((r) => r.status)).toEqual(before.map((r) => (r.value === null ? 'NO_DATA' : 'MET')));

    expect(messages(await run('admin', SET, { input: sameDay(code, 'AT_LEAST', 1) }))).toEqual([]);
    const strict = await statuses(code);
    expect(strict.map((r) => r.status)).toEqual(strict.map((r) => (r.value === null ? 'NO_DATA' : r.value >= 1 ? 'MET' : 'MISSED')));
    expect(strict.some((r) => r.status === 'MISSED')).toBe(true);

    const listed = await run<{ targets: { code: string; unit: { code: string } | null }[] }>('leader', TARGETS, { unit: '26977' });
    expect(listed.errors).toBeUndefined();
    // Bound to the district: not among the targets bound to Ward 1 or under it; the rules for every unit are.
    expect(listed.data!.targets.map((t) => t.code)).not.toContain(code);
    expect(listed.data!.targets.map((t) => t.code)).toEqual(
      expect.arrayContaining(['index766-online-share', 'index766-satisfaction', 'sipas-2030']),
    );
    const district = await run<{ targets: { code: string; metric: string; unit: { code: string } | null }[] }>('leader', TARGETS, {
      unit: '766',
    });
    expect(district.data!.targets).toEqual(
      expect.arrayContaining([{ code, metric: 'sameDayRate', unit: { code: '766' }, campaignCode: null }]),
    );

    expect(await run('admin', REMOVE, { code })).toEqual({ data: { removeTarget: true } });
    expect((await statuses(code)).every((r) => r.status === undefined)).toBe(true);
    expect((await run<{ targets: { code: string }[] }>('leader', TARGETS, { unit: '766' })).data!.targets.map((t) => t.code)).not.toContain(
      code,
    );

    const log = await auditOf(api, as('admin'), `target:${code}`);
    expect(log.map((e) => [e.action, e.actor])).toEqual([
      ['TARGET_REMOVED', who.get('admin')!.username],
      ['TARGET_UPDATED', who.get('admin')!.username],
      ['TARGET_CREATED', who.get('admin')!.username],
    ]);
    expect(log[1].detail).toMatchObject({ threshold: 1, before: { threshold: 0 } });
    expect(log[2].detail).toMatchObject({
      metric: 'sameDayRate',
      comparator: 'AT_LEAST',
      threshold: 0,
      unit: 'Quận Tân Bình (766)',
      campaign: null,
    });
  });

  it('binds a campaign target to the campaign, and resolves a reused code against the target’s days', async () => {
    const code = nextCode();
    const r = await run<{ setTarget: { unit: { code: string }; campaignCode: string; validFrom: string | null } }>('admin', SET, {
      input: {
        code,
        metric: 'overdue',
        comparator: 'AT_MOST',
        threshold: 0,
        unitCode: '27004',
        campaignCode: 'tan-binh-2021-11-same-day-week',
        basis: 'Test',
      },
    });
    // No validity given: the campaign's days say which unit 27004 is (old Ward 14 in 2021).
    expect(messages(r)).toEqual([]);
    expect(r.data!.setTarget).toMatchObject({ unit: { code: '27004' }, campaignCode: 'tan-binh-2021-11-same-day-week', validFrom: null });
    const unit = await api.pool.query<{ name: string }>(
      'select u.name from target t join administrative_unit u on u.id = t.unit_id where t.code = $1',
      [code],
    );
    expect(unit.rows).toEqual([{ name: 'Phường 14' }]);
    const read = await run<{ campaign: { targets: { code: string }[] } }>(
      'organiser',
      '{ campaign(code: "tan-binh-2021-11-same-day-week") { targets { code } } }',
    );
    expect(read.data!.campaign.targets.map((t) => t.code)).toContain(code);
    // A campaign with a target cannot be deleted by its organiser: the administrator removes the target first.
    expect(messages(await run('organiser', 'mutation { deleteCampaign(code: "tan-binh-2021-11-same-day-week") }'))).toEqual([
      `code: targets of tan-binh-2021-11-same-day-week (${code}) must be removed first (removeTarget, by an administrator)`,
    ]);
    expect((await run('admin', REMOVE, { code })).errors).toBeUndefined();
  });

  it('lists the targets on one metric: Decision 766’s ≥ 90% satisfied from 23 Jun 2022, SIPAS ≥ 95% from 2030', async () => {
    const r = await run<{ targets: { code: string; metric: string; threshold: number; validFrom: string | null }[] }>(
      'leader',
      'query($metric: String) { targets(unitCode: "766", metric: $metric) { code metric threshold validFrom } }',
      { metric: 'satisfactionRate' },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.targets.filter((t) => !t.code.startsWith(PREFIX))).toEqual([
      { code: 'index766-satisfaction', metric: 'satisfactionRate', threshold: 0.9, validFrom: '2022-06-23' },
      { code: 'sipas-2030', metric: 'satisfactionRate', threshold: 0.95, validFrom: '2030-01-01' },
    ]);
  });

  it('refuses invalid targets with a message naming the field, writing nothing', async () => {
    const base = sameDay(nextCode(), 'AT_LEAST', 0.9);
    const before = await rowCounts(api);
    const cases: [Record<string, unknown>, string | RegExp][] = [
      [
        { ...base, metric: 'opinions' },
        /^metric: "opinions" is not a metric the traffic lights judge; valid keys: receivedTotal, .*, satisfactionRate$/,
      ],
      [{ ...base, threshold: 95 }, 'threshold: sameDayRate is a rate, a fraction from 0 to 1 (0.95 = 95%); got 95'],
      [{ ...base, metric: 'overdue', threshold: -1 }, 'threshold: overdue is a count, 0 or more; got -1'],
      [{ ...base, unitCode: '99999' }, 'unitCode: unknown unit code "99999"'],
      [{ ...base, campaignCode: 'no-such-campaign' }, 'campaignCode: no campaign with the code "no-such-campaign"'],
      [{ ...base, validFrom: '2021-12-01' }, 'validTo (2021-11-30) is before validFrom (2021-12-01)'],
      [{ ...base, basis: ' ' }, 'basis must not be empty: name the law, decision or plan the target comes from'],
      [
        { ...base, code: 'Not A Code' },
        'code must be 2–100 characters: lower-case letters, digits, ".", "-" or "_", starting with a letter or digit; got "Not A Code"',
      ],
      [
        { ...base, unitCode: '269', campaignCode: 'tan-binh-2021-11-peak-month' },
        'unitCode: Thị xã Sơn Tây (269) is neither above nor under Quận Tân Bình (766), the organiser of tan-binh-2021-11-peak-month: the target would bind no enrolled unit',
      ],
      [
        { ...base, unitCode: '27004', validFrom: null, validTo: null },
        'unitCode: the code 27004 names 2 units during … – … (Phường 14 (27004) existed until 2025-06-30; Phường Tân Bình (27004) existed from 2025-07-01): give validFrom and validTo within the days of one of them',
      ],
    ];
    for (const [input, message] of cases) {
      const r = await run('admin', SET, { input });
      expect({ input, codes: codes(r) }).toEqual({ input, codes: ['BAD_USER_INPUT'] });
      if (typeof message === 'string') expect(messages(r)).toEqual([message]);
      else expect(messages(r)[0]).toMatch(message);
    }
    expect(messages(await run('admin', REMOVE, { code: 'no-such-target' }))).toEqual(['code: no target with the code "no-such-target"']);
    expect(await rowCounts(api)).toEqual(before);
  });
});

describe('who may set targets', () => {
  it.each(['organiser', 'leader', 'officer', 'viewer', 'demo', 'anonymous'])('%s is refused setTarget and removeTarget', async (label) => {
    const before = await rowCounts(api);
    for (const [text, variables] of [
      [SET, { input: sameDay(nextCode(), 'AT_LEAST', 0.5) }],
      [REMOVE, { code: 'index766-satisfaction' }],
    ] as const) {
      const r = await run(label, text, variables);
      expect(r.data).toBeNull();
      if (label === 'anonymous') expect(codes(r)).toEqual(['UNAUTHENTICATED']);
      else
        expect({ codes: codes(r), messages: messages(r) }).toEqual({
          codes: ['FORBIDDEN'],
          messages: [
            label === 'demo'
              ? 'The demo is read-only: sign in with an account that may manage targets'
              : `Your account (${label} of Quận Tân Bình (766)) may not manage targets: that needs the role ADMIN`,
          ],
        });
    }
    expect(await rowCounts(api)).toEqual(before);
  });

  it('lists targets within reach only: FORBIDDEN naming a unit out of it, and those of other units left out when no unit is named', async () => {
    const elsewhere = nextCode();
    expect((await run('admin', SET, { input: { ...sameDay(elsewhere, 'AT_LEAST', 0.5), unitCode: '269' } })).errors).toBeUndefined();
    const refused = await run('leader', TARGETS, { unit: '269' });
    expect({ codes: codes(refused), messages: messages(refused) }).toEqual({
      codes: ['FORBIDDEN'],
      messages: ["Thị xã Sơn Tây (269) is outside your account's units: Quận Tân Bình (766) and the units under it"],
    });
    const mine = (await run<{ targets: { code: string }[] }>('leader', TARGETS)).data!.targets.map((t) => t.code);
    expect(mine).toEqual(expect.arrayContaining(['index766-satisfaction', 'tan-binh-2021-11-no-overdue']));
    expect(mine).not.toContain(elsewhere);
    expect((await run<{ targets: { code: string }[] }>('admin', TARGETS)).data!.targets.map((t) => t.code)).toContain(elsewhere);
    // In force on a day: the Decision 766 targets start on 23 Jun 2022.
    const in2021 = (await run<{ targets: { code: string }[] }>('leader', TARGETS, { on: '2021-11-15' })).data!.targets.map((t) => t.code);
    expect(in2021).toContain('tan-binh-2021-11-no-overdue');
    expect(in2021).not.toContain('index766-satisfaction');
    expect((await run('admin', REMOVE, { code: elsewhere })).errors).toBeUndefined();
    expect((await run('anonymous', TARGETS)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
