import {
  defaultFieldResolver,
  getNamedType,
  getNullableType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import type { SqlClient } from '../db/sql-client';
import { Access, AccessError } from '../modules/accounts/access';
import { Permission } from '../modules/accounts/role';
import type { UnitDirectory } from '../modules/units/unit-directory';
import type { GraphQLContext } from './context';

/**
 * Authorisation, in one place. Three checks, all against the request's Access (who, which units):
 *
 * 1. Every root field (Query.*, Mutation.*) needs a rule: OPERATION_RULES, else READ for a query and
 *    ADMIN for a mutation — a new query is scoped and a new mutation is admin-only until it says otherwise.
 *    An argument meaning "every unit" when left out defaults to the account's unit (UNIT_ARGUMENT_DEFAULTS).
 * 2. Every scope a query names goes through resolveScope, which calls guardScope: a unit out of reach
 *    is refused with FORBIDDEN, naming it.
 * 3. Every value of type Unit, or of a type owned by a unit (any type with a Unit field: KpiRow.unit,
 *    Campaign.organiser, Meeting.unit, Dossier.unit…), is checked as it is returned: out of reach it is
 *    left out of directory-like lists (FILTERED_FIELDS) and refused anywhere else.
 *
 * The client hides what a role cannot do; the server never relies on it.
 */

export type AccessRule = 'PUBLIC' | 'SIGNED_IN' | Permission;

/** Root fields whose rule is not the default (READ for queries, ADMIN for mutations). */
export const OPERATION_RULES: Readonly<Record<string, AccessRule>> = {
  'Query.me': 'PUBLIC',
  'Mutation.signIn': 'PUBLIC',
  'Mutation.signOut': 'PUBLIC',
  'Mutation.changePassword': 'SIGNED_IN',
  'Query.accounts': Permission.ADMIN,
  'Query.auditLog': Permission.ADMIN,
  'Mutation.createAccount': Permission.ADMIN,
  'Mutation.disableAccount': Permission.ADMIN,
  'Mutation.enableAccount': Permission.ADMIN,
  // The resolver also checks every unit the file writes: requireUnitAccess(ctx, IMPORT, unitIds).
  'Mutation.importFile': Permission.IMPORT,
  // Import runs name no unit (a file may span many): administrators only, until they do.
  'Query.imports': Permission.ADMIN,
  // The service also checks every unit a change touches (the organiser before and after, each enrolled or
  // withdrawn unit): requireUnitAccess(ctx, MANAGE_CAMPAIGNS, unitIds).
  'Mutation.createCampaign': Permission.MANAGE_CAMPAIGNS,
  'Mutation.updateCampaign': Permission.MANAGE_CAMPAIGNS,
  'Mutation.deleteCampaign': Permission.MANAGE_CAMPAIGNS,
  'Mutation.enrollUnits': Permission.MANAGE_CAMPAIGNS,
  'Mutation.withdrawUnits': Permission.MANAGE_CAMPAIGNS,
  // Likewise the target's unit and its campaign's organiser: requireUnitAccess(ctx, MANAGE_TARGETS, unitIds).
  'Mutation.setTarget': Permission.MANAGE_TARGETS,
  'Mutation.removeTarget': Permission.MANAGE_TARGETS,
};

export function ruleOf(coordinate: string): AccessRule {
  return OPERATION_RULES[coordinate] ?? (coordinate.startsWith('Mutation.') ? Permission.ADMIN : Permission.READ);
}

/**
 * Arguments that default to "every unit": for an account bound to a unit they default to that unit
 * instead (and, like any scope, go through resolveScope).
 */
export const UNIT_ARGUMENT_DEFAULTS: Readonly<Record<string, string>> = {
  'Query.dataQuality': 'unitCodes',
};

/** Directory-like fields: a unit (or campaign) out of reach is left out or null, not an error. */
export const FILTERED_FIELDS: ReadonlySet<string> = new Set([
  'Query.units',
  'Query.campaigns',
  'Unit.parent',
  'Unit.children',
  'Unit.successors',
  'Unit.predecessors',
  'Campaign.parent',
  'Campaign.children',
]);

const UNIT_TYPE = 'Unit';

export function enforceRule(access: Access, rule: AccessRule): void {
  if (rule === 'PUBLIC') return;
  if (rule === 'SIGNED_IN') {
    if (access.kind === 'ACCOUNT') return;
    throw access.kind === 'DEMO' ? new AccessError('The demo has no account: sign in first', 'FORBIDDEN') : access.unauthenticated();
  }
  access.require(rule);
}

/** Object types owned by a unit, with the fields naming it: every non-list field of type Unit. */
export function ownerFieldsOf(schema: GraphQLSchema): Map<string, string[]> {
  const owners = new Map<string, string[]>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || type.name === UNIT_TYPE) continue;
    const fields = Object.values(type.getFields())
      .filter((f) => {
        const t = getNullableType(f.type);
        return !isListType(t) && getNamedType(t).name === UNIT_TYPE;
      })
      .map((f) => f.name);
    if (fields.length) owners.set(type.name, fields);
  }
  return owners;
}

type Resolver = GraphQLFieldResolver<unknown, GraphQLContext>;

