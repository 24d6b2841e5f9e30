import type { EntityManager } from '@mikro-orm/postgresql';
import type { SqlClient } from '../../db/sql-client';
import type { LocalDay } from '../../shared/local-day';
import { UserError } from '../../shared/user-error';
import { AdministrativeUnit } from '../units/administrative-unit.entity';
import { periodRange } from './compare-periods.service';
import { TargetCheck, TargetOutcome, TrafficLight, UnitComparison, UnitComparisonRow } from './compare-units.types';
import { computeKpis } from './kpi-engine';
import { KpiRow, Metric } from './kpi.types';
import {
  COUNT_KEYS,
  emptyCounts,
  METRIC_BY_KEY,
  METRICS,
  metricValue,
  ratesOf,
  type Counts,
  type MetricDefinition,
} from './metric-catalogue';
import { previousPeriod, validatePeriod, type Period } from './period';
import type { Scope } from './kpi.service';
import { byRank, rankChange, rankValues, rankValuesFromBottom, tieSizes } from './ranking';
import { targetApplies, targetOutcome, trafficLight, type TargetComparatorKey, type TargetScope } from './target-status';
import { successorGroups, type SuccessionLink, type UnitGroup } from './unit-grouping';
import { inForceDuring, resolveScope } from './unit-scope';

export class CompareUnitsError extends UserError {}

export interface CompareUnitsQuery {
  parentCode?: string | null;
  unitCodes?: string[] | null;
  /** Every unit of the scope, each by its own desk only (as kpis(scope, groupBy: [UNIT]) counts it). */
  scope?: Scope | null;
  period: Period;
  metric?: string | null;
  groupBySuccessor?: boolean | null;
}

export const MAX_COMPARED_UNITS = 1000;

interface TargetRecord {
  code: string;
  metric: string;
  comparator: TargetComparatorKey;
  threshold: number;
  unitId: number | null;
  campaignId: number | null;
  validFrom: LocalDay | null;
  validTo: LocalDay | null;
  basis: string;
}

type ApplicableTarget = TargetRecord & TargetScope;

const collator = new Intl.Collator('vi', { numeric: true });

/**
 * Units side by side: each row sums the engine's per-unit counts over the unit and everything under
 * it (and, grouped by successor, its predecessors), so a whole comparison costs two engine calls —
 * the period and the previous one — whatever the number of rows. Counts, carried over and pending
 * included, add up across units; rates come from the catalogue on the summed counts.
 */
export class CompareUnitsService {
  constructor(
    private readonly em: EntityManager,
    private readonly sql: SqlClient,
  ) {}

  async compare(query: CompareUnitsQuery): Promise<UnitComparison> {
    const period = validatePeriod(query.period);
    const metric = catalogueMetric(query.metric ?? 'onTimeRate');
    const grouped = query.groupBySuccessor ?? false;
    const ownDesks = query.scope != null;
    if (ownDesks && grouped)
      throw new CompareUnitsError('groupBySuccessor needs parentCode or unitCodes: the rows of a scope are its units’ own desks');
    const listed = await this.listedUnits(query, period);
    const groups: UnitGroup[] = grouped
      ? successorGroups(listed, await this.successionLinks())
      : listed.map((unitId) => ({ unitId, memberIds: [], splitMemberIds: [] }));

    // The units each row names directly; grouped, a unit named by one row is not counted again under another.
    const direct = groups.map((g) => [g.unitId, ...g.memberIds]);
    const tree = ownDesks ? new Map<number, number[]>() : await this.subtrees(direct.flat(), grouped ? direct.flat() : []);
    const rowUnits = direct.map((ids) => [...new Set(ids.flatMap((id) => tree.get(id) ?? [id]))]);
    const all = [...new Set(rowUnits.flat())];
    const previous = previousPeriod(period);
    const [now, before, targets, units] = await Promise.all([
      this.countsByUnit(all, period),
      this.countsByUnit(all, previous),
      this.targets(period),
      this.units(direct.flat()),
    ]);

    const rows = groups.map((group, i) => {
      const counts = sumCounts(rowUnits[i].map((id) => now.get(id)));
      const previousCounts = sumCounts(rowUnits[i].map((id) => before.get(id)));
      const unit = units.get(group.unitId)!;
      const checks = targets.filter((t) => targetApplies(t, period, direct[i])).map((t) => targetCheck(t, counts));
      return Object.assign(new UnitComparisonRow(), {
        unit,
        members: sortUnits(group.memberIds.map((id) => units.get(id)!)),
        splitMembers: sortUnits(group.splitMemberIds.map((id) => units.get(id)!)),
        kpi: kpiRow(unit, counts),
        previous: kpiRow(unit, previousCounts),
        value: metricValue(metric.key, counts),
        previousValue: metricValue(metric.key, previousCounts),
        targetStatus: checks,
        trafficLight: trafficLight(checks.map((c) => c.status)) as TrafficLight,
      });
    });
    const [values, previousValues] = [rows.map((r) => r.value), rows.map((r) => r.previousValue)];
    const [ranks, previousRanks] = [rankValues(values, metric.direction), rankValues(previousValues, metric.direction)];
    const fromBottom = rankValuesFromBottom(values, metric.direction);
    const tied = tieSizes(ranks);
    rows.forEach((row, i) =>
      Object.assign(row, {
        rank: ranks[i],
        rankFromBottom: fromBottom[i],
        tiedAtRank: tied[i],
        previousRank: previousRanks[i],
        rankChange: rankChange(ranks[i], previousRanks[i]),
      }),
    );

    return Object.assign(new UnitComparison(), {
      metric: Object.assign(new Metric(), {
        key: metric.key,
        nameVi: metric.nameVi,
        nameEn: metric.nameEn,
        description: metric.description,
        unit: metric.unit,
        direction: metric.direction,
        form06Column: metric.form06Column ?? null,
      }),
      period: periodRange(period),
      previousPeriod: periodRange(previous),
      groupedBySuccessor: grouped,
      rankedRows: ranks.filter((r) => r !== null).length,
      rows: rows.sort(
        byRank(
          (r) => r.rank,
          (a, b) => compareUnits(a.unit, b.unit),
        ),
      ),
    });
  }

