import type { SqlClient } from '../server/src/db/sql-client';
import { UnitDirectory } from '../server/src/modules/units/unit-directory';
import { meetingsFile, readData } from './reference-data';

/** Dialogues and conferences of sources 000–003 with their opinions; unknown counts stay null. */
export async function seedMeetings(client: SqlClient): Promise<number> {
  const { meetings } = readData('meetings.json', meetingsFile);
  const units = await UnitDirectory.load(client);
  let opinions = 0;
  for (const m of meetings) {
    // A meeting without a date is placed by its reviewed period, or resolved by code alone.
    const unit = units.require(m.unitCode, m.date ?? m.reviewedTo ?? null);
    const { rows } = await client.query<{ id: number }>(
      `insert into meeting (ref, kind, unit_id, held_on, chair, attendees, businesses, neighbourhoods, reviewed_from, reviewed_to,
                            opinion_count, opinion_count_text, topics_raised, source_document, generated, note)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
       on conflict (ref) do update set kind = excluded.kind, unit_id = excluded.unit_id, held_on = excluded.held_on,
         chair = excluded.chair, attendees = excluded.attendees, businesses = excluded.businesses,
         neighbourhoods = excluded.neighbourhoods, reviewed_from = excluded.reviewed_from, reviewed_to = excluded.reviewed_to,
         opinion_count = excluded.opinion_count, opinion_count_text = excluded.opinion_count_text,
         topics_raised = excluded.topics_raised, source_document = excluded.source_document,
         generated = excluded.generated, note = excluded.note
       returning id`,
      [m.ref, m.kind, unit.id, m.date, m.chair, m.attendees, m.businesses, m.neighbourhoods, m.reviewedFrom, m.reviewedTo,
       m.opinionCount, m.opinionCountText, m.topicsRaised, m.source, m.generated, m.note ?? null],
    );
    const meetingId = rows[0].id;
    for (const [index, o] of m.opinions.entries()) {
      await client.query(
        `insert into opinion (meeting_id, seq, topic, topic_en, concerns_procedure, field_id, authority_level, answered_on_spot, status, generated)
         values ($1, $2, $3, $4, $5, (select id from procedure_field where code = $6), $7, $8, $9, $10)
         on conflict (meeting_id, seq) do update set topic = excluded.topic, topic_en = excluded.topic_en,
           concerns_procedure = excluded.concerns_procedure, field_id = excluded.field_id,
           authority_level = excluded.authority_level, answered_on_spot = excluded.answered_on_spot,
           status = excluded.status, generated = excluded.generated`,
        [meetingId, index + 1, o.topic, o.topicEn ?? null, o.concernsProcedure, o.fieldCode,
         o.authorityLevel === 'HIGHER' ? 'PROVINCE' : o.authorityLevel, o.answeredOnSpot, o.status, o.generated],
      );
      opinions += 1;
    }
    // Rows beyond the file (a shorter list after an edit) would double-count: remove them.
    await client.query('delete from opinion where meeting_id = $1 and seq > $2', [meetingId, m.opinions.length]);
  }
  return meetings.length + opinions;
}
