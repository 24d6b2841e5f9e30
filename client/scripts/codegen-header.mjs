// graphql-codegen hook: every generated file opens with the same "do not edit" line (the client preset
// writes a header into graphql.ts only).
import { readFileSync, writeFileSync } from 'node:fs';

const HEADER = '/* generated — do not edit (npm run codegen: schema/schema.graphql + the operations in client/src) */';
for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  if (!text.startsWith(HEADER)) writeFileSync(file, `${HEADER}\n${text}`);
}