  /** The units asked for, the units of a scope, or the children of the parent that existed during the period (exactly one of the three). */
  private async listedUnits(query: CompareUnitsQuery, period: Period): Promise<number[]> {
    const { parentCode, unitCodes, scope } = query;
    const named = Object.entries({ parentCode, unitCodes, scope })
      .filter(([, value]) => value != null)
      .map(([name]) => name);
    if (named.length !== 1) {
      throw new CompareUnitsError(
        `compareUnits needs exactly one of parentCode (its child units), unitCodes (those units) or scope (its units, each by its own desk); got ${named.length ? named.join(' and ') : 'none'}`,
      );
    }
    if (scope != null) {
      const ids = await inForceDuring(this.sql, await resolveScope(this.sql, scope.unitCodes, scope.includeDescendants, period), period);
      if (ids.length > MAX_COMPARED_UNITS)
        throw new CompareUnitsError(`scope has ${ids.length} units; at most ${MAX_COMPARED_UNITS} can be compared`);
      return ids;
    }
    if (unitCodes != null) {
      if (unitCodes.length === 0) throw new CompareUnitsError('unitCodes must name at least one unit');
      if (unitCodes.length > MAX_COMPARED_UNITS)
        throw new CompareUnitsError(`unitCodes may name at most ${MAX_COMPARED_UNITS} units, got ${unitCodes.length}`);
      return resolveScope(this.sql, unitCodes, false, period);
    }
    const parents = await resolveScope(this.sql, [parentCode!], false, period);
    const { rows } = await this.sql.query<{ id: number }>(
      `select id from administrative_unit where parent_id = any($1)
          and (valid_from is null or valid_from <= $3) and (valid_to is null or valid_to >= $2) order by id`,
      [parents, period.from, period.to],
    );
    if (rows.length === 0)
      throw new CompareUnitsError(`parentCode ${parentCode} had no units under it between ${period.from} and ${period.to}`);
    if (rows.length > MAX_COMPARED_UNITS)
      throw new CompareUnitsError(
        `parentCode ${parentCode} has ${rows.length} units under it; at most ${MAX_COMPARED_UNITS} can be compared`,
      );
    return rows.map((r) => r.id);
  }

  private async successionLinks(): Promise<SuccessionLink[]> {
    const { rows } = await this.sql.query<{ pid: number; pcode: string; sid: number; scode: string; share: 'WHOLE' | 'PART' }>(
      `select p.id as pid, p.code as pcode, s.id as sid, s.code as scode, us.share
         from unit_succession us join administrative_unit p on p.id = us.predecessor_id join administrative_unit s on s.id = us.successor_id`,
    );
    return rows.map((r) => ({ predecessor: { id: r.pid, code: r.pcode }, successor: { id: r.sid, code: r.scode }, share: r.share }));
  }

