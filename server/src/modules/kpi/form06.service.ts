import type { EntityManager } from '@mikro-orm/postgresql';
import type { SqlClient } from '../../db/sql-client';
import { addDays } from '../../shared/local-day';
import { ProcedureField } from '../procedures/procedure-field.entity';
import { AdministrativeUnit } from '../units/administrative-unit.entity';
import { carriedIntoNextPeriodCheck, checkCounts, FORM06_COLUMNS, form06Identities, totalOfRowsChecks } from './form06';
import { Form06Report, Form06Row } from './form06.types';
import { computeKpis } from './kpi-engine';
import { validatePeriod, type Period } from './period';
import { resolveScope, ScopeError, withDescendants } from './unit-scope';

/** Form 06 for a unit (and, by default, everything under it) and a period, one row per field. */
export async function form06Report(
  em: EntityManager,
  sql: SqlClient,
  unitCode: string,
  period: Period,
  includeDescendants = true,
): Promise<Form06Report> {
  validatePeriod(period);
  const roots = await resolveScope(sql, [unitCode], false, period);
  const unitIds = includeDescendants ? await withDescendants(sql, roots) : roots;
  const unit = await em.findOne(AdministrativeUnit, { id: roots[0] });
  if (!unit) throw new ScopeError(`Unknown unit code: ${unitCode}`);
  const [byField, [total], [next]] = await Promise.all([
    computeKpis(sql, { unitIds, period, groupBy: ['FIELD'] }),
    computeKpis(sql, { unitIds, period }),
    computeKpis(sql, { unitIds, period: { from: addDays(period.to, 1), to: addDays(period.to, 1) } }),
  ]);
  const fields = new Map((await em.find(ProcedureField, {}, { orderBy: { id: 'asc' } })).map((f) => [f.id, f]));
  const present = byField.filter((r) => r.fieldId !== null && (r.counts.receivedTotal > 0 || r.counts.resolved > 0));
  present.sort((a, b) => (a.fieldId ?? 0) - (b.fieldId ?? 0));
  const toRow = (counts: typeof total.counts, rowNumber: number | null, field: ProcedureField | null) =>
    Object.assign(new Form06Row(), { rowNumber, field, columns: FORM06_COLUMNS.map(([, key]) => counts[key]) });
  const rows = present.map((r, i) => toRow(r.counts, i + 1, fields.get(r.fieldId!) ?? null));
  const checks = [
    ...present.flatMap((r, i) => form06Identities(r.counts, { rowNumber: i + 1, field: fields.get(r.fieldId!) ?? null })),
    ...form06Identities(total.counts),
    ...totalOfRowsChecks(
      present.map((r) => r.counts),
      total.counts,
    ),
    carriedIntoNextPeriodCheck(next.counts, total.counts, addDays(period.to, 1)),
  ];
  return Object.assign(new Form06Report(), {
    unit,
    from: period.from,
    to: period.to,
    rows,
    total: toRow(total.counts, null, null),
    checks,
    ...checkCounts(checks),
  });
}
