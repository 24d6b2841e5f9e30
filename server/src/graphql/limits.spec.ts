import 'reflect-metadata';
import { getIntrospectionQuery, parse, specifiedRules, validate, type GraphQLSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { estimateRows, QUERY_LIMITS, QUERY_VALIDATION_RULES, queryCost } from './limits';
import { buildAppSchema } from './schema';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAppSchema();
});

const errorsOf = (text: string) => validate(schema, parse(text), [...specifiedRules, ...QUERY_VALIDATION_RULES]).map((e) => e.message);
const costOf = (text: string, variables: Record<string, unknown> = {}) => queryCost(schema, parse(text), variables);

/** `units { children { … { code } } }` with `depth` fields on its deepest path. */
const nested = (depth: number) => `{ units(search: "Tân Bình") { ${'children { '.repeat(depth - 2)}code${' }'.repeat(depth - 2)} } }`;

describe('depth limit', () => {
  it('refuses a query nested 50 levels deep, naming the depth and the limit', () => {
    expect(errorsOf(nested(50))).toEqual(['query is nested 50 levels deep; the limit is 12']);
  });

  it('takes a query exactly at the limit and counts the levels inside fragments', () => {
    expect(errorsOf(nested(12))).toEqual([]);
    const viaFragments = `query Deep { units(search: "a") { ...A } }
      fragment A on Unit { children { ...B } }
      fragment B on Unit { children { children { children { children { children { children { children { children { children { children { code } } } } } } } } } } }`;
    expect(errorsOf(viaFragments)).toEqual(['query Deep is nested 13 levels deep; the limit is 12']);
  });

  it('leaves introspection alone (its type references nest deeper than any data query)', () => {
    expect(errorsOf(getIntrospectionQuery())).toEqual([]);
  });
});

describe('alias limit', () => {
  it('refuses 51 aliases of one field', () => {
    const aliases = Array.from({ length: 51 }, (_, i) => `m${i}: metrics { key }`).join(' ');
    expect(errorsOf(`{ ${aliases} }`)).toEqual(['the document uses 51 aliases; the limit is 50']);
  });
});

describe('cost', () => {
  it('estimates a grouped list by its dimensions: 30 days in Nov 2021, ~20 units under a code with descendants, 1 without', () => {
    const period = { from: '2021-11-01', to: '2021-11-30' };
    expect(estimateRows({ period, groupBy: ['DAY'] }, true)).toBe(30);
    expect(estimateRows({ period, groupBy: ['MONTH', 'CHANNEL'] }, true)).toBe(3);
    expect(estimateRows({ period, groupBy: ['UNIT'], scope: { unitCodes: ['766'], includeDescendants: true } }, true)).toBe(20);
    expect(estimateRows({ period, groupBy: ['UNIT'], scope: { unitCodes: ['766', '269'], includeDescendants: false } }, true)).toBe(2);
    expect(estimateRows({ period }, true)).toBe(1);
    expect(estimateRows({ first: 200 }, false)).toBe(200);
    expect(estimateRows({}, false)).toBe(20);
  });

  it('prices ten years of kpis per day, unit and procedure (~4 million rows) far over the limit', () => {
    const cost = costOf(
      `{ kpis(scope: { unitCodes: ["766"] }, period: { from: "2016-01-01", to: "2025-12-31" }, groupBy: [DAY, UNIT, PROCEDURE]) { received resolved } }`,
    )!;
    expect(cost).toBeGreaterThan(1_000_000);
    expect(cost).toBeGreaterThan(QUERY_LIMITS.maxCost);
  });

  it('prices a dossier page by its rows, with variables, and never above 500 rows whatever first asks', () => {
    const page = `query P($first: Int) { dossiers(scope: { unitCodes: ["766"] }, filter: { period: { from: "2021-11-01", to: "2021-11-30" }, figure: EARLY }, first: $first) {
      totalCount nodes { code receivedOn } pageInfo { endCursor } } }`;
    const per10 = costOf(page, { first: 10 })!;
    expect(costOf(page, { first: 100 })).toBe(1 + (per10 - 1) * 10);
    expect(costOf(page, { first: 1_000_000 })).toBe(costOf(page, { first: 500 }));
    expect(costOf(page)).toBe(costOf(page, { first: 50 })); // the argument's default
  });

  it('keeps every operation of schema/examples.graphql under every limit', () => {
    const examples = parse(readFileSync(join(__dirname, '..', '..', '..', 'schema', 'examples.graphql'), 'utf8'));
    expect(validate(schema, examples, [...specifiedRules, ...QUERY_VALIDATION_RULES]).map((e) => e.message)).toEqual([]);
    for (const op of examples.definitions) {
      if (op.kind !== 'OperationDefinition') continue;
      const cost = queryCost(schema, examples, {}, op.name!.value)!;
      expect([op.name!.value, cost < QUERY_LIMITS.maxCost / 10]).toEqual([op.name!.value, true]);
    }
  });
});
