import type { SqlClient } from '../../db/sql-client';
import type { LocalDay } from '../../shared/local-day';
import { childIndex } from './unit-tree';

export interface UnitRecord {
  id: number;
  code: string;
  name: string;
  level: string;
  parentId: number | null;
  validFrom: LocalDay | null;
  validTo: LocalDay | null;
}

/** The unit was in force on some day of [from, to]. */
export function existedDuring(unit: Pick<UnitRecord, 'validFrom' | 'validTo'>, from: LocalDay, to: LocalDay): boolean {
  return (unit.validFrom === null || unit.validFrom <= to) && (unit.validTo === null || unit.validTo >= from);
}

/**
 * Finds units by official code. Codes were reused by the 2025 reform (new Phường Tân Bình
 * carries old Ward 14's code 27004), so a code resolves against a day.
 */
export class UnitDirectory {
  private readonly byCode = new Map<string, UnitRecord[]>();
  readonly byId = new Map<number, UnitRecord>();
  /** Children by parent, built when descendants are first asked for. */
  private children: Map<number, number[]> | undefined;

  constructor(units: UnitRecord[]) {
    for (const unit of units) {
      this.byId.set(unit.id, unit);
      const list = this.byCode.get(unit.code) ?? [];
      list.push(unit);
      this.byCode.set(unit.code, list);
    }
  }

  static async load(client: SqlClient): Promise<UnitDirectory> {
    const { rows } = await client.query<UnitRecord>(
      `select id, code, name, level, parent_id as "parentId", to_char(valid_from, 'YYYY-MM-DD') as "validFrom",
              to_char(valid_to, 'YYYY-MM-DD') as "validTo"
         from administrative_unit order by id`,
    );
    return new UnitDirectory(rows);
  }

  /** The unit with this code that exists on `day` (without a day: the one valid longest ago). */
  resolve(code: string, day?: LocalDay | null): UnitRecord | undefined {
    const candidates = this.byCode.get(code);
    if (!candidates) return undefined;
    if (!day) return [...candidates].sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? ''))[0];
    return candidates.find((u) => (u.validFrom === null || u.validFrom <= day) && (u.validTo === null || day <= u.validTo));
  }

  require(code: string, day?: LocalDay | null): UnitRecord {
    const unit = this.resolve(code, day);
    if (!unit) throw new Error(`Unknown unit code ${code}${day ? ` on ${day}` : ''}`);
    return unit;
  }

  /** The units bearing `code` that existed on some day of [from, to] (a reused code can name two). */
  inPeriod(code: string, from: LocalDay, to: LocalDay): UnitRecord[] {
    return (this.byCode.get(code) ?? []).filter((u) => existedDuring(u, from, to));
  }

  /** The units and every unit under them, at any depth, ascending by id (unknown ids are left out). */
  withDescendants(roots: number[]): number[] {
    const children = (this.children ??= childIndex(this.byId.values()));
    const seen = new Set<number>();
    const stack = roots.filter((id) => this.byId.has(id));
    while (stack.length) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      stack.push(...(children.get(id) ?? []));
    }
    return [...seen].sort((a, b) => a - b);
  }

  all(): UnitRecord[] {
    return [...this.byId.values()];
  }
}
