import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Access } from '../modules/accounts/access';
import { SESSION_TRUST_MS } from '../modules/accounts/authenticator';
import type { GraphQLContext } from './context';

/**
 * Answers to read-only analytics queries, kept until the facts change and shared by everyone who would
 * get the same answer: the same operation and variables, asked by principals of the same role bound to
 * the same unit (so with the same permissions and reach). A dashboard's users mostly open the same
 * views (their unit, the current month): those are computed once instead of once per user, and
 * identical queries arriving together wait for one execution. Only whole successful answers are
 * kept, as the JSON sent: a repeat is answered before GraphQL parses it (http/app.ts), which is safe
 * because the key holds the query text and variables that already passed the limits (depth, cost)
 * for the same role and unit; the session and rate checks still run on every request. A successful
 * mutation empties the cache; another process's writes empty it when fact-changes.ts sees them; the
 * TTL bounds what neither sees (edits made straight in the database).
 */

/** Root fields whose answers depend only on the data, the arguments and the principal's reach. */
export const CACHEABLE_FIELDS: ReadonlySet<string> = new Set([
  'units',
  'kpis',
  'metrics',
  'form06',
  'dataQuality',
  'compareUnits',
  'comparePeriods',
  'reportingPeriod',
  'opinions',
  'meetings',
  'meeting',
  'satisfaction',
  'campaigns',
  'campaign',
  'dossiers',
  'earlyWarning',
]);

/**
 * Root fields whose answer is the session's own (who asks): kept for that session alone, never shared,
 * and only as long as the authenticator trusts a session without reading it again.
 */
export const SESSION_FIELDS: ReadonlySet<string> = new Set(['me']);

export interface ResponseCacheOptions {
  ttlMs: number;
  maxEntries?: number;
  /** Bound on the bytes kept (gzip of the answers, and their keys): a province's unit list is 10 kB of it. */
  maxBytes?: number;
}

type CachedData = Record<string, unknown>;

export class ResponseCache {
  // Only the gzipped JSON: the object graph it came from takes tens of times its size, the JSON text
  // (UTF-16 once it holds Vietnamese) five to ten times. Browsers take it as it is.
  private readonly entries = new Map<string, KeptAnswer & { until: number; bytes: number }>();
  private bytes = 0;
  private readonly inflight = new Map<string, Promise<CachedData | null>>();
  private generation = 0;
  hits = 0;
  misses = 0;

  constructor(readonly options: ResponseCacheOptions) {}

  get enabled(): boolean {
    return this.options.ttlMs > 0;
  }

  get size(): number {
    return this.entries.size;
  }

  invalidate(): void {
    this.entries.clear();
    this.bytes = 0;
    this.generation++;
  }

  close(): void {
    this.invalidate();
  }

  get(key: string): CachedData | undefined {
    const kept = this.live(key);
    return kept && (JSON.parse(inflate(kept)) as { data: CachedData }).data;
  }

  /** The response body as sent, gzipped, for a repeat answered without GraphQL. */
  answer(key: string): KeptAnswer | undefined {
    return this.live(key);
  }

  private live(key: string) {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.until < Date.now()) {
      this.remove(key);
      return undefined;
    }
    return entry;
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.bytes -= entry.bytes;
    this.entries.delete(key);
  }

  /** Registers an execution under way; the returned function settles it (null: nothing to share). */
  begin(key: string, ttlMs = this.options.ttlMs): (data: CachedData | null) => void {
    const generation = this.generation;
    let settle!: (data: CachedData | null) => void;
    this.inflight.set(
      key,
      new Promise((resolve) => {
        settle = resolve;
      }),
    );
    return (data) => {
      this.inflight.delete(key);
      // An answer computed before an invalidation may predate the change: shared with those waiting, not kept.
      if (data && generation === this.generation) this.set(key, data, ttlMs);
      settle(data);
    };
  }

  /** The answer of an identical execution under way, if any; null after 30 s or when it failed. */
  pending(key: string): Promise<CachedData | null> | undefined {
    const running = this.inflight.get(key);
    if (!running) return undefined;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), 30_000).unref()));
    return Promise.race([running, timeout]).finally(() => clearTimeout(timer));
  }

  private set(key: string, data: CachedData, ttlMs: number): void {
    // Compressed once here, not for every repeat: a province's unit list is 120 kB of JSON, 10 kB gzipped.
    const answer: KeptAnswer = { gzip: ownBuffer(gzipSync(responseBody(data))) };
    const bytes = answer.gzip.length + 2 * key.length;
    const maxEntries = this.options.maxEntries ?? 50_000;
    const maxBytes = this.options.maxBytes ?? 32 * 1024 * 1024;
    if (bytes > maxBytes / 8) return; // one answer never takes most of the room
    this.remove(key);
    // Oldest first (Map keeps insertion order), and whatever has expired on the way.
    for (const [k, e] of this.entries) {
      if (this.entries.size < maxEntries && this.bytes + bytes <= maxBytes && e.until >= Date.now()) break;
      this.remove(k);
    }
    this.entries.set(key, { ...answer, bytes, until: Date.now() + ttlMs });
    this.bytes += bytes;
  }
}