  /** Every root with the units under it, in one query; the walk does not enter a unit in `stopAt` (another row's own). */
  private async subtrees(roots: number[], stopAt: number[]): Promise<Map<number, number[]>> {
    const { rows } = await this.sql.query<{ root: number; id: number }>(
      `with recursive tree(root, id) as (
         select id, id from administrative_unit where id = any($1)
         union
         select t.root, u.id from administrative_unit u join tree t on u.parent_id = t.id where not (u.id = any($2)))
       select root, id from tree`,
      [roots, stopAt],
    );
    const tree = new Map<number, number[]>();
    for (const r of rows) {
      const ids = tree.get(r.root);
      if (ids) ids.push(r.id);
      else tree.set(r.root, [r.id]);
    }
    return tree;
  }

  private async countsByUnit(unitIds: number[], period: Period): Promise<Map<number, Counts>> {
    const rows = await computeKpis(this.sql, { unitIds, period, groupBy: ['UNIT'] });
    return new Map(rows.map((r) => [r.unitId!, r.counts]));
  }

  /** Targets in force during the period, on catalogue metrics, with their unit and campaign scope as unit ids. */
  private async targets(period: Period): Promise<ApplicableTarget[]> {
    const { rows } = await this.sql.query<TargetRecord>(
      `select code, metric, comparator, threshold::float8 as threshold, unit_id as "unitId", campaign_id as "campaignId",
              to_char(valid_from, 'YYYY-MM-DD') as "validFrom", to_char(valid_to, 'YYYY-MM-DD') as "validTo", basis
         from target where (valid_from is null or valid_from <= $2) and (valid_to is null or valid_to >= $1)
        order by code`,
      [period.from, period.to],
    );
    const targets = rows.filter((t) => METRIC_BY_KEY.has(t.metric));
    const unitRoots = [...new Set(targets.map((t) => t.unitId).filter((id): id is number => id !== null))];
    const campaigns = [...new Set(targets.map((t) => t.campaignId).filter((id): id is number => id !== null))];
    const [under, enrolled] = await Promise.all([
      unitRoots.length ? this.subtrees(unitRoots, []) : new Map<number, number[]>(),
      campaigns.length
        ? this.sql
            .query<{ campaignId: number; unitId: number }>(
              `select campaign_id as "campaignId", unit_id as "unitId" from campaign_enrollment
                where campaign_id = any($1) and starts_on <= $3 and ends_on >= $2`,
              [campaigns, period.from, period.to],
            )
            .then((r) => r.rows)
        : [],
    ]);
    return targets.map((t) => ({
      ...t,
      unitIds: t.unitId === null ? null : new Set(under.get(t.unitId) ?? [t.unitId]),
      enrolledUnitIds: t.campaignId === null ? null : new Set(enrolled.filter((e) => e.campaignId === t.campaignId).map((e) => e.unitId)),
    }));
  }

  private async units(ids: number[]): Promise<Map<number, AdministrativeUnit>> {
    const found = await this.em.find(AdministrativeUnit, { id: { $in: [...new Set(ids)] } });
    return new Map(found.map((u) => [u.id, u]));
  }
}

function catalogueMetric(key: string): MetricDefinition {
  const metric = METRIC_BY_KEY.get(key);
  if (!metric)
    throw new CompareUnitsError(
      `metric ${JSON.stringify(key)} is not in the catalogue; valid keys: ${METRICS.map((m) => m.key).join(', ')}`,
    );
  return metric;
}

function sumCounts(list: (Counts | undefined)[]): Counts {
  const sum = emptyCounts();
  for (const counts of list) if (counts) for (const k of COUNT_KEYS) sum[k] += counts[k];
  return sum;
}

function kpiRow(unit: AdministrativeUnit, counts: Counts): KpiRow {
  return Object.assign(new KpiRow(), {
    unit,
    field: null,
    procedure: null,
    channel: null,
    periodStart: null,
    periodEnd: null,
    ...counts,
    ...ratesOf(counts),
  });
}

function targetCheck(target: ApplicableTarget, counts: Counts): TargetCheck {
  const value = metricValue(target.metric, counts);
  return Object.assign(new TargetCheck(), {
    code: target.code,
    metric: target.metric,
    comparator: target.comparator,
    threshold: target.threshold,
    value,
    status: targetOutcome(value, target.comparator, target.threshold) as TargetOutcome,
    basis: target.basis,
  });
}

/** By name as Vietnamese readers sort ("Phường 2" before "Phường 10"), then older units first. */
function compareUnits(a: AdministrativeUnit, b: AdministrativeUnit): number {
  return collator.compare(a.name, b.name) || (a.validFrom ?? '').localeCompare(b.validFrom ?? '') || a.id - b.id;
}

const sortUnits = (units: AdministrativeUnit[]) => [...units].sort(compareUnits);
