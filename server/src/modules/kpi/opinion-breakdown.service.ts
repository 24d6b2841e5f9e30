import type { EntityManager } from '@mikro-orm/postgresql';
import type { SqlClient } from '../../db/sql-client';
import type { UnitLevel } from '../../shared/enums';
import type { MeetingKind } from '../meetings/meeting.entity';
import { MeetingService } from '../meetings/meeting.service';
import type { MeetingView } from '../meetings/meeting.types';
import type { OpinionStatus } from '../meetings/opinion.entity';
import type { ProcedureField } from '../procedures/procedure-field.entity';
import type { Scope } from './kpi.service';
import { breakdownOpinions, type OpinionDimensionKey, type ScopeUnit } from './opinion-breakdown';
import { type HeldBy, OpinionRow } from './opinion-breakdown.types';
import { validatePeriod, type Period } from './period';
import { resolveScope, unitsDuring, withDescendants } from './unit-scope';

/** A scope without a period takes every unit that ever bore its codes. */
const ALL_TIME: Period = { from: '0001-01-01', to: '9999-12-31' };

/** Meetings and their opinions for an analytics scope: the facts from the meetings module, grouped here. */
export class OpinionBreakdownService {
  constructor(
    private readonly em: EntityManager,
    private readonly sql: SqlClient,
  ) {}

  async meetings(scope: Scope, period: Period | null, kind: MeetingKind | null): Promise<MeetingView[]> {
    const { unitIds } = await this.scopeUnits(scope, period);
    return new MeetingService(this.em, this.sql).list({ unitIds, period, kind });
  }

  async opinions(scope: Scope, period: Period, groupBy: OpinionDimensionKey[] = []): Promise<OpinionRow[]> {
    const { named, unitIds } = await this.scopeUnits(scope, period);
    const meetings = await new MeetingService(this.em, this.sql).list({ unitIds, period, kind: null });
    const rows = breakdownOpinions(
      meetings.map((m) => ({
        ...m,
        unitId: m.unit.id,
        opinions: m.opinions.map((o) => ({ ...o, fieldId: o.field?.id ?? null })),
      })),
      period,
      groupBy,
      await this.countedUnits(named, unitIds, period),
    );
    const meetingById = new Map(meetings.map((m) => [m.id, m]));
    const unitById = new Map(meetings.map((m) => [m.unit.id, m.unit]));
    const fieldById = new Map<number, ProcedureField>(meetings.flatMap((m) => m.opinions.flatMap((o) => (o.field ? [[o.field.id, o.field] as const] : []))));
    return rows.map((r) =>
      Object.assign(new OpinionRow(), {
        unit: r.unitId === null ? null : (unitById.get(r.unitId) ?? null),
        meeting: r.meetingId === null ? null : (meetingById.get(r.meetingId) ?? null),
        meetingKind: r.meetingKind as MeetingKind | null,
        heldBy: r.heldBy as HeldBy | null,
        topic: r.topic,
        topicEn: r.topicEn,
        field: r.fieldId === null ? null : (fieldById.get(r.fieldId) ?? null),
        concernsProcedure: r.concernsProcedure,
        authorityLevel: r.authorityLevel as UnitLevel | null,
        answeredOnSpot: r.answeredOnSpot,
        status: r.status as OpinionStatus | null,
        periodStart: r.periodStart,
        periodEnd: r.periodEnd,
        ...r.counts,
        ...r.rates,
        opinionShare: r.opinionShare,
        meetingsWithUnknownOpinionCount: r.meetingsWithUnknownOpinionCount,
        opinionCountWords: r.opinionCountWords,
        unitsWithMeetings: r.unitsWithMeetings,
        unitsInScope: r.unitsInScope,
        attendees: r.attendees,
        businesses: r.businesses,
        neighbourhoods: r.neighbourhoods,
      }),
    );
  }

  /** The units the scope names and, when asked, every unit under them (the units of the period). */
  private async scopeUnits(scope: Scope, period: Period | null): Promise<{ named: number[]; unitIds: number[] }> {
    if (period) validatePeriod(period);
    const named = await resolveScope(this.sql, scope.unitCodes, false, period ?? ALL_TIME);
    return { named, unitIds: scope.includeDescendants ? await withDescendants(this.sql, named) : named };
  }

  /** How each unit of the scope is counted in "held by N of M" (ScopeUnit): by the named unit, or the one directly under it. */
  private async countedUnits(named: number[], unitIds: number[], period: Period): Promise<ScopeUnit[]> {
    const rows = await unitsDuring(this.sql, unitIds, period);
    const roots = new Set(named);
    const parent = new Map(rows.map((r) => [r.id, r.parentId]));
    const branchOf = (id: number): number => {
      let at = id;
      for (let p = parent.get(at); p != null && !roots.has(p); p = parent.get(at)) at = p;
      return at;
    };
    return rows.map((r) => {
      const isNamed = roots.has(r.id);
      const directlyUnder = r.parentId !== null && roots.has(r.parentId);
      return { id: r.id, named: isNamed, countedAs: isNamed ? r.id : branchOf(r.id), counted: isNamed || (directlyUnder && r.inForce) };
    });
  }
}
