import type { SqlClient } from '../../db/sql-client';
import { Access, type AccountPrincipal } from './access';
import type { ReachDirectory, ReachSnapshot } from './reach-directory';
import { Role } from './role';
import { tokenDigest } from './session-token';

export interface AuthenticatorOptions {
  /** The embedded demo: a request without a session is the read-only demo leader. */
  demo: boolean;
  /** How long a looked-up session is trusted before the database is asked again. */
  cacheMs?: number;
}

interface SessionRow {
  id: number;
  username: string;
  displayName: string | null;
  role: Role;
  unitId: number | null;
  expiresAt: Date;
}

const MAX_CACHED = 10_000;
/** How long a looked-up session is trusted by default (what else is kept per session lives no longer). */
export const SESSION_TRUST_MS = 15_000;

/**
 * Turns a request's session token into its Access. Looked-up sessions are kept in memory for a few
 * seconds (cacheMs), so a dashboard's burst of queries costs one database read; signing out or
 * disabling an account through this process forgets them at once, another process within cacheMs.
 */
export class Authenticator {
  private readonly cache = new Map<string, { access: Access; until: number; expiresAt: Date }>();

  constructor(
    private readonly sql: SqlClient,
    readonly reach: ReachDirectory,
    readonly options: AuthenticatorOptions,
  ) {}

  get demo(): boolean {
    return this.options.demo;
  }

  async accessFor(token: string | undefined): Promise<{ access: Access; digest?: string; expiresAt?: Date }> {
    if (!token) return { access: await this.nobody('NO_SESSION') };
    const digest = tokenDigest(token);
    const now = Date.now();
    const hit = this.cache.get(digest);
    if (hit && hit.until > now) return { access: hit.access, digest, expiresAt: hit.expiresAt };
    const { rows } = await this.sql.query<SessionRow>(
      `select a.id, a.username, a.display_name as "displayName", a.role, a.unit_id as "unitId", s.expires_at as "expiresAt"
         from account_session s join account a on a.id = s.account_id
        where s.digest = $1 and s.expires_at > now() and a.disabled_at is null`,
      [digest],
    );
    if (!rows.length) {
      this.cache.delete(digest);
      return { access: await this.nobody('SESSION_ENDED') };
    }
    const access = this.forAccount(rows[0], await this.reach.snapshot());
    if (this.cache.size >= MAX_CACHED) this.cache.delete(this.cache.keys().next().value!);
    const expiresAt = new Date(rows[0].expiresAt);
    this.cache.set(digest, { access, until: Math.min(now + (this.options.cacheMs ?? SESSION_TRUST_MS), expiresAt.getTime()), expiresAt });
    return { access, digest, expiresAt };
  }

  forAccount(account: AccountPrincipal & { unitId: number | null }, snapshot: ReachSnapshot): Access {
    const principal: AccountPrincipal = {
      id: account.id,
      username: account.username,
      displayName: account.displayName,
      role: account.role,
    };
    if (account.role === Role.ADMIN || account.unitId === null)
      return Access.forAccount(principal, null, snapshot.topUnits(), snapshot.unitOf);
    const home = snapshot.unitOf(account.unitId);
    return Access.forAccount(principal, snapshot.reachOf(account.unitId), home ? [home] : [], snapshot.unitOf);
  }

  forgetSession(digest: string): void {
    this.cache.delete(digest);
  }

  forgetAccount(accountId: number): void {
    for (const [digest, entry] of this.cache) if (entry.access.account?.id === accountId) this.cache.delete(digest);
  }

  private async nobody(reason: 'NO_SESSION' | 'SESSION_ENDED'): Promise<Access> {
    if (!this.options.demo) return Access.anonymous(reason);
    const snapshot = await this.reach.snapshot();
    return Access.demo(snapshot.topUnits(), snapshot.unitOf);
  }
}
