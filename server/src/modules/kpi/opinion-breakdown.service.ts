import type { EntityManager } from '@mikro-orm/postgresql';
import type { SqlClient } from '../../db/sql-client';
import type { UnitLevel } from '../../shared/enums';
import type { MeetingKind } from '../meetings/meeting.entity';
import { MeetingService } from '../meetings/meeting.service';
import type { MeetingView } from '../meetings/meeting.types';
import type { OpinionStatus } from '../meetings/opinion.entity';
import type { ProcedureField } from '../procedures/procedure-field.entity';
import type { Scope } from './kpi.service';
import { breakdownOpinions, type OpinionDimensionKey } from './opinion-breakdown';
import { OpinionRow } from './opinion-breakdown.types';
import { validatePeriod, type Period } from './period';
import { resolveScope } from './unit-scope';

/** A scope without a period takes every unit that ever bore its codes. */
const ALL_TIME: Period = { from: '0001-01-01', to: '9999-12-31' };

/** Meetings and their opinions for an analytics scope: the facts from the meetings module, grouped here. */
export class OpinionBreakdownService {
  constructor(
    private readonly em: EntityManager,
    private readonly sql: SqlClient,
  ) {}

  async meetings(scope: Scope, period: Period | null, kind: MeetingKind | null): Promise<MeetingView[]> {
    if (period) validatePeriod(period);
    const unitIds = await resolveScope(this.sql, scope.unitCodes, scope.includeDescendants, period ?? ALL_TIME);
    return new MeetingService(this.em, this.sql).list({ unitIds, period, kind });
  }

  async opinions(scope: Scope, period: Period, groupBy: OpinionDimensionKey[] = []): Promise<OpinionRow[]> {
    const meetings = await this.meetings(scope, period, null);
    const rows = breakdownOpinions(
      meetings.map((m) => ({
        ...m,
        unitId: m.unit.id,
        opinions: m.opinions.map((o) => ({ ...o, fieldId: o.field?.id ?? null })),
      })),
      period,
      groupBy,
    );
    const meetingById = new Map(meetings.map((m) => [m.id, m]));
    const unitById = new Map(meetings.map((m) => [m.unit.id, m.unit]));
    const fieldById = new Map<number, ProcedureField>(meetings.flatMap((m) => m.opinions.flatMap((o) => (o.field ? [[o.field.id, o.field] as const] : []))));
    return rows.map((r) =>
      Object.assign(new OpinionRow(), {
        unit: r.unitId === null ? null : (unitById.get(r.unitId) ?? null),
        meeting: r.meetingId === null ? null : (meetingById.get(r.meetingId) ?? null),
        meetingKind: r.meetingKind as MeetingKind | null,
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
      }),
    );
  }
}
