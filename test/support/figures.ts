import type { SqlClient } from '../../server/src/db/sql-client';

export interface Form06Counts {
  receivedOnline: number;
  receivedInPerson: number;
  carriedOver: number;
  receivedTotal: number;
  resolved: number;
  early: number;
  onTime: number;
  overdue: number;
  pending: number;
  pendingWithinDeadline: number;
  pendingOverdue: number;
}

/**
 * Form 06 straight from the dossier facts with plain SQL: the tests' own, independent reading
 * of DOMAIN.md (col 3 = 4 + 5 + 6; a dossier pending at the end whose due day has ended is overdue).
 */
export async function form06BySql(client: SqlClient, unitIds: number[], from: string, to: string): Promise<Form06Counts> {
  const { rows } = await client.query<Form06Counts>(
    `select
       count(*) filter (where received_on between $2 and $3 and channel = 'ONLINE')::int as "receivedOnline",
       count(*) filter (where received_on between $2 and $3 and channel <> 'ONLINE')::int as "receivedInPerson",
       count(*) filter (where received_on < $2 and (finished_on is null or finished_on >= $2))::int as "carriedOver",
       count(*) filter (where received_on <= $3 and (finished_on is null or finished_on >= $2))::int as "receivedTotal",
       count(*) filter (where finished_on between $2 and $3)::int as resolved,
       count(*) filter (where finished_on between $2 and $3 and timeliness = 'EARLY')::int as early,
       count(*) filter (where finished_on between $2 and $3 and timeliness = 'ON_TIME')::int as "onTime",
       count(*) filter (where finished_on between $2 and $3 and timeliness = 'OVERDUE')::int as overdue,
       count(*) filter (where received_on <= $3 and (finished_on is null or finished_on > $3))::int as pending,
       count(*) filter (where received_on <= $3 and (finished_on is null or finished_on > $3) and due_date > $3)::int as "pendingWithinDeadline",
       count(*) filter (where received_on <= $3 and (finished_on is null or finished_on > $3) and due_date <= $3)::int as "pendingOverdue"
     from dossier where unit_id = any($1::int[])`,
    [unitIds, from, to],
  );
  return rows[0];
}

/** Ids of a unit (by code, as it existed on `day`) and, optionally, of the units under it. */
export async function scopeIds(client: SqlClient, code: string, day: string, scope: 'UNIT' | 'UNIT_AND_DESCENDANTS' | 'DESCENDANTS'): Promise<number[]> {
  const { rows } = await client.query<{ id: number }>(
    `with root as (
       select id from administrative_unit
        where code = $1 and (valid_from is null or valid_from <= $2) and (valid_to is null or valid_to >= $2))
     select id from root where $3 <> 'DESCENDANTS'
     union all
     select u.id from administrative_unit u join root on u.parent_id = root.id where $3 <> 'UNIT'`,
    [code, day, scope],
  );
  return rows.map((r) => r.id);
}
