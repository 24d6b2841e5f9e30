import type { SqlClient } from '../server/src/db/sql-client';
import { UnitDirectory } from '../server/src/modules/units/unit-directory';
import { campaignsFile, readData } from './reference-data';

/** The campaigns of source 003 (yearly theme > peak month > same-day week / month) and their enrolments. */
export async function seedCampaigns(client: SqlClient): Promise<number> {
  const { campaigns } = readData('campaigns.json', campaignsFile);
  const units = await UnitDirectory.load(client);
  let enrollments = 0;
  for (const c of campaigns) {
    const organiser = units.require(c.organiserCode, c.startsOn);
    const { rows } = await client.query<{ id: number }>(
      `insert into campaign (code, name, name_en, kind, organiser_id, starts_on, ends_on, parent_id, plan_reference, theme, source_document, note)
       values ($1, $2, $3, $4, $5, $6, $7, (select id from campaign where code = $8), $9, $10, $11, $12)
       on conflict (code) do update set name = excluded.name, name_en = excluded.name_en, kind = excluded.kind,
         organiser_id = excluded.organiser_id, starts_on = excluded.starts_on, ends_on = excluded.ends_on,
         parent_id = excluded.parent_id, plan_reference = excluded.plan_reference, theme = excluded.theme,
         source_document = excluded.source_document, note = excluded.note
       returning id`,
      [c.code, c.name, c.nameEn ?? null, c.kind, organiser.id, c.startsOn, c.endsOn, c.parentCode, c.planReference, c.theme, c.source, c.note ?? null],
    );
    for (const e of c.enrollments) {
      const unit = units.require(e.unitCode, e.startsOn);
      await client.query(
        `insert into campaign_enrollment (campaign_id, unit_id, starts_on, ends_on, commitment, generated) values ($1, $2, $3, $4, $5, $6)
         on conflict (campaign_id, unit_id) do update set starts_on = excluded.starts_on, ends_on = excluded.ends_on,
           commitment = excluded.commitment, generated = excluded.generated`,
        [rows[0].id, unit.id, e.startsOn, e.endsOn, e.commitment, e.generated],
      );
      enrollments += 1;
    }
  }
  return campaigns.length + enrollments;
}
