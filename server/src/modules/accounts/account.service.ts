import type { EntityManager } from '@mikro-orm/postgresql';
import { localDayOf, isLocalDay } from '../../shared/local-day';
import { UserError } from '../../shared/user-error';
import { AdministrativeUnit } from '../units/administrative-unit.entity';
import { AccessError } from './access';
import { Account } from './account.entity';
import { AccountSession } from './account-session.entity';
import { auditEntry, type AuditActor } from './audit.service';
import { burnVerification, hashPassword, passwordProblem, verifyPassword } from './password';
import { Role, roleNeedsUnit } from './role';
import { newSessionToken, tokenDigest } from './session-token';
import type { SignInThrottle } from './sign-in-throttle';

export class AccountInputError extends UserError {}

/** 3–64 characters: lower-case letters, digits, dot, dash, underscore; a letter or digit first. */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,63}$/;

export interface NewAccount {
  username: string;
  password: string;
  role: Role;
  /** Required for every role but ADMIN. */
  unitCode?: string | null;
  /** Which unit a reused code means (2025 reform); default: the one that exists today. */
  unitOn?: string | null;
  displayName?: string | null;
}

export interface SignedIn {
  account: Account;
  token: string;
  expiresAt: Date;
}

export const normaliseUsername = (username: string) => username.trim().toLowerCase();

/** Accounts, their passwords and sessions; every change leaves an audit entry in the same transaction. */
export class AccountService {
  constructor(private readonly em: EntityManager) {}

  async create(input: NewAccount, by: AuditActor): Promise<Account> {
    const username = normaliseUsername(input.username);
    if (!USERNAME_PATTERN.test(username)) {
      throw new AccountInputError(
        `username must be 3–64 characters: lower-case letters, digits, ".", "-" or "_", starting with a letter or digit; got ${JSON.stringify(input.username)}`,
      );
    }
    const problem = passwordProblem(input.password, username);
    if (problem) throw new AccountInputError(problem);
    if (roleNeedsUnit(input.role) && !input.unitCode?.trim())
      throw new AccountInputError(`unitCode is required for the role ${input.role}`);
    const unit = input.unitCode?.trim() ? await this.resolveUnit(input.unitCode.trim(), input.unitOn) : null;
    if (await this.em.count(Account, { username })) throw new AccountInputError(`username ${username} is taken`);
    const account = Object.assign(new Account(), {
      username,
      displayName: input.displayName?.trim() || null,
      passwordHash: await hashPassword(input.password),
      role: input.role,
      unit: input.role === Role.ADMIN ? null : unit,
      createdAt: new Date(),
      createdBy: by.actor,
    });
    this.em.persist(account);
    this.em.persist(
      auditEntry(by, {
        action: 'ACCOUNT_CREATED',
        subject: `account:${username}`,
        unitId: account.unit?.id ?? null,
        detail: { role: account.role, unit: account.unit?.code ?? null, displayName: account.displayName },
      }),
    );
    await this.em.flush();
    return account;
  }

  /** Disabling ends every session of the account at once. */
  async setDisabled(username: string, disabled: boolean, by: AuditActor): Promise<Account> {
    const account = await this.byUsername(username);
    if (disabled && by.account?.id === account.id) throw new AccountInputError('you cannot disable your own account');
    if (Boolean(account.disabledAt) === disabled) return account;
    account.disabledAt = disabled ? new Date() : null;
    this.em.persist(
      auditEntry(by, {
        action: disabled ? 'ACCOUNT_DISABLED' : 'ACCOUNT_ENABLED',
        subject: `account:${account.username}`,
        unitId: account.unit?.id ?? null,
      }),
    );
    await this.em.flush();
    if (disabled) await this.em.nativeDelete(AccountSession, { account: account.id });
    return account;
  }

