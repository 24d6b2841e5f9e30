import type { EntityManager } from '@mikro-orm/postgresql';
import type { SqlClient } from '../../db/sql-client';
import { assertLocalDay, type LocalDay } from '../../shared/local-day';
import { loadWorkingCalendar } from '../procedures/calendar.repository';
import { Procedure } from '../procedures/procedure.entity';
import { AdministrativeUnit } from '../units/administrative-unit.entity';
import { checkTopGroups, summariseWarnings, topWarningGroups, warningHorizon, type OpenDossierCount } from './early-warning';
import { DueDay, EarlyWarning, EarlyWarningGroup, EarlyWarningUnit } from './early-warning.types';
import type { Scope } from './kpi.service';
import { resolveScope } from './unit-scope';

/** Unfinished dossiers about to turn overdue, by the working calendar. */
export class EarlyWarningService {
  constructor(
    private readonly em: EntityManager,
    private readonly sql: SqlClient,
  ) {}

  async earlyWarning(scope: Scope, asOf: LocalDay, withinWorkingDays: number, topGroups?: number): Promise<EarlyWarning> {
    assertLocalDay(asOf, 'asOf');
    checkTopGroups(topGroups); // refused before any work
    const horizon = warningHorizon(await loadWorkingCalendar(this.sql), asOf, withinWorkingDays);
    const unitIds = await resolveScope(this.sql, scope.unitCodes, scope.includeDescendants, { from: asOf, to: asOf });
    // Three disjoint arms, each bounded by an index (the due window filtered on "open" alone read every
    // dossier received before asOf): late or unfinished ones via the partial index dossier_late_due (its
    // condition repeated so the planner sees it), ones finished on time after asOf via (unit_id, finished_on)
    // over (asOf, horizon]. summariseWarnings adds up rows with the same key.
    const open = `d.unit_id = any($1::int[]) and d.received_on <= $2::date and (d.finished_on is null or d.finished_on > $2::date)`;
    const late = `(d.finished_on is null or d.finished_on > d.due_date)`;
    const { rows } = await this.sql.query<OpenDossierCount>(
      `select d.unit_id as "unitId", d.procedure_id as "procedureId", d.due_date::text as "dueOn", count(*)::int as dossiers
         from dossier d where ${open} and d.due_date < $2::date and ${late} group by 1, 2, 3
       union all
       select d.unit_id, d.procedure_id, d.due_date::text, count(*)::int
         from dossier d where ${open} and d.due_date between $2::date and $3::date and ${late} group by 1, 2, 3
       union all
       select d.unit_id, d.procedure_id, d.due_date::text, count(*)::int
         from dossier d
        where d.unit_id = any($1::int[]) and d.received_on <= $2::date and d.finished_on > $2::date and d.finished_on <= $3::date
          and d.finished_on <= d.due_date and d.due_date between $2::date and $3::date group by 1, 2, 3`,
      [unitIds, asOf, horizon],
    );
    const summary = summariseWarnings(rows, asOf, horizon);
    // Only the groups returned are hydrated: a province has thousands, its dashboard shows ten. Units: those
    // groups' and every unit with a total (at most the scope's units).
    const shown = topWarningGroups(summary.groups, topGroups);
    const hydrated = [...new Set([...shown.map((g) => g.unitId), ...summary.byUnit.map((u) => u.unitId)])];
    const [units, procedures] = await Promise.all([
      hydrated.length ? this.em.find(AdministrativeUnit, { id: { $in: hydrated } }) : [],
      shown.length ? this.em.find(Procedure, { id: { $in: [...new Set(shown.map((g) => g.procedureId))] } }, { populate: ['field'] }) : [],
    ]);
    const unitById = new Map(units.map((u) => [u.id, u]));
    const procedureById = new Map(procedures.map((p) => [p.id, p]));
    const dueDay = (d: { dueOn: string; dossiers: number }) => Object.assign(new DueDay(), d);
    return Object.assign(new EarlyWarning(), {
      asOf,
      withinWorkingDays,
      horizon,
      dueToday: summary.dueToday,
      dueWithin: summary.dueWithin,
      alreadyOverdue: summary.alreadyOverdue,
      byDay: summary.byDay.map(dueDay),
      byUnit: summary.byUnit.map((u) =>
        Object.assign(new EarlyWarningUnit(), {
          unit: unitById.get(u.unitId)!,
          dueToday: u.dueToday,
          dueWithin: u.dueWithin,
          alreadyOverdue: u.alreadyOverdue,
        }),
      ),
      groupCount: summary.groups.length,
      groups: shown.map((g) =>
        Object.assign(new EarlyWarningGroup(), {
          unit: unitById.get(g.unitId)!,
          procedure: procedureById.get(g.procedureId)!,
          dueToday: g.dueToday,
          dueWithin: g.dueWithin,
          dueDays: g.dueDays.map(dueDay),
        }),
      ),
    });
  }
}
