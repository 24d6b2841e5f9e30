import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { switchPrincipal } from '../../graphql/auth-checker';
import { AdministrativeUnit } from '../units/administrative-unit.entity';
import { Access } from './access';
import type { Account } from './account.entity';
import { AccountInputError, AccountService } from './account.service';
import { AccountView, AuditEntryView, CreateAccountInput, MeView } from './account.types';
import { AUDIT_PAGE_MAX, auditLog } from './audit.service';
import { Role } from './role';

// Who may call what is decided in graphql/auth-checker.ts (OPERATION_RULES), not here.
@Resolver()
export class AccountResolver {
  @Query(() => MeView, { nullable: true, description: 'The signed-in account, or the demo (demo: true); null when not signed in' })
  me(@Ctx() ctx: GraphQLContext): Promise<MeView | null> {
    return meOf(ctx, ctx.access, null);
  }

  @Mutation(() => MeView, {
    description:
      'Checks the password and opens a session (an HttpOnly, SameSite=Strict cookie); the rest of the request runs as the account',
  })
  async signIn(
    @Ctx() ctx: GraphQLContext,
    @Arg('username', () => String) username: string,
    @Arg('password', () => String) password: string,
  ): Promise<MeView> {
    const { auth } = ctx;
    const signed = await new AccountService(ctx.em).signIn(username, password, {
      throttle: auth.throttle,
      sessionHours: auth.sessionHours,
    });
    ctx.session.issue(signed.token, signed.expiresAt);
    const snapshot = await auth.authenticator.reach.snapshot();
    const access = auth.authenticator.forAccount({ ...signed.account, unitId: signed.account.unit?.id ?? null }, snapshot);
    switchPrincipal(ctx, access);
    return (await meOf(ctx, access, signed.expiresAt))!;
  }

  @Mutation(() => Boolean, { description: 'Ends this session and clears its cookie; true when there was one' })
  async signOut(@Ctx() ctx: GraphQLContext): Promise<boolean> {
    const digest = ctx.session.digest;
    ctx.session.clear();
    if (!digest) return false;
    await new AccountService(ctx.em).signOut(digest);
    ctx.auth.authenticator.forgetSession(digest);
    switchPrincipal(ctx, ctx.auth.authenticator.demo ? (await ctx.auth.authenticator.accessFor(undefined)).access : Access.anonymous());
    return true;
  }

  @Mutation(() => Boolean, { description: "Changes the signed-in account's password" })
  async changePassword(
    @Ctx() ctx: GraphQLContext,
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
  ): Promise<boolean> {
    await new AccountService(ctx.em).changePassword(ctx.access.account!.id, currentPassword, newPassword, ctx.access);
    return true;
  }

  @Query(() => [AccountView], { description: 'Every account, by username (ADMIN)' })
  async accounts(@Ctx() ctx: GraphQLContext): Promise<AccountView[]> {
    return (await new AccountService(ctx.em).list()).map(accountView);
  }

  @Mutation(() => AccountView, { description: 'Creates an account (ADMIN); the first admin comes from npm run user:add' })
  async createAccount(@Ctx() ctx: GraphQLContext, @Arg('input', () => CreateAccountInput) input: CreateAccountInput): Promise<AccountView> {
    return accountView(await new AccountService(ctx.em).create(input, ctx.access));
  }

  @Mutation(() => AccountView, { description: 'Disables an account and ends its sessions (ADMIN)' })
  async disableAccount(@Ctx() ctx: GraphQLContext, @Arg('username', () => String) username: string): Promise<AccountView> {
    const account = await new AccountService(ctx.em).setDisabled(username, true, ctx.access);
    ctx.auth.authenticator.forgetAccount(account.id);
    return accountView(account);
  }

  @Mutation(() => AccountView, { description: 'Lets a disabled account sign in again (ADMIN)' })
  async enableAccount(@Ctx() ctx: GraphQLContext, @Arg('username', () => String) username: string): Promise<AccountView> {
    return accountView(await new AccountService(ctx.em).setDisabled(username, false, ctx.access));
  }

  @Query(() => [AuditEntryView], {
    description: `The audit log, newest first (ADMIN): imports and changes to accounts, campaigns and targets; first: 1–${AUDIT_PAGE_MAX}`,
  })
  async auditLog(
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('action', () => String, { nullable: true }) action?: string | null,
    @Arg('subject', () => String, { nullable: true, description: 'e.g. account:leader.tanbinh' }) subject?: string | null,
  ): Promise<AuditEntryView[]> {
    if (!Number.isInteger(first) || first < 1 || first > AUDIT_PAGE_MAX)
      throw new AccountInputError(`first must be from 1 to ${AUDIT_PAGE_MAX}, got ${first}`);
    const entries = await auditLog(ctx.em, { first, action, subject });
    return entries.map((e) => Object.assign(new AuditEntryView(), { ...e, unitId: e.unitId ?? null, detail: JSON.stringify(e.detail) }));
  }
}

async function meOf(ctx: GraphQLContext, access: Access, sessionExpiresAt: Date | null): Promise<MeView | null> {
  const role = access.role;
  if (access.kind === 'ANONYMOUS' || !role) return null;
  const ids = access.home.map((u) => u.id);
  const units = ids.length ? await ctx.em.find(AdministrativeUnit, { id: { $in: ids } }, { orderBy: { id: 'asc' } }) : [];
  return Object.assign(new MeView(), {
    username: access.account?.username ?? null,
    displayName: access.account?.displayName ?? (access.kind === 'DEMO' ? 'Demo' : null),
    role,
    demo: access.kind === 'DEMO',
    permissions: [...access.permissions],
    units,
    reachesAllUnits: access.reachesAll,
    sessionExpiresAt: sessionExpiresAt ?? (access.kind === 'ACCOUNT' ? await sessionEnd(ctx) : null),
  });
}

async function sessionEnd(ctx: GraphQLContext): Promise<Date | null> {
  if (!ctx.session.digest) return null;
  if (ctx.session.expiresAt) return ctx.session.expiresAt;
  const { rows } = await ctx.sql.query<{ expiresAt: Date }>('select expires_at as "expiresAt" from account_session where digest = $1', [
    ctx.session.digest,
  ]);
  return rows[0]?.expiresAt ?? null;
}

function accountView(account: Account): AccountView {
  return Object.assign(new AccountView(), {
    id: account.id,
    username: account.username,
    displayName: account.displayName ?? null,
    role: account.role,
    unit: account.role === Role.ADMIN ? null : (account.unit ?? null),
    disabled: Boolean(account.disabledAt),
    createdAt: account.createdAt,
    createdBy: account.createdBy,
    lastSignInAt: account.lastSignInAt ?? null,
  });
}
