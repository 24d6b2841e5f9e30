import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { AppConfig } from '../config';
import { openEmbeddedDatabase, type EmbeddedDatabase } from './embedded-database';
import { ormOptions } from './orm.config';
import { pgliteSession, serverSession, socketSession, type BulkSession } from './sql-client';

export interface Database {
  orm: MikroORM;
  /** Plain connections for analytics SQL (the KPI engine), beside the ORM's pool. */
  pool: pg.Pool;
  url: string;
  /** True when running on the embedded PGlite. */
  embedded: boolean;
  /** Runs `work` on a dedicated session for seeders and bulk loads, with the fastest append available. */
  withSession<T>(work: (session: BulkSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Connects to DATABASE_URL, or starts (or joins) the embedded database in DATA_DIR. */
export async function openDatabase(config: Pick<AppConfig, 'databaseUrl' | 'dataDir' | 'dbPoolMax'>): Promise<Database> {
  let embedded: EmbeddedDatabase | undefined;
  let url = config.databaseUrl;
  let poolMax = config.dbPoolMax;
  if (!url) {
    // The socket server admits a fixed number of connections: keep room for a second process.
    embedded = await openEmbeddedDatabase(config.dataDir, 2 * poolMax + 4);
    url = embedded.url;
    poolMax = Math.min(poolMax, embedded.owner ? poolMax : 2);
  }
  try {
    const orm = await MikroORM.init(ormOptions(url, poolMax));
    // The KPI queries are short: on a server, compiling them (JIT, 0.1–0.7 s measured on the 10 M set) costs more than it saves.
    const pool = new pg.Pool({ connectionString: url, max: poolMax, ...(embedded ? {} : { options: '-c jit=off' }) });
    // An idle connection dropped by the server must not take the process down.
    pool.on('error', () => undefined);
    return {
      orm,
      pool,
      url,
      embedded: embedded !== undefined,
      withSession: async (work) => {
        const session = embedded?.pglite ? pgliteSession(embedded.pglite) : embedded ? await socketSession(url) : await serverSession(url);
        try {
          return await work(session);
        } finally {
          await session.close();
        }
      },
      close: async () => {
        await pool.end();
        await orm.close(true);
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