/** Wraps the resolvers of the built schema with checks 1 and 3 (in place) and returns it. */
export function guardSchema(schema: GraphQLSchema): GraphQLSchema {
  const owners = ownerFieldsOf(schema);
  const roots = new Set([schema.getQueryType()?.name, schema.getMutationType()?.name, schema.getSubscriptionType()?.name]);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const coordinate = `${type.name}.${field.name}`;
      const rule = roots.has(type.name) ? ruleOf(coordinate) : undefined;
      const guard = resultGuard(coordinate, field, owners);
      const unitArgument = UNIT_ARGUMENT_DEFAULTS[coordinate];
      if (!rule && !guard) continue;
      const resolve: Resolver = field.resolve ?? defaultFieldResolver;
      const guarded: Resolver = (source, args, context, info) => {
        const { access } = context;
        if (rule) enforceRule(access, rule);
        if (unitArgument && !access.reachesAll && !(args[unitArgument] as unknown[] | null | undefined)?.length) {
          args = { ...args, [unitArgument]: access.home.map((u) => u.code) };
        }
        const result = resolve(source, args, context, info);
        if (!guard) return result;
        return isPromise(result) ? result.then((value) => guard(value, context.access)) : guard(result, context.access);
      };
      field.resolve = guarded;
    }
  }
  return schema;
}

const isPromise = (value: unknown): value is Promise<unknown> => typeof (value as Promise<unknown> | null)?.then === 'function';

/** Check 3 for one field, or undefined when it returns nothing owned by a unit. */
function resultGuard(coordinate: string, field: GraphQLField<unknown, unknown>, owners: Map<string, string[]>) {
  const named = getNamedType(field.type).name;
  const ownerFields = owners.get(named);
  if (named !== UNIT_TYPE && !ownerFields) return undefined;
  const filtered = FILTERED_FIELDS.has(coordinate);
  const list = isListType(getNullableType(field.type));
  const nullable = !isNonNullType(field.type);
  const unitsOf = (item: unknown): number[] => {
    if (item === null || typeof item !== 'object') return [];
    const record = item as Record<string, { id?: unknown } | null | undefined>;
    if (!ownerFields) return [Number((item as { id: unknown }).id)];
    return ownerFields
      .map((f) => record[f]?.id)
      .filter((id) => id !== undefined && id !== null)
      .map(Number);
  };
  const visible = (access: Access, item: unknown) => unitsOf(item).every((id) => access.reaches(id));
  return (value: unknown, access: Access): unknown => {
    if (value === null || value === undefined || access.reachesAll) return value;
    if (list && Array.isArray(value)) {
      if (filtered) return value.filter((item) => visible(access, item));
      access.requireUnits(Permission.READ, value.flatMap(unitsOf));
      return value;
    }
    if (visible(access, value)) return value;
    if (filtered && nullable) return null;
    access.requireUnits(Permission.READ, unitsOf(value));
    return value;
  };
}

/**
 * The process's copy of the unit tree (the one access checks use, accounts/reach-directory.ts): a
 * request's unit codes and their descendants resolve from it without two queries per scope.
 */
export type UnitTreeSource = () => Promise<UnitDirectory>;

/** The analytics pool as one request sees it: the same connections, carrying who asks. */
class ScopedSqlClient implements SqlClient {
  constructor(
    readonly inner: SqlClient,
    readonly access: Access,
    readonly unitTree?: UnitTreeSource,
  ) {}

  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: R[] }> {
    return this.inner.query<R>(text, params);
  }
}

export function scopedSql(client: SqlClient, access: Access, unitTree?: UnitTreeSource): SqlClient {
  const scoped = client instanceof ScopedSqlClient ? client : undefined;
  return new ScopedSqlClient(scoped?.inner ?? client, access, unitTree ?? scoped?.unitTree);
}

/** The unit tree a request's client carries, if any (scripts and in-process callers query instead). */
export function unitTreeOf(client: SqlClient): UnitTreeSource | undefined {
  return client instanceof ScopedSqlClient ? client.unitTree : undefined;
}

/**
 * Check 2, called by resolveScope with the units each code of a scope names in its period; returns the
 * unit ids to use. A code naming no unit in the request's reach is refused (FORBIDDEN, naming the
 * units); a code reused by the 2025 reform that names units both in and out of reach means, for this
 * account, the ones in reach. A client that is not a request's (scripts, in-process benchmarks) is
 * not checked.
 */
export function guardScope(client: SqlClient, named: readonly { code: string; id: number }[]): number[] {
  const ids = [...new Set(named.map((u) => u.id))];
  if (!(client instanceof ScopedSqlClient) || client.access.reachesAll) return ids;
  const { access } = client;
  const byCode = new Map<string, number[]>();
  for (const u of named) byCode.set(u.code, [...(byCode.get(u.code) ?? []), u.id]);
  const refused = [...byCode.values()].filter((units) => !units.some((id) => access.reaches(id))).flat();
  access.requireUnits(Permission.READ, refused);
  return ids.filter((id) => access.reaches(id));
}

/**
 * For mutations that write a unit's data (imports, campaigns): the permission and every unit in reach,
 * else UNAUTHENTICATED / FORBIDDEN naming the units.
 */
export function requireUnitAccess(context: Pick<GraphQLContext, 'access'>, permission: Permission, unitIds: Iterable<number>): void {
  context.access.requireUnits(permission, unitIds);
}

/** After signIn / signOut the rest of the request runs as the new principal. */
export function switchPrincipal(context: GraphQLContext, access: Access): void {
  context.access = access;
  context.sql = scopedSql(context.sql, access);
}
