import { withConstraintsDeferred, BulkWriter } from '../../server/src/db/bulk-writer';
import { rebuildRollups } from '../../server/src/modules/kpi/kpi-rollup.service';
import type { BulkSession } from '../../server/src/db/sql-client';
import { loadWorkingCalendar } from '../../server/src/modules/procedures/calendar.repository';
import { addDays, type LocalDay } from '../../server/src/shared/local-day';
import { deskWeight, DOSSIER_COLUMNS, planOutcome, receive, toRow, type GenProcedure, type GenUnit } from '../demo/dossier-model';
import { SEASON } from '../demo/demo-plan';
import { apportion, Random, WeightedPicker } from '../demo/random';
import { generateRatings, RATING_COLUMNS } from '../demo/rating-generator';

export interface ScaleOptions {
  dossiers: number;
  units: number;
  procedures: number;
  from: LocalDay;
  to: LocalDay;
  ratingsPerDossier: number;
  seed: number;
  log?: (line: string) => void;
}

export interface ScaleResult {
  loaded: boolean;
  reason?: string;
  dossiers: number;
  ratings: number;
  seconds: number;
  rowsPerSecond: number;
}

export const SCALE_PROVINCE = 'BM';

/**
 * A large synthetic data set for benchmarks: a province "BM" with districts of ten communes each,
 * synthetic procedures, and dossiers spread over the period by unit size and season. Everything
 * is marked source = 'benchmark' and lives under its own units, apart from the demo.
 */
