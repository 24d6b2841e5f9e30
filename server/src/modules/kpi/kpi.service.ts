import type { EntityManager } from '@mikro-orm/postgresql';
import type { SqlClient } from '../../db/sql-client';
import { Channel } from '../../shared/enums';
import { ProcedureField } from '../procedures/procedure-field.entity';
import { Procedure } from '../procedures/procedure.entity';
import { AdministrativeUnit } from '../units/administrative-unit.entity';
import { computeKpis, type KpiDimensionKey, type KpiResultRow } from './kpi-engine';
import { KpiRow } from './kpi.types';
import { validatePeriod, type Period } from './period';
import { resolveScope } from './unit-scope';

export interface Scope {
  unitCodes: string[];
  includeDescendants: boolean;
}

/** KPI rows for the API: the engine's counts with units, fields and procedures attached. */
export class KpiService {
  constructor(
    private readonly em: EntityManager,
    private readonly sql: SqlClient,
  ) {}

  async kpis(scope: Scope, period: Period, groupBy: KpiDimensionKey[] = []): Promise<KpiRow[]> {
    validatePeriod(period);
    const unitIds = await resolveScope(this.sql, scope.unitCodes, scope.includeDescendants, period);
    return this.toRows(await computeKpis(this.sql, { unitIds, period, groupBy }));
  }

  async toRows(results: KpiResultRow[]): Promise<KpiRow[]> {
    const ids = (pick: (r: KpiResultRow) => number | null) => [...new Set(results.map(pick).filter((v): v is number => v !== null))];
    const [units, fields, procedures] = await Promise.all([
      this.byId(AdministrativeUnit, ids((r) => r.unitId)),
      this.byId(ProcedureField, ids((r) => r.fieldId)),
      this.byId(Procedure, ids((r) => r.procedureId)),
    ]);
    return results.map((r) =>
      Object.assign(new KpiRow(), {
        unit: r.unitId === null ? null : units.get(r.unitId),
        field: r.fieldId === null ? null : fields.get(r.fieldId),
        procedure: r.procedureId === null ? null : procedures.get(r.procedureId),
        channel: r.channel as Channel | null,
        periodStart: r.periodStart,
        periodEnd: r.periodEnd,
        ...r.counts,
        ...r.rates,
      }),
    );
  }

  private async byId<T extends { id: number }>(entity: new () => T, ids: number[]): Promise<Map<number, T>> {
    if (ids.length === 0) return new Map();
    const found = await this.em.find(entity as never, { id: { $in: ids } } as never);
    return new Map((found as T[]).map((e) => [e.id, e]));
  }
}