  async changePassword(accountId: number, current: string, next: string, by: AuditActor): Promise<void> {
    const account = await this.em.findOneOrFail(Account, { id: accountId }, { populate: ['passwordHash'] });
    if (!(await verifyPassword(account.passwordHash, current))) throw new AccountInputError('currentPassword is wrong');
    const problem = passwordProblem(next, account.username);
    if (problem) throw new AccountInputError(problem.replace(/^password/, 'newPassword'));
    account.passwordHash = await hashPassword(next);
    this.em.persist(auditEntry(by, { action: 'PASSWORD_CHANGED', subject: `account:${account.username}` }));
    await this.em.flush();
  }

  list(): Promise<Account[]> {
    return this.em.find(Account, {}, { populate: ['unit'], orderBy: { username: 'asc' } });
  }

  async byUsername(username: string): Promise<Account> {
    const account = await this.em.findOne(Account, { username: normaliseUsername(username) }, { populate: ['unit'] });
    if (!account) throw new AccountInputError(`no account with the username ${JSON.stringify(username)}`);
    return account;
  }

  /**
   * Checks the password and opens a session. Wrong username and wrong password read the same and
   * take as long; only someone who knows the password learns that the account is disabled.
   */
  async signIn(usernameTyped: string, password: string, options: { throttle: SignInThrottle; sessionHours: number }): Promise<SignedIn> {
    const username = normaliseUsername(usernameTyped);
    const wait = options.throttle.blockedFor(username);
    if (wait > 0) {
      throw new AccessError(
        `Too many failed sign-ins for this username: try again in ${Math.ceil(wait / 60_000)} minute(s)`,
        'UNAUTHENTICATED',
      );
    }
    const account = username ? await this.em.findOne(Account, { username }, { populate: ['passwordHash', 'unit'] }) : null;
    const ok = account ? await verifyPassword(account.passwordHash, password) : (await burnVerification(password), false);
    if (!ok || !account) {
      options.throttle.failed(username);
      // An unknown username is not recorded as typed: people type their password there by mistake.
      this.em.persist(
        auditEntry(
          { actor: 'anonymous', account: null },
          { action: 'SIGN_IN_REFUSED', subject: account ? `account:${account.username}` : 'account:(unknown)' },
        ),
      );
      await this.em.flush();
      throw new AccessError('Wrong username or password', 'UNAUTHENTICATED');
    }
    options.throttle.succeeded(username);
    if (account.disabledAt) throw new AccessError('This account is disabled: ask an administrator', 'UNAUTHENTICATED');
    const now = new Date();
    const token = newSessionToken();
    const expiresAt = new Date(now.getTime() + options.sessionHours * 3_600_000);
    account.lastSignInAt = now;
    this.em.persist(Object.assign(new AccountSession(), { digest: tokenDigest(token), account, createdAt: now, expiresAt }));
    this.em.persist(auditEntry({ actor: account.username, account }, { action: 'SIGNED_IN', subject: `account:${account.username}` }));
    await this.em.flush();
    await this.em.nativeDelete(AccountSession, { expiresAt: { $lt: now } });
    return { account, token, expiresAt };
  }

  async signOut(digest: string): Promise<void> {
    await this.em.nativeDelete(AccountSession, { digest });
  }

  /** The unit a code names on a day (default: today); a code reused by the 2025 reform needs the day. */
  async resolveUnit(code: string, on?: string | null): Promise<AdministrativeUnit> {
    if (on && !isLocalDay(on)) throw new AccountInputError(`unitOn must be a day written YYYY-MM-DD, got ${JSON.stringify(on)}`);
    const units = await this.em.find(AdministrativeUnit, { code }, { orderBy: { validFrom: 'asc' } });
    if (!units.length) throw new AccountInputError(`unknown unit code ${code}`);
    if (units.length === 1 && !on) return units[0];
    const day = on ?? localDayOf(new Date());
    const match = units.find((u) => (!u.validFrom || u.validFrom <= day) && (!u.validTo || day <= u.validTo));
    if (match) return match;
    const which = units.map((u) => `${u.name} (${u.validFrom ?? '…'} – ${u.validTo ?? '…'})`).join(', ');
    throw new AccountInputError(
      `unit code ${code} names ${units.length > 1 ? 'units' : 'a unit'} that did not exist on ${day}: ${which}; give the day the account's unit existed`,
    );
  }
}
