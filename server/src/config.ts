import { accessSync, constants, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';

/** Every setting the server reads, validated once at start. `.env.example` lists them. */
export interface AppConfig {
  /** Set: that PostgreSQL server. Unset: the embedded PGlite in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  port: number;
  host: string;
  dbPoolMax: number;
  /** Seed of the deterministic demo generator. */
  demoSeed: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** Largest file an import accepts, CLI and upload alike. */
  importMaxBytes: number;
  /** Requests a minute per account, or per address when not signed in. */
  rateLimitPerMinute: number;
  /** Largest JSON request body (GraphQL operations). */
  bodyMaxBytes: number;
  /** How long a sign-in lasts. */
  sessionHours: number;
  /** Reverse proxies in front (X-Forwarded-For hops trusted for the client address); 0 = none. */
  trustProxy: number;
  /** How long answers to read-only queries are shared between users of the same role and unit; 0 = never. */
  responseCacheSeconds: number;
}

export const DEFAULT_IMPORT_MAX_BYTES = 200 * 1024 * 1024;
/**
 * Security defaults (http/security.ts). A dashboard page asks up to a dozen queries: someone moving
 * through pages every second or so asks 600 a minute, so the limit is half again that; a script
 * flooding the API with one account (1,000 in a burst) is still refused.
 */
export const SECURITY_DEFAULTS = { rateLimitPerMinute: 900, bodyMaxBytes: 1024 * 1024, sessionHours: 8, trustProxy: 0, responseCacheSeconds: 300 } as const;

const postgresUrl = z
  .string()
  .trim()
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '';
      } catch {
        return false;
      }
    },
    { message: 'must be a URL such as postgres://user@host:5432/database' },
  );

const integer = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, { message: `must be a whole number from ${min} to ${max}` })
    .transform(Number)
    .refine((n) => n >= min && n <= max, { message: `must be a whole number from ${min} to ${max}` });

const schema = z.object({
  DATABASE_URL: postgresUrl.optional(),
  DATA_DIR: z.string().trim().min(1, { message: 'must not be empty' }).default('./.data'),
  PORT: integer(1, 65535).default(4000),
  HOST: z.string().trim().min(1, { message: 'must not be empty' }).default('127.0.0.1'),
  DB_POOL_MAX: integer(1, 100).default(8),
  DEMO_SEED: integer(0, 2 ** 31 - 1).default(20211101),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  IMPORT_MAX_BYTES: integer(1, 2 ** 40).default(DEFAULT_IMPORT_MAX_BYTES),
  RATE_LIMIT_PER_MINUTE: integer(1, 1_000_000).default(SECURITY_DEFAULTS.rateLimitPerMinute),
  BODY_MAX_BYTES: integer(1024, 100 * 1024 * 1024).default(SECURITY_DEFAULTS.bodyMaxBytes),
  SESSION_HOURS: integer(1, 720).default(SECURITY_DEFAULTS.sessionHours),
  TRUST_PROXY: integer(0, 10).default(SECURITY_DEFAULTS.trustProxy),
  RESPONSE_CACHE_SECONDS: integer(0, 3600).default(SECURITY_DEFAULTS.responseCacheSeconds),
});

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ConfigError';
  }
}

/** Reads and checks the settings; throws ConfigError with one line per bad value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // An empty variable counts as unset, the way shells and .env files are usually written.
  const present = Object.fromEntries(
    Object.keys(schema.shape)
      .filter((key) => env[key] !== undefined && env[key] !== '')
      .map((key) => [key, env[key]]),
  );
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const key = String(issue.path[0]);
        return `Invalid setting ${key}=${JSON.stringify(present[key])}: ${issue.message}`;
      }),
    );
  }
  const s = parsed.data;
  const config: AppConfig = {
    databaseUrl: s.DATABASE_URL,
    dataDir: resolve(s.DATA_DIR),
    port: s.PORT,
    host: s.HOST,
    dbPoolMax: s.DB_POOL_MAX,
    demoSeed: s.DEMO_SEED,
    logLevel: s.LOG_LEVEL,
    importMaxBytes: s.IMPORT_MAX_BYTES,
    rateLimitPerMinute: s.RATE_LIMIT_PER_MINUTE,
    bodyMaxBytes: s.BODY_MAX_BYTES,
    sessionHours: s.SESSION_HOURS,
    trustProxy: s.TRUST_PROXY,
    responseCacheSeconds: s.RESPONSE_CACHE_SECONDS,
  };
  if (!config.databaseUrl) assertWritableDir(config.dataDir);
  return config;
}

/** IMPORT_MAX_BYTES alone, for the upload middleware, which is built without the whole config at hand. */
export function loadImportMaxBytes(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.IMPORT_MAX_BYTES;
  const parsed = schema.shape.IMPORT_MAX_BYTES.safeParse(raw === '' ? undefined : raw);
  if (!parsed.success) throw new ConfigError([`Invalid setting IMPORT_MAX_BYTES=${JSON.stringify(raw)}: ${parsed.error.issues[0].message}`]);
  return parsed.data;
}

/** The embedded database needs a folder it can write; say so before PGlite fails obscurely. */
function assertWritableDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new ConfigError([`Invalid setting DATA_DIR=${JSON.stringify(dir)}: the folder cannot be created or written (${code})`]);
  }
}

/** The connection URL without its password, for logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '<invalid url>';
  }
}
