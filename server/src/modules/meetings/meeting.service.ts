import type { EntityManager } from '@mikro-orm/postgresql';
import type { SqlClient } from '../../db/sql-client';
import type { UnitLevel } from '../../shared/enums';
import { ProcedureField } from '../procedures/procedure-field.entity';
import { AdministrativeUnit } from '../units/administrative-unit.entity';
import type { MeetingKind } from './meeting.entity';
import { placeMeeting, type FigureForPlacement } from './meeting-placement';
import { MeetingView, OpinionView } from './meeting.types';
import type { OpinionStatus } from './opinion.entity';

export interface MeetingFilter {
  unitIds: number[];
  /** Local days, both inclusive: meetings placed in them (see meeting-placement.ts); none = every meeting. */
  period?: { from: string; to: string } | null;
  kind?: MeetingKind | null;
}

interface MeetingRow {
  id: number;
  ref: string;
  kind: MeetingKind;
  unit_id: number;
  parent_id: number | null;
  held_on: string | null;
  chair: string | null;
  attendees: number | null;
  businesses: number | null;
  neighbourhoods: number | null;
  reviewed_from: string | null;
  reviewed_to: string | null;
  opinion_count: number | null;
  opinion_count_text: string | null;
  topics_raised: string[];
  source_document: string | null;
  generated: boolean;
  note: string | null;
}

interface OpinionRow {
  id: number;
  meeting_id: number;
  seq: number;
  topic: string | null;
  topic_en: string | null;
  concerns_procedure: boolean | null;
  field_id: number | null;
  authority_level: UnitLevel | null;
  answered_on_spot: boolean | null;
  status: OpinionStatus | null;
  generated: boolean;
}

const day = (column: string) => `to_char(m.${column}, 'YYYY-MM-DD') as ${column}`;
const MEETING_COLUMNS = `m.id, m.ref, m.kind, m.unit_id, u.parent_id, ${day('held_on')}, m.chair, m.attendees, m.businesses, m.neighbourhoods,
  ${day('reviewed_from')}, ${day('reviewed_to')}, m.opinion_count, m.opinion_count_text, m.topics_raised, m.source_document, m.generated, m.note`;

/** Meetings as facts: their figures as published, their itemised opinions and the day each counts on. */
export class MeetingService {
  constructor(
    private readonly em: EntityManager,
    private readonly sql: SqlClient,
  ) {}

  /** Meetings of the units, placed in the period when one is given, in time order (unplaced last). */
  async list(filter: MeetingFilter): Promise<MeetingView[]> {
    if (filter.unitIds.length === 0) return [];
    const params: unknown[] = [filter.unitIds];
    let where = 'm.unit_id = any($1)';
    if (filter.kind) where += ` and m.kind = $${params.push(filter.kind)}`;
    // Undated meetings are placed after loading; dated ones outside the period are left in the database.
    if (filter.period) where += ` and (m.held_on is null or m.held_on between $${params.push(filter.period.from)} and $${params.push(filter.period.to)})`;
    const { rows } = await this.sql.query<MeetingRow>(
      `select ${MEETING_COLUMNS} from meeting m join administrative_unit u on u.id = m.unit_id where ${where}`,
      params,
    );
    const meetings = await this.toViews(rows);
    const period = filter.period;
    return meetings
      .filter((m) => !period || (m.placedOn !== null && m.placedOn >= period.from && m.placedOn <= period.to))
      .sort((a, b) => (a.placedOn ?? '9999').localeCompare(b.placedOn ?? '9999') || a.unit.code.localeCompare(b.unit.code) || a.id - b.id);
  }

  async byId(id: number): Promise<MeetingView | null> {
    const { rows } = await this.sql.query<MeetingRow>(`select ${MEETING_COLUMNS} from meeting m join administrative_unit u on u.id = m.unit_id where m.id = $1`, [id]);
    return (await this.toViews(rows))[0] ?? null;
  }

  private async toViews(rows: MeetingRow[]): Promise<MeetingView[]> {
    if (rows.length === 0) return [];
    const sources = [...new Set(rows.map((r) => r.source_document).filter((s): s is string => s !== null))];
    const [figures, opinions, units] = await Promise.all([
      this.figures(sources, rows.some((r) => r.held_on === null)),
      this.sql
        .query<OpinionRow>(
          `select id, meeting_id, seq, topic, topic_en, concerns_procedure, field_id, authority_level, answered_on_spot, status, generated
             from opinion where meeting_id = any($1) order by meeting_id, seq`,
          [rows.map((r) => r.id)],
        )
        .then((r) => r.rows),
      this.entitiesById(AdministrativeUnit, rows.map((r) => r.unit_id)),
    ]);
    const fields = await this.entitiesById(ProcedureField, opinions.map((o) => o.field_id).filter((id): id is number => id !== null));
    const byMeeting = new Map<number, OpinionView[]>();
    for (const o of opinions) {
      const view = Object.assign(new OpinionView(), {
        id: o.id,
        seq: o.seq,
        topic: o.topic,
        topicEn: o.topic_en,
        concernsProcedure: o.concerns_procedure,
        field: o.field_id === null ? null : (fields.get(o.field_id) ?? null),
        authorityLevel: o.authority_level,
        answeredOnSpot: o.answered_on_spot,
        status: o.status,
        generated: o.generated,
      });
      byMeeting.set(o.meeting_id, [...(byMeeting.get(o.meeting_id) ?? []), view]);
    }
    return rows.map((r) => {
      const placed = placeMeeting({ heldOn: r.held_on, unitId: r.unit_id, parentUnitId: r.parent_id, sourceDocument: r.source_document }, figures);
      const itemised = byMeeting.get(r.id) ?? [];
      return Object.assign(new MeetingView(), {
        id: r.id,
        ref: r.ref,
        kind: r.kind,
        unit: units.get(r.unit_id)!,
        heldOn: r.held_on,
        ...placed,
        chair: r.chair,
        attendees: r.attendees,
        businesses: r.businesses,
        neighbourhoods: r.neighbourhoods,
        reviewedFrom: r.reviewed_from,
        reviewedTo: r.reviewed_to,
        opinionCount: r.opinion_count,
        opinionCountText: r.opinion_count_text,
        opinionsItemised: itemised.length,
        topicsRaised: r.topics_raised,
        sourceDocument: r.source_document,
        generated: r.generated,
        note: r.note,
        opinions: itemised,
      });
    });
  }

  /** The published event figures of these reports: what places their undated meetings. */
  private async figures(sources: string[], needed: boolean): Promise<FigureForPlacement[]> {
    if (!needed || sources.length === 0) return [];
    const { rows } = await this.sql.query<FigureForPlacement>(
      `select source_document as "sourceDocument", unit_id as "unitId", scope, convention, metric, campaign_id as "campaignId",
              to_char(period_to, 'YYYY-MM-DD') as "periodTo"
         from reported_figure where source_document = any($1) and convention = 'EVENT' and period_to is not null`,
      [sources],
    );
    return rows;
  }

  private async entitiesById<T extends { id: number }>(entity: new () => T, ids: number[]): Promise<Map<number, T>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const found = (await this.em.find(entity as never, { id: { $in: unique } } as never)) as T[];
    return new Map(found.map((e) => [e.id, e]));
  }
}