/** A kept answer: the JSON Apollo would send, gzipped. */
export interface KeptAnswer {
  gzip: Buffer;
}

/**
 * A copy in memory of its own. A small Buffer is a slice of a shared 8 kB slab, and one kept slice
 * keeps its whole slab alive: thousands of kept answers of 500 bytes held 8 kB each.
 */
function ownBuffer(buffer: Buffer): Buffer {
  const own = Buffer.allocUnsafeSlow(buffer.length);
  buffer.copy(own);
  return own;
}

/** The JSON of a kept answer, for the rare client that does not take gzip. */
export const inflate = (answer: KeptAnswer): string => gunzipSync(answer.gzip).toString('utf8');

/** The JSON Apollo sends for a successful answer. */
export const responseBody = (data: CachedData) => `${JSON.stringify({ data })}\n`;

/** The cache key of a request: who shares it, the query text (hashed), the operation and its variables. */
export function cacheKey(who: string, query: string, operationName: string | null | undefined, variables: unknown): string {
  return `${who}\u0000${requestKey(query, operationName, variables)}`;
}

/** What is asked, whoever asks: the part of the key a request's candidate keys share. */
export function requestKey(query: string, operationName: string | null | undefined, variables: unknown): string {
  const hash = createHash('sha256').update(query).digest('base64url');
  return `${hash}\u0000${operationName ?? ''}\u0000${stableJson(variables ?? {})}`;
}

/** Who may be given a kept answer of SESSION_FIELDS: the one session (and its role and unit), else nobody. */
export function sessionKey(access: Access, digest: string | undefined): string | null {
  const shared = sharingKey(access);
  return access.kind === 'ACCOUNT' && digest && shared ? `session:${digest}:${shared}` : null;
}

/** Who gets the same answers: role and unit for an account, the demo, the admins; null = never shared. */
export function sharingKey(access: Access): string | null {
  if (access.kind === 'DEMO') return 'demo';
  if (access.kind !== 'ACCOUNT' || !access.role) return null;
  return access.reachesAll ? `${access.role}:all` : `${access.role}:${access.home.map((u) => u.id).join(',')}`;
}

/** A query asking only for these root fields (and __typename). */
function onlyFields(operation: OperationDefinitionNode, fields: ReadonlySet<string>): boolean {
  return (
    operation.operation === 'query' &&
    operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && (s.name.value === '__typename' || fields.has(s.name.value)))
  );
}

/** Signing in and out changes no data: it leaves the cache alone. */
const SESSION_MUTATIONS = new Set(['signIn', 'signOut', 'changePassword']);
const onlySessionFields = (operation: OperationDefinitionNode) =>
  operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && SESSION_MUTATIONS.has(s.name.value));

/** Variables in a stable order, so that {a, b} and {b, a} share an entry. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

export function responseCachePlugin(cache: ResponseCache): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      if (!cache.enabled) return;
      let key: string | undefined;
      let settle: ((data: CachedData | null) => void) | undefined;
      let outcome: 'hit' | 'shared' | 'miss' = 'miss';
      return {
        async responseForOperation(rc): Promise<GraphQLResponse | null> {
          const { access, session } = rc.contextValue;
          const own = onlyFields(rc.operation, SESSION_FIELDS);
          const who = own ? sessionKey(access, session.digest) : onlyFields(rc.operation, CACHEABLE_FIELDS) ? sharingKey(access) : null;
          if (!who) return null;
          key = cacheKey(who, rc.request.query ?? rc.source, rc.request.operationName, rc.request.variables);
          const cached = cache.get(key);
          const shared = cached ? undefined : await cache.pending(key);
          const data = cached ?? shared;
          if (data) {
            outcome = cached ? 'hit' : 'shared';
            cache.hits++;
            return { body: { kind: 'single', singleResult: { data } }, http: { status: undefined, headers: new HeaderMap() } };
          }
          cache.misses++;
          settle = cache.begin(key, own ? Math.min(rc.contextValue.auth.authenticator.options.cacheMs ?? SESSION_TRUST_MS, cache.options.ttlMs) : undefined);
          return null;
        },
        async willSendResponse(rc) {
          // A write through the API (an import, a campaign change) makes every kept answer suspect.
          if (rc.operation?.operation === 'mutation' && !rc.errors?.length && !onlySessionFields(rc.operation)) cache.invalidate();
          if (!key) return;
          rc.response.http.headers.set('x-cache', outcome);
          if (!settle) return;
          const body = rc.response.body;
          const ok = body.kind === 'single' && !body.singleResult.errors && body.singleResult.data;
          settle(ok && body.kind === 'single' ? (body.singleResult.data as CachedData) : null);
        },
      };
    },
  };
}
