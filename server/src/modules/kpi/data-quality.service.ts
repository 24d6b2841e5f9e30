import type { EntityManager } from '@mikro-orm/postgresql';
import type { SqlClient } from '../../db/sql-client';
import { ReportedFigure } from '../reports/reported-figure.entity';
import { brokenIdentities, statusCounts, statusOf } from './data-quality';
import { DataQualityReport, ReportedFigureCheck } from './data-quality.types';
import { computeKpis } from './kpi-engine';
import { COUNT_KEYS, metricValue, RATE_KEYS } from './metric-catalogue';
import { withDescendants } from './unit-scope';

const COMPUTABLE = new Set<string>([...COUNT_KEYS, ...RATE_KEYS]);

/**
 * Reported vs computed: every published figure beside what the facts give, and the published
 * figures that break an identity among themselves (F18: on time + overdue > resolved).
 */
export async function dataQuality(em: EntityManager, sql: SqlClient, unitIds?: number[]): Promise<DataQualityReport> {
  const figures = await em.find(ReportedFigure, unitIds ? { unit: { $in: unitIds } } : {}, {
    populate: ['unit', 'campaign'],
    orderBy: { id: 'asc' },
  });
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
  return Object.assign(new DataQualityReport(), {
    figures: checks,
    statusCounts: statusCounts(checks),
    brokenIdentities: brokenIdentities(figures),
  });
}

async function figureUnits(sql: SqlClient, f: ReportedFigure): Promise<number[]> {
  if (f.scope === 'CAMPAIGN_ENROLLED') {
    const { rows } = await sql.query<{ unit_id: number }>('select unit_id from campaign_enrollment where campaign_id = $1', [
      f.campaign?.id,
    ]);
    return rows.map((r) => r.unit_id);
  }
  if (f.scope === 'UNIT') return [f.unit.id];
  const all = await withDescendants(sql, [f.unit.id]);
  return f.scope === 'UNIT_AND_DESCENDANTS' ? all : all.filter((id) => id !== f.unit.id);
}
