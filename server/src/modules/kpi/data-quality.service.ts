import type { EntityManager } from '@mikro-orm/postgresql';
import type { SqlClient } from '../../db/sql-client';
import { ReportedFigure } from '../reports/reported-figure.entity';
import { BrokenIdentity, DataQualityReport, FigureStatus, ReportedFigureCheck } from './data-quality.types';
import { computeKpis } from './kpi-engine';
import { COUNT_KEYS, metricValue, RATE_KEYS } from './metric-catalogue';
import { withDescendants } from './unit-scope';

const COMPUTABLE = new Set<string>([...COUNT_KEYS, ...RATE_KEYS]);

/**
 * Reported vs computed: every published figure beside what the facts give, and the published
 * figures that break an identity among themselves (F18: on time + overdue > resolved).
 */
export async function dataQuality(em: EntityManager, sql: SqlClient, unitIds?: number[]): Promise<DataQualityReport> {
  const figures = await em.find(ReportedFigure, unitIds ? { unit: { $in: unitIds } } : {}, { populate: ['unit', 'campaign'], orderBy: { id: 'asc' } });
  const checks: ReportedFigureCheck[] = [];
  for (const f of figures) {
    const reported = f.value === null || f.value === undefined ? null : Number(f.value);
    let computed: number | null = null;
    if (COMPUTABLE.has(f.metric) && f.periodFrom && f.periodTo) {
      const ids = await figureUnits(sql, f);
      const [row] = await computeKpis(sql, { unitIds: ids, period: { from: f.periodFrom, to: f.periodTo } });
      computed = metricValue(f.metric, row.counts);
    }
    checks.push(
      Object.assign(new ReportedFigureCheck(), {
        key: f.key,
        sourceDocument: f.sourceDocument,
        unit: f.unit,
        scope: f.scope,
        periodFrom: f.periodFrom,
        periodTo: f.periodTo,
        metric: f.metric,
        asPublished: f.asPublished,
        reported,
        computed,
        status: statusOf(f.metric, reported, computed),
      }),
    );
  }
  return Object.assign(new DataQualityReport(), { figures: checks, brokenIdentities: brokenIdentities(figures) });
}

function statusOf(metric: string, reported: number | null, computed: number | null): FigureStatus {
  if (reported === null || computed === null) return FigureStatus.NOT_COMPUTED;
  // Rates are published rounded (99,32% = 0.9932): compare at the published precision.
  const decimals = (RATE_KEYS as readonly string[]).includes(metric) ? (String(reported).split('.')[1]?.length ?? 0) : 0;
  return computed.toFixed(decimals) === reported.toFixed(decimals) ? FigureStatus.MATCH : FigureStatus.MISMATCH;
}

async function figureUnits(sql: SqlClient, f: ReportedFigure): Promise<number[]> {
  if (f.scope === 'CAMPAIGN_ENROLLED') {
    const { rows } = await sql.query<{ unit_id: number }>('select unit_id from campaign_enrollment where campaign_id = $1', [f.campaign?.id]);
    return rows.map((r) => r.unit_id);
  }
  if (f.scope === 'UNIT') return [f.unit.id];
  const all = await withDescendants(sql, [f.unit.id]);
  return f.scope === 'UNIT_AND_DESCENDANTS' ? all : all.filter((id) => id !== f.unit.id);
}

/** Among figures published for the same units and period: resolved must cover early + on time + overdue. */
function brokenIdentities(figures: ReportedFigure[]): BrokenIdentity[] {
  const groups = new Map<string, ReportedFigure[]>();
  for (const f of figures) {
    if (f.value === null || f.value === undefined) continue;
    const id = [f.unit.id, f.scope, f.periodFrom, f.periodTo, f.campaign?.id ?? ''].join('|');
    groups.set(id, [...(groups.get(id) ?? []), f]);
  }
  const broken: BrokenIdentity[] = [];
  for (const group of groups.values()) {
    const by = (metric: string) => group.find((f) => f.metric === metric);
    const resolved = by('resolved');
    const parts = ['early', 'onTime', 'overdue'].map(by).filter((f): f is ReportedFigure => f !== undefined);
    if (!resolved || parts.length < 2) continue;
    const sum = parts.reduce((s, f) => s + Number(f.value), 0);
    const complete = parts.length === 3;
    if (sum > Number(resolved.value) || (complete && sum !== Number(resolved.value))) {
      broken.push(
        Object.assign(new BrokenIdentity(), {
          figureKeys: [resolved.key, ...parts.map((p) => p.key)],
          rule: complete ? 'resolved = early + on time + overdue' : 'early + on time + overdue ≤ resolved',
          detail: `${parts.map((p) => `${p.metric} ${Number(p.value)}`).join(' + ')} = ${sum} ${complete ? '≠' : '>'} resolved ${Number(resolved.value)} (${resolved.sourceDocument})`,
        }),
      );
    }
  }
  return broken;
}
