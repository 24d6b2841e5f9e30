import type { SqlClient } from '../server/src/db/sql-client';
import { UnitDirectory } from '../server/src/modules/units/unit-directory';
import { readData, reportedFiguresFile } from './reference-data';

/** Every figure F1–F28 exactly as its report published it, with its source. Idempotent. */
export async function seedReportedFigures(client: SqlClient): Promise<number> {
  const figures = readData('reported-figures.json', reportedFiguresFile);
  const units = await UnitDirectory.load(client);
  for (const f of figures) {
    const unit = units.require(f.unitCode, f.periodFrom);
    await client.query(
      `insert into reported_figure (key, source_document, unit_id, scope, campaign_id, period_from, period_to, convention, metric, value, as_published, note)
       values ($1, $2, $3, $4, (select id from campaign where code = $5), $6, $7, $8, $9, $10, $11, $12)
       on conflict (key) do update set source_document = excluded.source_document, unit_id = excluded.unit_id,
         scope = excluded.scope, campaign_id = excluded.campaign_id, period_from = excluded.period_from,
         period_to = excluded.period_to, convention = excluded.convention, metric = excluded.metric,
         value = excluded.value, as_published = excluded.as_published, note = excluded.note`,
      [f.key, f.source, unit.id, f.scope, f.campaignCode ?? null, f.periodFrom, f.periodTo, f.convention, f.metric, f.value, f.asPublished, f.note ?? null],
    );
  }
  return figures.length;
}
