import type { SqlClient } from '../../../server/src/db/sql-client';
import { scopedSql } from '../../../server/src/graphql/auth-checker';
import { Access } from '../../../server/src/modules/accounts/access';
import type { Period } from '../../../server/src/modules/kpi/period';
import { resolveScope, withDescendants } from '../../../server/src/modules/kpi/unit-scope';
import { UnitDirectory } from '../../../server/src/modules/units/unit-directory';
import { startApi, type TestApi } from '../../support/api';

/** Requests over HTTP resolve unit codes from the process's unit tree; scripts ask the database. Same answers. */
describe('unit scope from the unit tree and from the database', () => {
  let api: TestApi;
  let tree: UnitDirectory;
  beforeAll(async () => {
    api = await startApi();
    tree = await UnitDirectory.load(api.pool);
  });
  afterAll(() => api.close());

  // Every statement the tree path sends: none, when the tree places every code.
  const sent: string[] = [];
  const counting: SqlClient = { query: (text, params) => (sent.push(text), api.pool.query(text, params)) as never };
  const fromTree = () => scopedSql(counting, Access.system('test'), () => Promise.resolve(tree));
  const fromDatabase = () => scopedSql(api.pool, Access.system('test'));
  const outcome = (promise: Promise<number[]>) =>
    promise.then(
      (ids) => ({ ids }),
      (error: Error) => ({ error: error.message }),
    );

  // Before, across and after the 2025 merger, when codes such as 27004 name an old and a new ward.
  const periods: Period[] = [
    { from: '2021-11-01', to: '2021-11-30' },
    { from: '2025-06-15', to: '2025-07-15' },
    { from: '2025-08-01', to: '2025-08-31' },
  ];

  it('gives the same units for every code, period and depth', async () => {
    const codes = [...new Set(tree.all().map((u) => u.code))];
    expect(codes.length).toBeGreaterThan(40);
    for (const period of periods)
      for (const code of codes)
        for (const deep of [false, true]) {
          const [a, b] = [
            await outcome(resolveScope(fromTree(), [code], deep, period)),
            await outcome(resolveScope(fromDatabase(), [code], deep, period)),
          ];
          expect({ code, period, deep, ...a }).toEqual({ code, period, deep, ...b });
        }
    // Only the codes a period does not place (wards before they existed, or after they ended) were asked.
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((text) => /unnest|select distinct code/.test(text))).toBe(true);
    sent.length = 0;
    const many = codes.slice(0, 12);
    expect(await resolveScope(fromTree(), many, true, periods[0])).toEqual(await resolveScope(fromDatabase(), many, true, periods[0]));
  });

  it('names a reused code’s old and new ward in a period across the merger, and a whole district with its wards', async () => {
    const across = await resolveScope(fromTree(), ['27004'], false, periods[1]);
    expect(across).toHaveLength(2);
    const tanBinh = await resolveScope(fromTree(), ['766'], true, periods[0]);
    expect(tanBinh).toEqual(await withDescendants(fromDatabase(), await resolveScope(fromDatabase(), ['766'], false, periods[0])));
    expect(tanBinh.length).toBeGreaterThan(15);
    expect(sent).toEqual([]);
  });

  it('is what a request over HTTP uses: no query resolves its units', async () => {
    const asked = jest.spyOn(api.pool, 'query');
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          '{ kpis(scope: { unitCodes: ["766"], includeDescendants: true }, period: { from: "2021-11-01", to: "2021-11-30" }) { receivedTotal } }',
      }),
    });
    expect(((await response.json()) as { data: { kpis: { receivedTotal: number }[] } }).data.kpis[0].receivedTotal).toBe(45_730);
    const texts = asked.mock.calls.map((call) => String(call[0]));
    asked.mockRestore();
    expect(texts.length).toBeGreaterThan(0); // the figures themselves
    expect(texts.filter((text) => /unnest\(\$1::text\[\]\) as c\(code\)|with recursive tree/.test(text))).toEqual([]);
  });

  it('leaves a code the tree does not place to the database, with its message', async () => {
    await expect(resolveScope(fromTree(), ['766', 'NO-SUCH'], false, periods[0])).rejects.toThrow('Unknown unit code: NO-SUCH');
    // A ward that ended with the merger and whose code was not reused, asked for after it.
    const after = { from: '2025-08-01', to: '2025-08-31' };
    const ended = tree.all().find((u) => u.validTo !== null && tree.inPeriod(u.code, after.from, after.to).length === 0);
    expect(ended).toBeDefined();
    await expect(resolveScope(fromTree(), [ended!.code], false, after)).rejects.toThrow(
      `Unit ${ended!.code} did not exist between 2025-08-01 and 2025-08-31`,
    );
  });
});
