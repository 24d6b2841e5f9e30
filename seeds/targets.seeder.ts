import type { SqlClient } from '../server/src/db/sql-client';
import { UnitDirectory } from '../server/src/modules/units/unit-directory';
import { readData, targetsFile } from './reference-data';

/** Thresholds for traffic lights: legal targets (reference) or campaign targets (demo). Idempotent. */
export async function seedTargets(client: SqlClient, file: 'targets.json' | 'campaign-targets.json'): Promise<number> {
  const targets = readData(file, targetsFile);
  const units = await UnitDirectory.load(client);
  for (const t of targets) {
    const unit = t.unitCode ? units.require(t.unitCode, t.validFrom) : null;
    await client.query(
      `insert into target (code, metric, comparator, threshold, unit_id, campaign_id, valid_from, valid_to, basis)
       values ($1, $2, $3, $4, $5, (select id from campaign where code = $6), $7, $8, $9)
       on conflict (code) do update set metric = excluded.metric, comparator = excluded.comparator, threshold = excluded.threshold,
         unit_id = excluded.unit_id, campaign_id = excluded.campaign_id, valid_from = excluded.valid_from,
         valid_to = excluded.valid_to, basis = excluded.basis`,
      [t.code, t.metric, t.comparator, t.threshold, unit?.id ?? null, t.campaignCode, t.validFrom, t.validTo, t.basis],
    );
  }
  return targets.length;
}
