import type { EntityManager } from '@mikro-orm/postgresql';
import type { LocalDay } from '../../shared/local-day';
import { UserError } from '../../shared/user-error';
import { AdministrativeUnit } from '../units/administrative-unit.entity';

export class UnitCodeError extends UserError {}

/** The fields of a unit these checks read (an entity fits). */
export interface DatedUnit {
  id: number;
  code: string;
  name: string;
  validFrom?: LocalDay | null;
  validTo?: LocalDay | null;
}

export const unitLabel = (u: Pick<DatedUnit, 'code' | 'name'>) => `${u.name} (${u.code})`;

/** "until 2025-06-30", "from 2025-07-01", "2025-01-01 – 2025-06-30" or "" (always existed). */
export function unitSpan(u: DatedUnit): string {
  if (u.validFrom && u.validTo) return `${u.validFrom} – ${u.validTo}`;
  if (u.validTo) return `until ${u.validTo}`;
  if (u.validFrom) return `from ${u.validFrom}`;
  return '';
}

const describe = (u: DatedUnit) => `${unitLabel(u)}${unitSpan(u) ? ` existed ${unitSpan(u)}` : ''}`;

/** Whether the unit existed on every day from `from` to `to`. */
export const existsThroughout = (u: DatedUnit, from: LocalDay, to: LocalDay) =>
  (!u.validFrom || u.validFrom <= from) && (!u.validTo || to <= u.validTo);

/** Whether the unit existed on some day of [from, to] (null: unbounded). */
export const existsDuring = (u: DatedUnit, from: LocalDay | null, to: LocalDay | null) =>
  (!u.validFrom || to === null || u.validFrom <= to) && (!u.validTo || from === null || from <= u.validTo);

/**
 * The one unit bearing a code that existed on every day from `from` to `to` (codes were reused by the
 * 2025 reform, so a code means a unit only with its days); the error names the field and the units.
 */
export function pickThroughout<U extends DatedUnit>(field: string, code: string, units: readonly U[], from: LocalDay, to: LocalDay): U {
  if (!units.length) throw new UnitCodeError(`${field}: unknown unit code ${JSON.stringify(code)}`);
  const match = units.find((u) => existsThroughout(u, from, to));
  if (match) return match;
  throw new UnitCodeError(`${field}: ${units.map(describe).join('; ')} — not on every day from ${from} to ${to}`);
}

/**
 * The one unit bearing a code that existed on some day of [from, to] (null: unbounded). A reused code
 * naming two units in that time is refused, asking for days that tell them apart.
 */
export function pickDuring<U extends DatedUnit>(
  field: string,
  code: string,
  units: readonly U[],
  from: LocalDay | null,
  to: LocalDay | null,
): U {
  if (!units.length) throw new UnitCodeError(`${field}: unknown unit code ${JSON.stringify(code)}`);
  const matches = units.filter((u) => existsDuring(u, from, to));
  const days = `${from ?? '…'} – ${to ?? '…'}`;
  if (matches.length === 1) return matches[0];
  if (!matches.length) throw new UnitCodeError(`${field}: ${units.map(describe).join('; ')} — not on any day of ${days}`);
  throw new UnitCodeError(
    `${field}: the code ${code} names ${matches.length} units during ${days} (${matches.map(describe).join('; ')}): give validFrom and validTo within the days of one of them`,
  );
}

/** Units by code and their place in the tree, read from the database. */
export class UnitLookup {
  constructor(private readonly em: EntityManager) {}

  /** Every unit bearing each code (trimmed), oldest first. */
  async bearing(codes: readonly string[]): Promise<Map<string, AdministrativeUnit[]>> {
    const found = codes.length
      ? await this.em.find(AdministrativeUnit, { code: { $in: [...new Set(codes)] } }, { orderBy: { validFrom: 'asc nulls first' } })
      : [];
    const byCode = new Map<string, AdministrativeUnit[]>(codes.map((c) => [c, []]));
    for (const u of found) byCode.get(u.code)!.push(u);
    return byCode;
  }

  async throughout(field: string, code: string, from: LocalDay, to: LocalDay): Promise<AdministrativeUnit> {
    return pickThroughout(field, code, (await this.bearing([code])).get(code)!, from, to);
  }

  async during(field: string, code: string, from: LocalDay | null, to: LocalDay | null): Promise<AdministrativeUnit> {
    return pickDuring(field, code, (await this.bearing([code])).get(code)!, from, to);
  }

  /** Each unit with every unit above it (ward → district → province), as ids, in one query. */
  async selfAndAbove(unitIds: readonly number[]): Promise<Map<number, Set<number>>> {
    const ids = [...new Set(unitIds)];
    const rows = ids.length
      ? await this.em.execute<{ start: number; id: number }[]>(
          `with recursive up as (select id as start, id, parent_id from administrative_unit where id in (?)
             union select up.start, u.id, u.parent_id from administrative_unit u join up on u.id = up.parent_id)
           select start, id from up`,
          [ids],
        )
      : [];
    const out = new Map(ids.map((id) => [id, new Set<number>()]));
    for (const r of rows) out.get(Number(r.start))!.add(Number(r.id));
    return out;
  }

  /** The units of `unitIds` that are neither `rootId` nor under it. */
  async notUnder<U extends { id: number }>(rootId: number, units: readonly U[]): Promise<U[]> {
    const above = await this.selfAndAbove(units.map((u) => u.id));
    return units.filter((u) => !above.get(u.id)!.has(rootId));
  }
}
