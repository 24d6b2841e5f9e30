import 'reflect-metadata';
import { parse, validate } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAppSchema, printAppSchema } from '../../../server/src/graphql/schema';

describe('schema/schema.graphql', () => {
  it('is what the server emits (run npm run schema:emit after changing the API)', async () => {
    const committed = readFileSync(join(__dirname, '..', '..', '..', 'schema', 'schema.graphql'), 'utf8');
    expect(printAppSchema(await buildAppSchema())).toBe(committed);
  });
});

describe('schema/examples.graphql', () => {
  it('holds only operations that are valid against the schema', async () => {
    const examples = readFileSync(join(__dirname, '..', '..', '..', 'schema', 'examples.graphql'), 'utf8');
    const document = parse(examples);
    expect(document.definitions.length).toBeGreaterThanOrEqual(10);
    expect(validate(await buildAppSchema(), document).map((e) => e.message)).toEqual([]);
  });
});
