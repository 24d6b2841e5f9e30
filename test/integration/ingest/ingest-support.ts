import 'reflect-metadata';
import { Readable } from 'node:stream';
import pg from 'pg';
import type { BulkSession, SqlClient } from '../../../server/src/db/sql-client';
import { ImportKind } from '../../../server/src/modules/ingest/import-columns';
import { importSession } from '../../../server/src/modules/ingest/ingest-session';
import { runImport, type ImportOutcome, type ImportRequest } from '../../../server/src/modules/ingest/ingest.service';
import { refreshDossierRollups, refreshRatingRollups, ROLLUP_TABLES, touchedDays, verifyRollups } from '../../../server/src/modules/kpi/kpi-rollup.service';
import { testDatabases } from '../../support/test-databases';

/**
 * Test units of their own (codes ZZ-ING-…), so that imports never move the demo's figures, which
 * other suites assert: a district, two wards, and a code reused by a successor ward on 2025-07-01.
 */
export const UNITS = {
  district: 'ZZ-ING',
  wardA: 'ZZ-ING-01',
  wardB: 'ZZ-ING-02',
  /** Ward until 2025-06-30; from 2025-07-01 the same code is a merged ward. */
  reused: 'ZZ-ING-03',
};

export interface IngestFixture {
  client: pg.Client;
  session: BulkSession;
  url: string;
  unitIds: Record<keyof typeof UNITS | 'reusedAfter', number>;
  /** import_run ids above this were written by this suite. */
  firstRun: number;
  /** Imports text (or bytes) as a file of that name. */
  importText(name: string, content: string | Buffer, options?: Partial<ImportRequest>): Promise<ImportOutcome>;
  close(): Promise<void>;
}

export async function openFixture(): Promise<IngestFixture> {
  const url = testDatabases().mainUrl;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await removeTestData(client);
  const unitIds = await createUnits(client);
  const session = await importSession(url, client);
  const { rows } = await client.query<{ id: number }>('select coalesce(max(id), 0)::int as id from import_run');
  return {
    client,
    session,
    url,
    unitIds,
    firstRun: rows[0].id,
    importText: (name, content, options = {}) =>
      runImport(session, {
        input: Readable.from([typeof content === 'string' ? Buffer.from(content) : content]),
        fileName: name,
        actor: 'cli:test',
        via: 'CLI',
        maxBytes: 10 * 1024 * 1024,
        ...options,
      }),
    close: async () => {
      try {
        await removeTestData(client);
      } finally {
        await session.close();
        await client.end();
      }
    },
  };
}

async function createUnits(client: SqlClient): Promise<IngestFixture['unitIds']> {
  const insert = async (code: string, name: string, level: string, parentId: number | null, validFrom: string | null, validTo: string | null) =>
    (
      await client.query<{ id: number }>(
        `insert into administrative_unit (code, name, search_name, level, kind, parent_id, valid_from, valid_to)
         values ($1, $2, lower($2), $3, $4, $5, $6, $7) returning id`,
        [code, name, level, level === 'DISTRICT' ? 'quan' : 'phuong', parentId, validFrom, validTo],
      )
    ).rows[0].id;
  const province = (await client.query<{ id: number }>(`select id from administrative_unit where code = '79'`)).rows[0].id;
  const district = await insert(UNITS.district, 'Quận Kiểm Thử', 'DISTRICT', province, null, null);
  return {
    district,
    wardA: await insert(UNITS.wardA, 'Phường Kiểm Thử A', 'COMMUNE', district, null, null),
    wardB: await insert(UNITS.wardB, 'Phường Kiểm Thử B', 'COMMUNE', district, null, null),
    reused: await insert(UNITS.reused, 'Phường Kiểm Thử Cũ', 'COMMUNE', district, null, '2025-06-30'),
    reusedAfter: await insert(UNITS.reused, 'Phường Kiểm Thử Mới', 'COMMUNE', district, '2025-07-01', null),
  };
}