export async function seedScale(session: BulkSession, options: ScaleOptions): Promise<ScaleResult> {
  const { client } = session;
  const started = Date.now();
  const fingerprint = JSON.stringify({ dossiers: options.dossiers, units: options.units, procedures: options.procedures, from: options.from, to: options.to, seed: options.seed });
  const existing = await client.query<{ fingerprint: string }>(`select fingerprint from seed_run where name = 'scale'`);
  if (existing.rows.length) return { loaded: false, reason: `already loaded: ${existing.rows[0].fingerprint}`, dossiers: 0, ratings: 0, seconds: 0, rowsPerSecond: 0 };

  await client.query('begin');
  try {
    const { units, procedures } = await createScaleCatalogue(session, options);
    const calendar = await loadWorkingCalendar(client);
    const random = new Random(options.seed, 'scale');
    const genUnits: GenUnit[] = units.map((u) => {
      const r = new Random(options.seed, 'scale', u.code);
      const own = procedures.filter((p) => p.level === u.level);
      return {
        ...u,
        validFrom: null,
        validTo: null,
        profile: { monthlyVolume: 1, city: 'HCM', ratingsPerDossier: options.ratingsPerDossier },
        size: 0.4 + 1.2 * r.next(),
        random: r,
        procedures: own,
        picker: new WeightedPicker(own, (p) => p.weight),
        earlyRate: 0.04 + 0.1 * r.next(),
        overdueRate: 0.005 + 0.03 * r.next(),
        daySeq: new Map(),
      };
    });
    const months: string[] = [];
    for (let day = options.from; day <= options.to; day = addDays(day, 1)) if (day.endsWith('-01') || day === options.from) months.push(day.slice(0, 7));
    const cells = genUnits.flatMap((unit) => months.map((month) => ({ unit, month })));
    const perCell = apportion(options.dossiers, cells.map((c) => c.unit.size * SEASON[Number(c.month.slice(5, 7)) - 1] * (0.9 + 0.2 * random.next())));
    const dossiers = new BulkWriter(session, 'dossier', DOSSIER_COLUMNS);
    const ratings = new BulkWriter(session, 'satisfaction_rating', RATING_COLUMNS);
    await withConstraintsDeferred(client, ['dossier', 'satisfaction_rating'], async () => {
      for (const [i, { unit, month }] of cells.entries()) {
        const days: LocalDay[] = [];
        for (let day = `${month}-01`; day.startsWith(month) && day <= options.to; day = addDays(day, 1)) if (day >= options.from) days.push(day);
        const perDay = apportion(perCell[i], days.map((day) => deskWeight(unit, day, calendar)));
        const drafts = days.flatMap((day, k) =>
          Array.from({ length: perDay[k] }, () => {
            const d = receive(unit, day, calendar);
            planOutcome(d, calendar);
            return d;
          }),
        );
        for (const d of drafts) {
          const row = toRow(d);
          row[row.length - 1] = 'benchmark';
          await dossiers.push(row);
        }
        if (options.ratingsPerDossier > 0) {
          for (const rating of generateRatings(options.seed, drafts)) {
            rating[rating.length - 1] = 'benchmark';
            await ratings.push(rating);
          }
        }
        if (i % 50 === 0) options.log?.(`scale: ${dossiers.count.toLocaleString('en')} dossiers, ${ratings.count.toLocaleString('en')} ratings, ${Math.round(dossiers.count / ((Date.now() - started) / 1000)).toLocaleString('en')} dossiers/s`);
      }
      await dossiers.flush();
      await ratings.flush();
      options.log?.('scale: rebuilding indexes and keys');
    });
    await rebuildRollups(client); // same transaction as the facts
    await client.query(`insert into seed_run (name, fingerprint, counts, loaded_at) values ('scale', $1, $2, now())`, [
      fingerprint,
      JSON.stringify({ dossiers: dossiers.count, ratings: ratings.count }),
    ]);
    await client.query('commit');
    // VACUUM, not only ANALYZE: it sets the visibility map, without which the covering dossier_late_due
    // index answers the early warning with a heap fetch per late dossier (as an hour of autovacuum would).
    await client.query('vacuum analyze dossier');
    await client.query('vacuum analyze satisfaction_rating');
    const seconds = (Date.now() - started) / 1000;
    return { loaded: true, dossiers: dossiers.count, ratings: ratings.count, seconds, rowsPerSecond: Math.round((dossiers.count + ratings.count) / seconds) };
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
}

interface ScaleUnit {
  id: number;
  code: string;
  level: string;
}

/** Province BM > districts BM-D01… > communes BM-D01-C01…; procedures BM.0001… across the real fields. */
async function createScaleCatalogue(session: BulkSession, options: ScaleOptions): Promise<{ units: ScaleUnit[]; procedures: GenProcedure[] }> {
  const { client } = session;
  const insertUnit = async (code: string, name: string, level: string, kind: string, parentId: number | null) =>
    (
      await client.query<{ id: number }>(
        `insert into administrative_unit (code, name, name_en, search_name, level, kind, parent_id) values ($1, $2, $3, $4, $5, $6, $7) returning id`,
        [code, name, name, name.toLowerCase(), level, kind, parentId],
      )
    ).rows[0].id;
  const province = await insertUnit(SCALE_PROVINCE, 'Tỉnh mô phỏng (benchmark)', 'PROVINCE', 'tinh', null);
  const units: ScaleUnit[] = [];
  const districts = Math.ceil(options.units / 10);
  for (let d = 1; d <= districts; d++) {
    const dCode = `${SCALE_PROVINCE}-D${String(d).padStart(2, '0')}`;
    const districtId = await insertUnit(dCode, `Huyện mô phỏng ${d}`, 'DISTRICT', 'huyen', province);
    for (let c = 1; c <= 10 && units.length < options.units; c++) {
      const code = `${dCode}-C${String(c).padStart(2, '0')}`;
      units.push({ id: await insertUnit(code, `Xã mô phỏng ${d}.${c}`, 'COMMUNE', 'xa', districtId), code, level: 'COMMUNE' });
    }
  }
  const fields = (await client.query<{ id: number }>('select id from procedure_field order by id')).rows;
  const random = new Random(options.seed, 'scale-procedures');
  const limits = [0, 0, 0, 1, 2, 3, 3, 5, 7, 10, 15, 20];
  const procedures: GenProcedure[] = [];
  for (let p = 1; p <= options.procedures; p++) {
    const code = `${SCALE_PROVINCE}.${String(p).padStart(4, '0')}`;
    const workingDays = random.pick(limits);
    const { rows } = await client.query<{ id: number }>(
      `insert into procedure (code, name, field_id, level, working_days, source) values ($1, $2, $3, 'COMMUNE', $4, 'benchmark') returning id`,
      [code, `Thủ tục mô phỏng ${p}`, fields[p % fields.length].id, workingDays],
    );
    // A long tail: a few procedures carry most dossiers, as at real desks.
    procedures.push({ id: rows[0].id, code, level: 'COMMUNE', workingDays, sameDayEligible: workingDays === 0, weight: 1 / p });
  }
  return { units, procedures };
}
