/**
 * Writes schema/schema.graphql from the server's resolvers (npm run schema:emit), or with
 * --check fails when the committed file differs (npm run check:schema, CI).
 */
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAppSchema, printAppSchema } from '../server/src/graphql/schema';

const SCHEMA_FILE = join(__dirname, '..', 'schema', 'schema.graphql');

async function main() {
  const sdl = printAppSchema(await buildAppSchema());
  if (process.argv.includes('--check')) {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    if (committed !== sdl) {
      console.error('schema/schema.graphql is stale: run npm run schema:emit and commit it');
      process.exit(1);
    }
    console.log('schema/schema.graphql is up to date');
    return;
  }
  writeFileSync(SCHEMA_FILE, sdl);
  console.log(`wrote ${SCHEMA_FILE}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