/** Everything the ingest suites wrote: facts, their rollups, procedures they created, the test units. */
export async function removeTestData(client: SqlClient): Promise<void> {
  const { rows } = await client.query<{ id: number }>(`select id from administrative_unit where code like 'ZZ-ING%'`);
  const ids = rows.map((r) => r.id);
  await removeSamples(client);
  if (ids.length) {
    for (const table of [...ROLLUP_TABLES, 'dossier', 'satisfaction_rating', 'reported_figure']) {
      await client.query(`delete from ${table} where unit_id = any($1)`, [ids]);
    }
    await client.query(`delete from meeting where unit_id = any($1)`, [ids]);
    // Accounts bound to a test unit (left by a run that stopped early).
    await client.query(`delete from account where unit_id = any($1)`, [ids]).catch(() => undefined);
  }
  await client.query(`delete from procedure p where p.source = 'import' and p.code like '9.9%' and not exists (select 1 from dossier d where d.procedure_id = p.id)`);
  await client.query(`delete from administrative_unit where code like 'ZZ-ING%' and parent_id is not null and code <> 'ZZ-ING'`);
  await client.query(`delete from administrative_unit where code = 'ZZ-ING'`);
}

/**
 * The sample files (seeds/samples) write to real demo units: their rows are taken out again and the
 * rollups of the days they touched recomputed, leaving the demo's figures as they were.
 */
export async function removeSamples(client: SqlClient): Promise<void> {
  const { rows: dossiers } = await client.query<{ unitId: number; receivedOn: string; finishedOn: string | null; dueDate: string }>(
    `select unit_id as "unitId", to_char(received_on, 'YYYY-MM-DD') as "receivedOn", to_char(finished_on, 'YYYY-MM-DD') as "finishedOn",
            to_char(due_date, 'YYYY-MM-DD') as "dueDate" from dossier where code like 'MAU-%'`,
  );
  const { rows: ratings } = await client.query<{ unitId: number; day: string }>(
    `select unit_id as "unitId", to_char(rated_on, 'YYYY-MM-DD') as day from satisfaction_rating where external_key like 'DG-MAU-%'`,
  );
  await client.query('begin');
  await client.query(`delete from dossier where code like 'MAU-%'`);
  await client.query(`delete from satisfaction_rating where external_key like 'DG-MAU-%'`);
  await client.query(`delete from meeting where ref like 'MAU-%'`);
  await client.query(`delete from reported_figure where key like 'MAU-%'`);
  await client.query(`delete from procedure where code = '9.000001' and source = 'import'`);
  await refreshDossierRollups(client, touchedDays(dossiers));
  await refreshRatingRollups(client, ratings);
  await client.query('commit');
}

/** Rollups of the given units equal their recomputation from the facts. */
export async function rollupsMatch(client: SqlClient, unitIds: number[]): Promise<boolean> {
  const diffs = await verifyRollups(client, unitIds);
  return diffs.every((d) => d.unexpected === 0 && d.missing === 0);
}

/**
 * A checksum per table (row count and an order-free sum of row hashes) and per sequence: equal
 * checksums = the same rows, byte for byte. import_run is left out: it records every attempt.
 */
export async function tableChecksums(client: SqlClient): Promise<Record<string, string>> {
  const { rows: tables } = await client.query<{ name: string }>(
    `select tablename as name from pg_tables where schemaname = current_schema() and tablename not in ('import_run') order by 1`,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const { rows } = await client.query<{ n: string; h: string }>(
      `select count(*)::text as n, coalesce(sum(hashtextextended(t::text, 0)::numeric), 0)::text as h from "${name}" t`,
    );
    out[name] = `${rows[0].n}:${rows[0].h}`;
  }
  const { rows: sequences } = await client.query<{ name: string }>(
    `select sequencename as name from pg_sequences where schemaname = current_schema() and sequencename <> 'import_run_id_seq'`,
  );
  for (const { name } of sequences) {
    const { rows } = await client.query<{ v: string }>(`select last_value::text as v from "${name}"`);
    out[`sequence ${name}`] = rows[0].v;
  }
  return out;
}

export const DOSSIER_HEADER = 'ma_ho_so,ma_don_vi,ma_thu_tuc,kenh,ngay_tiep_nhan,ngay_hen_tra,ngay_ket_thuc,trang_thai,so_lan_bo_sung';

/** A dossier CSV from rows of [code, unit, procedure, channel, received, due, finished, status, supplements]. */
export const dossierCsv = (rows: string[][], header = DOSSIER_HEADER) => `${header}\n${rows.map((r) => r.join(',')).join('\n')}\n`;

export { ImportKind };
