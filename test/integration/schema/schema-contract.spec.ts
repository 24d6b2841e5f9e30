import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAppSchema, printAppSchema } from '../../../server/src/graphql/schema';

describe('schema/schema.graphql', () => {
  it('is what the server emits (run npm run schema:emit after changing the API)', async () => {
    const committed = readFileSync(join(__dirname, '..', '..', '..', 'schema', 'schema.graphql'), 'utf8');
    expect(printAppSchema(await buildAppSchema())).toBe(committed);
  });
});
