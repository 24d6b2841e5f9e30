import type { EntityManager } from '@mikro-orm/postgresql';
import type { SqlClient } from '../../db/sql-client';
import { KpiService, type Scope } from './kpi.service';
import type { KpiDimensionKey } from './kpi-engine';
import { emptyCounts, ratingSharesOf } from './metric-catalogue';
import type { Period } from './period';
import { SatisfactionRow } from './satisfaction-breakdown.types';

/**
 * Satisfaction by unit, channel and time: the rating side of the KPI engine's rows (read from the
 * rating rollups), so it always equals what kpis shows for the same scope, period and grouping.
 */
export class SatisfactionBreakdownService {
  constructor(
    private readonly em: EntityManager,
    private readonly sql: SqlClient,
  ) {}

  async satisfaction(scope: Scope, period: Period, groupBy: KpiDimensionKey[] = []): Promise<SatisfactionRow[]> {
    const rows = await new KpiService(this.em, this.sql).kpis(scope, period, groupBy);
    return rows.map((r) => {
      const ratings = {
        ratings: r.ratings,
        ratingsVerySatisfied: r.ratingsVerySatisfied,
        ratingsSatisfied: r.ratingsSatisfied,
        ratingsNeutral: r.ratingsNeutral,
        ratingsDissatisfied: r.ratingsDissatisfied,
      };
      return Object.assign(new SatisfactionRow(), {
        unit: r.unit ?? null,
        channel: r.channel ?? null,
        periodStart: r.periodStart ?? null,
        periodEnd: r.periodEnd ?? null,
        ...ratings,
        satisfactionRate: r.satisfactionRate,
        ...ratingSharesOf({ ...emptyCounts(), ...ratings }),
      });
    });
  }
}
