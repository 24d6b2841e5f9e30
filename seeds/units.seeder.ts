import type { SqlClient } from '../server/src/db/sql-client';
import { searchName } from '../server/src/modules/units/search-name';
import { UnitDirectory } from '../server/src/modules/units/unit-directory';
import { readData, successionsFile, unitsFile } from './reference-data';

/** Administrative units with official codes, and the 2025 succession map. Idempotent (upserts). */
export async function seedUnits(client: SqlClient): Promise<number> {
  const units = readData('units.json', unitsFile);
  let directory = await UnitDirectory.load(client);
  for (const unit of units) {
    // Parents come first in the file; a parent is the unit with that code valid when the child begins.
    // On a first load the parent was inserted a moment ago: look again only then.
    if (unit.parentCode && !directory.resolve(unit.parentCode, unit.validFrom ?? null)) directory = await UnitDirectory.load(client);
    const parent = unit.parentCode ? directory.require(unit.parentCode, unit.validFrom ?? null) : undefined;
    await client.query(
      `insert into administrative_unit (code, name, name_en, search_name, level, kind, parent_id, valid_from, valid_to)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       on conflict (code, coalesce(valid_from, '-infinity'::date)) do update
         set name = excluded.name, name_en = excluded.name_en, search_name = excluded.search_name, level = excluded.level,
             kind = excluded.kind, parent_id = excluded.parent_id, valid_to = excluded.valid_to`,
      [unit.code, unit.name, unit.nameEn ?? null, searchName(`${unit.name} ${unit.officialName ?? ''}`), unit.level, unit.kind, parent?.id ?? null, unit.validFrom, unit.validTo],
    );
  }
  directory = await UnitDirectory.load(client);
  for (const s of readData('unit-successions.json', successionsFile)) {
    const predecessor = directory.require(s.predecessorCode, dayBefore(s.effectiveDate));
    const successor = directory.require(s.successorCode, s.effectiveDate);
    await client.query(
      `insert into unit_succession (predecessor_id, successor_id, effective_date, share, note) values ($1, $2, $3, $4, $5)
       on conflict (predecessor_id, successor_id) do update set effective_date = excluded.effective_date, share = excluded.share, note = excluded.note`,
      [predecessor.id, successor.id, s.effectiveDate, s.share.toUpperCase(), s.note ?? null],
    );
  }
  return units.length;
}

function dayBefore(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}
