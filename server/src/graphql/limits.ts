import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  getNullableType,
  isListType,
  Kind,
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { buckets, validatePeriod, type Period, type TimeGrain } from '../modules/kpi/period';

/**
 * What one request may ask for. The cost is about one per value returned: every field costs 1 and a
 * list multiplies what it holds by the rows it may return (`first`, or an estimate from `groupBy`
 * and `period`). Every operation of schema/examples.graphql and the dashboard stays far below.
 */
export const QUERY_LIMITS = {
  maxDepth: 12,
  maxCost: 250_000,
  maxAliases: 50,
  maxTokens: 5_000,
  /** Fields whose cost is evaluated at most; guards the cost computation itself. */
  maxCostNodes: 10_000,
};

/** Rows assumed for a list nothing tells more about. */
export const DEFAULT_LIST_SIZE = 20;

const TIME_GRAINS: string[] = ['DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR'];
/** Rows per value of a grouping dimension: ~15 wards under a district, 56 procedures, 16 fields, 3 channels. */
const DIMENSION_ROWS: Record<string, number> = { UNIT: 20, PROCEDURE: 60, FIELD: 20, CHANNEL: 3 };
const OTHER_DIMENSION_ROWS = 10;

const operationLabel = (op: OperationDefinitionNode) => (op.name ? `${op.operation} ${op.name.value}` : op.operation);

/**
 * Fields nested on the deepest path of each operation, through fragments; introspection (`__schema`,
 * `__type`) is not counted.
 */
export function depthLimitRule(maxDepth = QUERY_LIMITS.maxDepth): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const memo = new Map<string, number>();
    const fragmentDepth = (name: string, visiting: Set<string>): number => {
      const known = memo.get(name);
      if (known !== undefined) return known;
      const fragment: FragmentDefinitionNode | null | undefined = context.getFragment(name);
      if (!fragment || visiting.has(name)) return 0; // unknown or cyclic fragments are other rules' errors
      visiting.add(name);
      const depth = selectionDepth(fragment.selectionSet, visiting);
      visiting.delete(name);
      memo.set(name, depth);
      return depth;
    };
    const selectionDepth = (set: SelectionSetNode | undefined, visiting: Set<string>): number => {
      let max = 0;
      for (const s of set?.selections ?? []) {
        if (s.kind === Kind.FIELD) {
          if (s.name.value.startsWith('__')) continue;
          max = Math.max(max, 1 + selectionDepth(s.selectionSet, visiting));
        } else if (s.kind === Kind.INLINE_FRAGMENT) {
          max = Math.max(max, selectionDepth(s.selectionSet, visiting));
        } else {
          max = Math.max(max, fragmentDepth(s.name.value, visiting));
        }
      }
      return max;
    };
    return {
      OperationDefinition(operation) {
        const depth = selectionDepth(operation.selectionSet, new Set());
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(`${operationLabel(operation)} is nested ${depth} levels deep; the limit is ${maxDepth}`, {
              nodes: [operation],
            }),
          );
        }
      },
    };
  };
}

/** Aliases in the whole document: each one repeats a field, so a few hundred of them repeat a costly query. */
export function aliasLimitRule(maxAliases = QUERY_LIMITS.maxAliases): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    return {
      Field(node) {
        if (node.alias) aliases += 1;
      },
      Document: {
        leave() {
          if (aliases > maxAliases)
            context.reportError(new GraphQLError(`the document uses ${aliases} aliases; the limit is ${maxAliases}`));
        },
      },
    };
  };
}

const asPeriod = (value: unknown): Period | null => {
  const p = value as Partial<Period> | null | undefined;
  if (typeof p?.from !== 'string' || typeof p?.to !== 'string') return null;
  try {
    return validatePeriod({ from: p.from, to: p.to });
  } catch {
    return null; // the resolver refuses it, saying why; the estimate need not
  }
};

/**
 * Rows a list field may return: its `first` argument, or — for a grouped list — the product of its
 * dimensions (time buckets of `period`, ~20 units per scope code with descendants, …); else
 * DEFAULT_LIST_SIZE.
 */
export function estimateRows(args: Record<string, unknown>, hasGroupBy: boolean): number {
  if (typeof args.first === 'number') return Math.max(args.first, 0);
  if (!hasGroupBy) return DEFAULT_LIST_SIZE;
  const groupBy = Array.isArray(args.groupBy) ? (args.groupBy as string[]) : [];
  const period = asPeriod(args.period);
  const scope = args.scope as { unitCodes?: unknown[]; includeDescendants?: boolean } | undefined;
  const codes = Array.isArray(scope?.unitCodes) ? Math.max(scope.unitCodes.length, 1) : 1;
  let rows = 1;
  for (const d of new Set(groupBy)) {
    if (TIME_GRAINS.includes(d)) rows *= period ? buckets(period, d as TimeGrain).length : DEFAULT_LIST_SIZE;
    else if (d === 'UNIT') rows *= scope?.includeDescendants === false ? codes : codes * DIMENSION_ROWS.UNIT;
    else rows *= DIMENSION_ROWS[d] ?? OTHER_DIMENSION_ROWS;
  }
  return rows;
}

/** A list field costs its estimated rows times what each row holds (at least 1). */
export const listEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!isListType(getNullableType(field.type))) return undefined;
  const rows = estimateRows(
    args,
    field.args.some((a) => a.name === 'groupBy'),
  );
  // A list of scalars or enums costs one per value.
  const perRow = Math.max(childComplexity, 1);
  return 1 + rows * perRow;
};

export const COST_ESTIMATORS: ComplexityEstimator[] = [
  fieldExtensionsEstimator(),
  listEstimator,
  simpleEstimator({ defaultComplexity: 1 }),
];

export class QueryLimitError extends GraphQLError {
  constructor(message: string) {
    // 400: the request, not the server, is at fault; the code tells clients not to retry it as is.
    super(message, { extensions: { code: 'QUERY_TOO_COSTLY', http: { status: 400 } } });
  }
}

/** The operation's cost with these variables; null when the variables do not fit (execution says why). */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string | null,
): number | null {
  try {
    return getComplexity({
      schema,
      query: document,
      variables,
      operationName: operationName ?? undefined,
      estimators: COST_ESTIMATORS,
      maxQueryNodes: QUERY_LIMITS.maxCostNodes,
    });
  } catch (error) {
    if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message)) {
      throw new QueryLimitError(
        `the query holds more than ${QUERY_LIMITS.maxCostNodes} fields to evaluate, fragments expanded; the limit is ${QUERY_LIMITS.maxCostNodes}`,
      );
    }
    return null;
  }
}

/**
 * The cost limit, checked once the operation is known and before anything runs. A plugin, not a
 * validation rule: the cost depends on the variables (`first: $first`), and Apollo validates a
 * document once and caches it for every later set of variables.
 */
export function costLimitPlugin(maxCost = QUERY_LIMITS.maxCost): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const cost = queryCost(schema, document, request.variables ?? {}, request.operationName);
          if (cost !== null && cost > maxCost) {
            throw new QueryLimitError(
              `query would cost ${cost} (about one per value returned); the limit is ${maxCost}: ask for fewer rows, fields or groupings`,
            );
          }
        },
      };
    },
  };
}

/** The depth and alias rules, for Apollo's validationRules. */
export const QUERY_VALIDATION_RULES: ValidationRule[] = [depthLimitRule(), aliasLimitRule()];
