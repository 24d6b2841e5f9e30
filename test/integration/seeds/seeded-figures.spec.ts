import pg from 'pg';
import { form06BySql, scopeIds } from '../../support/figures';
import { testDatabases } from '../../support/test-databases';

let client: pg.Client;
beforeAll(async () => {
  client = new pg.Client({ connectionString: testDatabases().mainUrl });
  await client.connect();
});
afterAll(() => client.end());

describe('the seeded dossiers give back the reported figures exactly', () => {
  it('Tân Bình, Nov 2021 (F2–F6): 45,730 received and resolved, 823 early, 44,907 on time, none overdue', async () => {
    const ids = await scopeIds(client, '766', '2021-11-01', 'UNIT_AND_DESCENDANTS');
    expect(ids).toHaveLength(16);
    const f = await form06BySql(client, ids, '2021-11-01', '2021-11-30');
    expect(f.receivedTotal).toBe(45_730);
    expect(f.receivedOnline + f.receivedInPerson + f.carriedOver).toBe(45_730);
    expect(f.resolved).toBe(45_730);
    expect(f.early).toBe(823);
    expect(f.onTime).toBe(44_907);
    expect(f.overdue).toBe(0);
    expect(f.pending).toBe(0);
  });

  it('same-day week (F7): 117 district dossiers received and resolved the same day, 15–20 Nov 2021', async () => {
    const [district] = await scopeIds(client, '766', '2021-11-15', 'UNIT');
    const { rows } = await client.query(
      `select count(*)::int as n from dossier where unit_id = $1 and received_on between '2021-11-15' and '2021-11-20' and finished_on = received_on`,
      [district],
    );
    expect(rows[0].n).toBe(117);
  });

  it('the 11 wards enrolled for the whole month (F9) received and resolved 29,471 dossiers', async () => {
    const { rows } = await client.query<{ id: number }>(
      `select e.unit_id as id from campaign_enrollment e join campaign c on c.id = e.campaign_id where c.code = 'tan-binh-2021-11-same-day-month'`,
    );
    expect(rows).toHaveLength(11);
    const f = await form06BySql(client, rows.map((r) => r.id), '2021-11-01', '2021-11-30');
    expect(f.receivedTotal).toBe(29_471);
    expect(f.carriedOver).toBe(0);
    expect(f.resolved).toBe(29_471);
  });

  it('ratings, Tân Bình Nov 2021 (F10): 65,334 = 64,888 satisfied + 394 neutral + 52 dissatisfied → 99.32%', async () => {
    const ids = await scopeIds(client, '766', '2021-11-01', 'UNIT_AND_DESCENDANTS');
    const { rows } = await client.query<{ level: string; n: number }>(
      `select level, count(*)::int as n from satisfaction_rating where unit_id = any($1::int[]) and rated_on between '2021-11-01' and '2021-11-30' group by level`,
      [ids],
    );
    const by = Object.fromEntries(rows.map((r) => [r.level, r.n]));
    expect(by).toEqual({ SATISFIED: 64_888, NEUTRAL: 394, DISSATISFIED: 52 });
    const total = rows.reduce((s, r) => s + r.n, 0);
    expect(total).toBe(65_334);
    expect(((100 * (by.SATISFIED + (by.VERY_SATISFIED ?? 0))) / total).toFixed(2)).toBe('99.32');
    expect(((100 * by.NEUTRAL) / total).toFixed(2)).toBe('0.60');
    expect(((100 * by.DISSATISFIED) / total).toFixed(2)).toBe('0.08');
  });

  it('Sơn Tây town desk, Jan–Apr 2022 (F14, F15): 1,297 received of which 15 carried over; 1,197 resolved, all on time', async () => {
    const ids = await scopeIds(client, '269', '2022-01-01', 'UNIT');
    const f = await form06BySql(client, ids, '2022-01-01', '2022-04-30');
    expect(f.receivedTotal).toBe(1_297);
    expect(f.carriedOver).toBe(15);
    expect(f.resolved).toBe(1_197);
    expect(f.onTime).toBe(1_197);
    expect(f.early + f.overdue).toBe(0);
    expect(f.pendingOverdue).toBe(0);
  });

  it('Sơn Tây communes and wards (F16, F17): 6,977 received, 6,975 resolved of which 18 overdue — facts consistent', async () => {
    const ids = await scopeIds(client, '269', '2022-01-01', 'DESCENDANTS');
    expect(ids).toHaveLength(15);
    const f = await form06BySql(client, ids, '2022-01-01', '2022-04-30');
    expect(f.receivedTotal).toBe(6_977);
    expect(f.resolved).toBe(6_975);
    expect(f.overdue).toBe(18);
    expect(f.early + f.onTime + f.overdue).toBe(f.resolved);
    expect(f.receivedTotal).toBe(f.resolved + f.pending);
  });

  it('keeps F17 as published, with its contradiction (F18) on record', async () => {
    const { rows } = await client.query<{ key: string; value: string | null }>(
      `select key, value::text from reported_figure where key in ('F17', 'F17a', 'F17b', 'F18', 'F28') order by key`,
    );
    expect(rows).toEqual([
      { key: 'F17', value: '6975.0000' },
      { key: 'F17a', value: '6975.0000' },
      { key: 'F17b', value: '18.0000' },
      { key: 'F18', value: null },
      { key: 'F28', value: null },
    ]);
  });

  it('has no dossier that ends before it was received, and classifies exactly the finished ones', async () => {
    const { rows } = await client.query(
      `select count(*) filter (where finished_on < received_on)::int as "endsBeforeReceipt",
              count(*) filter (where (finished_at is null) <> (timeliness is null))::int as "misclassified",
              count(*) filter (where finished_on is distinct from (finished_at at time zone 'Asia/Ho_Chi_Minh')::date)::int as "wrongLocalDay"
         from dossier`,
    );
    expect(rows[0]).toEqual({ endsBeforeReceipt: 0, misclassified: 0, wrongLocalDay: 0 });
  });
});
