import { UserError } from '../../shared/user-error';
import type { SqlClient } from '../../db/sql-client';
import { guardScope, unitTreeOf } from '../../graphql/auth-checker';
import { existedDuring } from '../units/unit-directory';
import type { Period } from './period';

export class ScopeError extends UserError {}

/**
 * The units a scope covers during a period: each code resolves to the units bearing it that
 * existed then (a reused code after the 2025 reform can name an old and a new ward), with
 * everything under them when asked. Every unit named must be within the reach of the request's account
 * (graphql/auth-checker.ts guardScope).
 */
export async function resolveScope(client: SqlClient, unitCodes: string[], includeDescendants: boolean, period: Period): Promise<number[]> {
  if (unitCodes.length === 0) throw new ScopeError('scope.unitCodes must name at least one unit');
  if (unitCodes.length > 1000) throw new ScopeError(`scope.unitCodes may name at most 1000 units, got ${unitCodes.length}`);
  const tree = await unitTreeOf(client)?.();
  const named = tree && unitCodes.map((code) => ({ code, units: tree.inPeriod(code, period.from, period.to) }));
  // The common case, from the process's tree; a code it does not place (a unit added since it was read,
  // or a mistake) goes to the database, which has the last word and the error messages.
  if (named?.every((n) => n.units.length)) {
    const roots = guardScope(
      client,
      named.flatMap((n) => n.units.map((u) => ({ code: n.code, id: u.id }))),
    );
    return includeDescendants ? tree!.withDescendants(roots) : roots;
  }
  const { rows } = await client.query<{ code: string; id: number | null }>(
    `select c.code, u.id from unnest($1::text[]) as c(code)
       left join administrative_unit u on u.code = c.code
        and (u.valid_from is null or u.valid_from <= $3) and (u.valid_to is null or u.valid_to >= $2)`,
    [unitCodes, period.from, period.to],
  );
  const missing = rows.filter((r) => r.id === null).map((r) => r.code);
  if (missing.length) {
    const known = await client.query<{ code: string }>('select distinct code from administrative_unit where code = any($1)', [missing]);
    const unknown = missing.filter((c) => !known.rows.some((k) => k.code === c));
    if (unknown.length) throw new ScopeError(`Unknown unit code${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`);
    throw new ScopeError(`Unit ${missing.join(', ')} did not exist between ${period.from} and ${period.to}`);
  }
  // The request's account must reach the units named (and so everything under them): else FORBIDDEN.
  const roots = guardScope(client, rows as { code: string; id: number }[]);
  return includeDescendants ? withDescendants(client, roots) : roots;
}

/** The units and every unit under them, at any depth (province → district → ward). */
export async function withDescendants(client: SqlClient, roots: number[]): Promise<number[]> {
  const tree = await unitTreeOf(client)?.();
  if (tree && roots.every((id) => tree.byId.has(id))) return tree.withDescendants(roots);
  const { rows } = await client.query<{ id: number }>(
    `with recursive tree as (select id from administrative_unit where id = any($1)
       union select u.id from administrative_unit u join tree t on u.parent_id = t.id)
     select id from tree order by id`,
    [roots],
  );
  return rows.map((r) => r.id);
}

/** Of these units, those in force on some day of the period: a scope's descendants include units of every era. */
export async function inForceDuring(client: SqlClient, ids: readonly number[], period: Period): Promise<number[]> {
  return (await unitsDuring(client, ids, period)).filter((u) => u.inForce).map((u) => u.id);
}

/** These units with their parent and whether each was in force on some day of the period: from the process's tree, else the database. */
export async function unitsDuring(
  client: SqlClient,
  ids: readonly number[],
  period: Period,
): Promise<{ id: number; parentId: number | null; inForce: boolean }[]> {
  const tree = await unitTreeOf(client)?.();
  if (tree && ids.every((id) => tree.byId.has(id)))
    return ids.map((id) => {
      const unit = tree.byId.get(id)!;
      return { id, parentId: unit.parentId, inForce: existedDuring(unit, period.from, period.to) };
    });
  const { rows } = await client.query<{ id: number; parentId: number | null; inForce: boolean }>(
    `select id, parent_id as "parentId", (valid_from is null or valid_from <= $3) and (valid_to is null or valid_to >= $2) as "inForce"
       from administrative_unit where id = any($1) order by id`,
    [ids, period.from, period.to],
  );
  return rows;
}
