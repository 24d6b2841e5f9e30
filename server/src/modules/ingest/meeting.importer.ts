import type { BulkColumn, SqlClient } from '../../db/sql-client';
import { issue, type ImportIssue } from './import-issue';
import { Staging, type ImporterContext, type KindImporter, type MergeCounts } from './importer';
import { MeetingBook, validateMeetingRow } from './meeting-row';
import type { RowView } from './row-check';

const MEETING_COLUMNS: BulkColumn[] = [
  { name: 'line', type: 'int' },
  { name: 'ref', type: 'text' },
  { name: 'kind', type: 'text' },
  { name: 'unit_id', type: 'int' },
  { name: 'held_on', type: 'date' },
  { name: 'chair', type: 'text' },
  { name: 'attendees', type: 'int' },
  { name: 'businesses', type: 'int' },
  { name: 'neighbourhoods', type: 'int' },
  { name: 'reviewed_from', type: 'date' },
  { name: 'reviewed_to', type: 'date' },
  { name: 'opinion_count', type: 'int' },
  { name: 'source_document', type: 'text' },
  { name: 'note', type: 'text' },
];
const OPINION_COLUMNS: BulkColumn[] = [
  { name: 'line', type: 'int' },
  { name: 'ref', type: 'text' },
  { name: 'seq', type: 'smallint' },
  { name: 'topic', type: 'text' },
  { name: 'concerns_procedure', type: 'boolean' },
  { name: 'field_id', type: 'int' },
  { name: 'authority_level', type: 'text' },
  { name: 'answered_on_spot', type: 'boolean' },
  { name: 'status', type: 'text' },
];

const MEETING_FACTS = MEETING_COLUMNS.slice(2).map((c) => c.name);
const OPINION_FACTS = OPINION_COLUMNS.slice(3).map((c) => c.name);
const same = (alias: string, other: string, facts: string[]) => `(${facts.map((c) => `${alias}.${c}`).join(', ')}) is not distinct from (${facts.map((c) => `${other}.${c}`).join(', ')})`;

/**
 * Meetings with their opinions. A meeting is keyed by its reference; the file describes it whole,
 * so its opinions are those of the file (numbered rows updated, new ones added, those no longer
 * listed removed), and a second import of the same file changes nothing.
 */
export class MeetingImporter implements KindImporter {
  private readonly staging: Staging;
  private readonly opinions: Staging;
  readonly stagings: Staging[];
  private readonly book = new MeetingBook();
  private readonly numbered: boolean;

  constructor(private readonly ctx: ImporterContext) {
    this.staging = new Staging(ctx.session, 'ingest_meeting', MEETING_COLUMNS, ctx.append);
    this.opinions = new Staging(ctx.session, 'ingest_opinion', OPINION_COLUMNS, ctx.append);
    this.stagings = [this.staging, this.opinions];
    this.numbered = ctx.header.indexOf.has('opinionNo');
  }

  async create(): Promise<this> {
    await this.staging.create();
    await this.opinions.create();
    return this;
  }

  validate(row: RowView) {
    const { meeting: m, opinion: o, check } = validateMeetingRow(row, this.ctx.refs, this.book, this.numbered);
    if (check.ok && m) {
      this.staging.add([m.line, m.ref, m.kind, m.unitId, m.heldOn, m.chair, m.attendees, m.businesses, m.neighbourhoods, m.reviewedFrom, m.reviewedTo, m.opinionCount, m.sourceDocument, m.note]);
    }
    if (check.ok && o) this.opinions.add([o.line, o.ref, o.seq, o.topic, o.concernsProcedure, o.fieldId, o.authorityLevel, o.answeredOnSpot, o.status]);
    return check;
  }

  unitIds(): Promise<number[]> {
    return this.staging.unitIds();
  }

  finalWarnings(): ImportIssue[] {
    return [];
  }

  /** A reference already used by a meeting of another unit is refused rather than taken over. */
  async checkStaged(client: SqlClient, limit: number) {
    const { rows } = await client.query<{ line: number; ref: string; unit: string }>(
      `select s.line, s.ref, u.name || ' (' || u.code || ')' as unit
         from "${this.staging.table}" s join meeting m on m.ref = s.ref join administrative_unit u on u.id = m.unit_id
        where m.unit_id <> s.unit_id order by s.line limit $1`,
      [limit],
    );
    const column = this.ctx.header.headerOf.get('meetingRef') ?? 'ma_cuoc_hop';
    return { count: rows.length, issues: rows.map((r) => issue('MEETING_OF_OTHER_UNIT', { line: r.line, column, value: r.ref }, { unit: r.unit })) };
  }

  private async counts(client: SqlClient): Promise<MergeCounts> {
    const m = this.staging.table;
    const o = this.opinions.table;
    const { rows } = await client.query<MergeCounts>(
      `select
         (select count(*) from "${m}" s left join meeting x on x.ref = s.ref where x.id is null)
           + (select count(*) from "${o}" s left join meeting x on x.ref = s.ref left join opinion y on y.meeting_id = x.id and y.seq = s.seq where y.id is null) as inserted,
         (select count(*) from "${m}" s join meeting x on x.ref = s.ref where not ${same('x', 's', MEETING_FACTS)})
           + (select count(*) from "${o}" s join meeting x on x.ref = s.ref join opinion y on y.meeting_id = x.id and y.seq = s.seq where not ${same('y', 's', OPINION_FACTS)}) as updated,
         (select count(*) from "${m}" s join meeting x on x.ref = s.ref where ${same('x', 's', MEETING_FACTS)})
           + (select count(*) from "${o}" s join meeting x on x.ref = s.ref join opinion y on y.meeting_id = x.id and y.seq = s.seq where ${same('y', 's', OPINION_FACTS)}) as unchanged,
         (select count(*) from opinion y join meeting x on x.id = y.meeting_id join "${m}" s on s.ref = x.ref
           where not exists (select 1 from "${o}" n where n.ref = x.ref and n.seq = y.seq)) as deleted`,
    );
    const r = rows[0];
    return { inserted: Number(r.inserted), updated: Number(r.updated), unchanged: Number(r.unchanged), deleted: Number(r.deleted) };
  }

  preview(client: SqlClient): Promise<MergeCounts> {
    return this.counts(client);
  }

  async merge(client: SqlClient): Promise<MergeCounts> {
    const m = this.staging.table;
    const o = this.opinions.table;
    const counts = await this.counts(client);
    await client.query(
      `insert into meeting (ref, ${MEETING_FACTS.join(', ')})
       select ref, ${MEETING_FACTS.join(', ')} from "${m}" s
       on conflict (ref) do update set ${MEETING_FACTS.map((c) => `${c} = excluded.${c}`).join(', ')}
       where not ${same('meeting', 'excluded', MEETING_FACTS)}`,
    );
    await client.query(
      `delete from opinion y using meeting x, "${m}" s
        where x.id = y.meeting_id and s.ref = x.ref and not exists (select 1 from "${o}" n where n.ref = x.ref and n.seq = y.seq)`,
    );
    await client.query(
      `insert into opinion (meeting_id, seq, ${OPINION_FACTS.join(', ')})
       select x.id, s.seq, ${OPINION_FACTS.map((c) => `s.${c}`).join(', ')} from "${o}" s join meeting x on x.ref = s.ref
       on conflict (meeting_id, seq) do update set ${OPINION_FACTS.map((c) => `${c} = excluded.${c}`).join(', ')}
       where not ${same('opinion', 'excluded', OPINION_FACTS)}`,
    );
    return counts;
  }

  async drop(): Promise<void> {
    await this.staging.drop();
    await this.opinions.drop();
  }
}
