import type { SqlClient } from '../server/src/db/sql-client';
import { proceduresFile, readData } from './reference-data';

/** Procedure fields and the procedure catalogue with statutory working days. Idempotent. */
export async function seedProcedures(client: SqlClient): Promise<number> {
  const data = readData('procedures.json', proceduresFile);
  for (const field of data.fields) {
    await client.query(
      `insert into procedure_field (code, name, name_en) values ($1, $2, $3)
       on conflict (code) do update set name = excluded.name, name_en = excluded.name_en`,
      [field.code, field.name, field.nameEn ?? null],
    );
  }
  for (const p of data.procedures) {
    await client.query(
      `insert into procedure (code, name, name_en, field_id, level, working_days, source)
       values ($1, $2, $3, (select id from procedure_field where code = $4), $5, $6, 'catalogue')
       on conflict (code) do update set name = excluded.name, name_en = excluded.name_en, field_id = excluded.field_id,
         level = excluded.level, working_days = excluded.working_days`,
      [p.code, p.name, p.nameEn ?? null, p.fieldCode, p.level, p.workingDays],
    );
  }
  return data.procedures.length;
}
