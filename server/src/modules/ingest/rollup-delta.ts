import type { SqlClient } from '../../db/sql-client';
import { dossierEvents, MEASURES, type EventFilter } from '../kpi/kpi-rollup.service';

/**
 * Dossier rollups kept by difference: the events of the versions a write replaces are subtracted,
 * those of the versions it writes are added. `refreshDossierRollups` recomputes every touched
 * unit-day from all its dossiers, which for a million-row import is every dossier of its units;
 * this costs what the file costs. Both use the one definition of the events (`dossierEvents`), so
 * they agree (the ingest property test checks it against `verifyRollups`).
 *
 * The events are read from the import's own tables instead of `dossier`: the staged rows (new
 * versions) and the stored rows they replace, both with the dossier's column names.
 */
export function eventsOf(table: string, filter: EventFilter = {}): string {
  const sql = dossierEvents(filter);
  const arms = sql.split('from dossier d ').length - 1;
  // Three arms (received, finished, late due): a changed definition must be looked at here too.
  if (arms !== 3) throw new Error(`dossierEvents changed shape (${arms} arms over "from dossier d"): update ingest/rollup-delta.ts`);
  return sql.replaceAll('from dossier d ', `from "${table}" d `);
}

/**
 * The signed events of the versions a write replaces (−) and of those it writes (+), summed twice:
 * by unit, day and channel (the day and month rollups) and by unit, month, procedure and channel
 * (the procedure rollup). Two small groupings cost less than one at the grain of both.
 */
export async function collectDelta(client: SqlClient, delta: string, parts: { table: string; filter: EventFilter; sign: 1 | -1 }[]): Promise<void> {
  const signed = (sign: number) => MEASURES.map((m) => (sign < 0 ? `-${m} as ${m}` : m)).join(', ');
  const events = parts.map((p) => `select unit_id, day, channel, procedure_id, ${signed(p.sign)} from (${eventsOf(p.table, p.filter)}) e`).join(' union all ');
  const sums = MEASURES.map((m) => `sum(${m})::int as ${m}`).join(', ');
  await client.query(`create temp table "${delta}_day" as select unit_id, day, channel, ${sums} from (${events}) e group by 1, 2, 3`);
  await client.query(
    `create temp table "${delta}_procedure" as
     select unit_id, date_trunc('month', day)::date as month, procedure_id, channel, ${sums} from (${events}) e group by 1, 2, 3, 4`,
  );
}

/** The delta tables collectDelta makes, to drop. */
export const deltaTables = (delta: string) => [`${delta}_day`, `${delta}_procedure`];

/**
 * Adds the signed sums to the day, month, procedure and field (month and total) rollups, then removes rows left at
 * zero — which recomputation would not produce.
 */
export async function applyDossierDelta(client: SqlClient, delta: string): Promise<void> {
  const sums = MEASURES.map((m) => `sum(${m})::int as ${m}`).join(', ');
  const prefixed = (alias: string) => MEASURES.map((m) => `sum(${alias}.${m})::int as ${m}`).join(', ');
  const targets = [
    { table: 'kpi_dossier_day', keys: ['unit_id', 'day', 'channel'], rows: `select unit_id, day, channel, ${MEASURES.join(', ')} from "${delta}_day"` },
    {
      table: 'kpi_dossier_month',
      keys: ['unit_id', 'month', 'channel'],
      rows: `select unit_id, date_trunc('month', day)::date as month, channel, ${sums} from "${delta}_day" group by 1, 2, 3`,
    },
    { table: 'kpi_procedure_month', keys: ['unit_id', 'month', 'procedure_id', 'channel'], rows: `select unit_id, month, procedure_id, channel, ${MEASURES.join(', ')} from "${delta}_procedure"` },
    {
      table: 'kpi_procedure_total',
      keys: ['unit_id', 'procedure_id', 'channel'],
      rows: `select unit_id, procedure_id, channel, ${sums} from "${delta}_procedure" group by 1, 2, 3`,
    },
    // Field rows: the procedure delta summed by each procedure's field (procedures the file creates exist by now).
    {
      table: 'kpi_field_month',
      keys: ['unit_id', 'month', 'field_id', 'channel'],
      rows: `select d.unit_id, d.month, p.field_id, d.channel, ${prefixed('d')} from "${delta}_procedure" d join procedure p on p.id = d.procedure_id group by 1, 2, 3, 4`,
    },
    {
      table: 'kpi_field_total',
      keys: ['unit_id', 'field_id', 'channel'],
      rows: `select d.unit_id, p.field_id, d.channel, ${prefixed('d')} from "${delta}_procedure" d join procedure p on p.id = d.procedure_id group by 1, 2, 3`,
    },
  ];
  const nonZero = MEASURES.map((m) => `${m} <> 0`).join(' or ');
  const allZero = MEASURES.map((m) => `r.${m} = 0`).join(' and ');
  for (const { table, keys, rows } of targets) {
    await client.query(
      `insert into ${table} (${keys.join(', ')}, ${MEASURES.join(', ')})
       select * from (${rows}) g where ${nonZero}
       on conflict (${keys.join(', ')}) do update set ${MEASURES.map((m) => `${m} = ${table}.${m} + excluded.${m}`).join(', ')}`,
    );
    await client.query(`delete from ${table} r using (${rows}) k where ${keys.map((k) => `r.${k} = k.${k}`).join(' and ')} and ${allZero}`);
  }
}
