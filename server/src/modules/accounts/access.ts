import { UserError } from '../../shared/user-error';
import { Permission, Role, ROLE_PERMISSIONS } from './role';

/** A unit as messages name it. */
export interface UnitRef {
  id: number;
  code: string;
  name: string;
}

export type AccessErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN';

/** A request that is not signed in, or signed in but not allowed: the message says which and why. */
export class AccessError extends UserError {
  constructor(
    message: string,
    readonly code: AccessErrorCode,
  ) {
    super(message);
  }
}

export type PrincipalKind = 'ACCOUNT' | 'DEMO' | 'ANONYMOUS' | 'SYSTEM';

export interface AccountPrincipal {
  id: number;
  username: string;
  displayName?: string | null;
  role: Role;
}

const PERMISSION_WORDS: Record<Permission, string> = {
  [Permission.READ]: 'read data',
  [Permission.IMPORT]: 'import data',
  [Permission.MANAGE_CAMPAIGNS]: 'manage campaigns and enrolments',
  [Permission.MANAGE_TARGETS]: 'manage targets',
  [Permission.ADMIN]: 'manage accounts or read the audit log',
};

const rolesWith = (p: Permission) => (Object.keys(ROLE_PERMISSIONS) as Role[]).filter((r) => ROLE_PERMISSIONS[r].includes(p));
const label = (u: UnitRef) => `${u.name} (${u.code})`;

/**
 * Who is asking and what they may reach: the one object every check of graphql/auth-checker.ts asks.
 * `reach` is every unit id the principal may see (null = all of them).
 */
export class Access {
  private constructor(
    readonly kind: PrincipalKind,
    readonly account: AccountPrincipal | null,
    readonly permissions: ReadonlySet<Permission>,
    private readonly reach: ReadonlySet<number> | null,
    /** The units the principal is bound to: the account's unit, or the top units for the demo and admins. */
    readonly home: readonly UnitRef[],
    private readonly unitOf: (id: number) => UnitRef | undefined,
    /** For ANONYMOUS: why there is no account (no session, or one that ended). */
    readonly anonymousReason: 'NO_SESSION' | 'SESSION_ENDED' | null = null,
    /** For SYSTEM: who, e.g. cli:ops. */
    private readonly systemActor: string | null = null,
  ) {}

  static forAccount(
    account: AccountPrincipal,
    reach: ReadonlySet<number> | null,
    home: UnitRef[],
    unitOf: (id: number) => UnitRef | undefined,
  ): Access {
    return new Access(
      'ACCOUNT',
      account,
      new Set(ROLE_PERMISSIONS[account.role]),
      account.role === Role.ADMIN ? null : reach,
      home,
      unitOf,
    );
  }

  /** The embedded demo: a read-only leader of the top units, i.e. of everything. */
  static demo(topUnits: UnitRef[], unitOf: (id: number) => UnitRef | undefined): Access {
    return new Access('DEMO', null, new Set([Permission.READ]), null, topUnits, unitOf);
  }

  static anonymous(reason: 'NO_SESSION' | 'SESSION_ENDED' = 'NO_SESSION'): Access {
    return new Access('ANONYMOUS', null, new Set(), new Set(), [], () => undefined, reason);
  }

  /** In-process work that is not a request (command line, benchmarks): everything. */
  static system(actor: string): Access {
    return new Access('SYSTEM', null, new Set(Object.values(Permission)), null, [], () => undefined, null, actor);
  }

  get role(): Role | null {
    return this.kind === 'DEMO' ? Role.LEADER : (this.account?.role ?? null);
  }

  get reachesAll(): boolean {
    return this.reach === null;
  }

  /** For audit entries and logs: the username, "demo", "anonymous" or the system actor. */
  get actor(): string {
    return this.account?.username ?? (this.kind === 'DEMO' ? 'demo' : (this.systemActor ?? 'anonymous'));
  }

  can(permission: Permission): boolean {
    return this.permissions.has(permission);
  }

  reaches(unitId: number): boolean {
    return this.reach === null || this.reach.has(unitId);
  }

  /** The units of `unitIds` out of reach, as messages name them. */
  outside(unitIds: Iterable<number>): UnitRef[] {
    if (this.reach === null) return [];
    const out: UnitRef[] = [];
    for (const id of unitIds) if (!this.reach.has(id)) out.push(this.unitOf(id) ?? { id, code: `#${id}`, name: 'Unit' });
    return out;
  }

  /** Throws UNAUTHENTICATED when nobody is signed in (and this is not the demo), FORBIDDEN without the permission. */
  require(permission: Permission): void {
    if (this.kind === 'ANONYMOUS') throw this.unauthenticated();
    if (this.can(permission)) return;
    if (this.kind === 'DEMO')
      throw new AccessError(`The demo is read-only: sign in with an account that may ${PERMISSION_WORDS[permission]}`, 'FORBIDDEN');
    throw new AccessError(
      `${this.describe()} may not ${PERMISSION_WORDS[permission]}: that needs the role ${rolesWith(permission).join(' or ')}`,
      'FORBIDDEN',
    );
  }

  /** `require(permission)`, then every unit in reach; FORBIDDEN names the first units out of it. */
  requireUnits(permission: Permission, unitIds: Iterable<number>): void {
    this.require(permission);
    const out = this.outside(unitIds);
    if (out.length === 0) return;
    const shown = out.slice(0, 3).map(label).join(', ') + (out.length > 3 ? ` and ${out.length - 3} more` : '');
    throw new AccessError(
      `${shown} ${out.length > 1 ? 'are' : 'is'} outside ${this.kind === 'ACCOUNT' ? "your account's units" : 'your reach'}: ${this.home.map(label).join(', ')} and the units under ${this.home.length > 1 ? 'them' : 'it'}`,
      'FORBIDDEN',
    );
  }

  unauthenticated(): AccessError {
    return new AccessError(
      this.anonymousReason === 'SESSION_ENDED'
        ? 'Your session has ended (expired, signed out or account disabled): sign in again'
        : 'Not signed in: sign in (mutation signIn) to use this server',
      'UNAUTHENTICATED',
    );
  }

  private describe(): string {
    const unit = this.home[0];
    return `Your account (${this.account?.role.toLowerCase() ?? 'system'}${unit ? ` of ${label(unit)}` : ''})`;
  }
}
