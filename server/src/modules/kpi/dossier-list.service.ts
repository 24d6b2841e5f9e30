import type { EntityManager } from '@mikro-orm/postgresql';
import type { SqlClient } from '../../db/sql-client';
import type { Channel, Timeliness } from '../../shared/enums';
import type { DossierStatus } from '../dossiers/dossier.entity';
import { ProcedureField } from '../procedures/procedure-field.entity';
import { Procedure } from '../procedures/procedure.entity';
import { AdministrativeUnit } from '../units/administrative-unit.entity';
import { decodeCursor, DossierListError, encodeCursor, figureCondition, pageSize, type DossierFigure } from './dossier-list';
import { DossierPage, DossierPageInfo, DossierView } from './dossier-list.types';
import type { Scope } from './kpi.service';
import { validatePeriod, type Period } from './period';
import { resolveScope } from './unit-scope';

export interface DossierListFilter {
  period: Period;
  figure: DossierFigure;
  procedureCode?: string | null;
  fieldCode?: string | null;
  channel?: Channel | null;
}

interface DossierRow {
  id: string;
  code: string;
  unit_id: number;
  procedure_id: number;
  channel: Channel;
  received_at: Date;
  received_key: string;
  received_on: string;
  due_on: string;
  finished_at: Date | null;
  finished_on: string | null;
  timeliness: Timeliness | null;
  status: DossierStatus;
  supplement_requests: number;
}

/**
 * The dossiers behind a KPI figure, read from the facts (the only reader of raw dossiers besides
 * the rollup refresh): same scope resolution and same figure definitions as the engine, so that
 * totalCount equals the figure. Pages follow (receivedAt, id), a cursor names the last row seen.
 */
export class DossierListService {
  constructor(
    private readonly em: EntityManager,
    private readonly sql: SqlClient,
  ) {}

  async dossiers(scope: Scope, filter: DossierListFilter, first: number, after?: string | null): Promise<DossierPage> {
    const size = pageSize(first);
    const cursor = after ? decodeCursor(after) : null;
    const period = validatePeriod(filter.period, 'filter.period');
    const unitIds = await resolveScope(this.sql, scope.unitCodes, scope.includeDescendants, period);

    // PostgreSQL refuses a parameter the statement never uses: each is added when first used.
    const params: unknown[] = [unitIds];
    const add = (value: unknown) => `$${params.push(value)}`;
    let from: string | undefined;
    let to: string | undefined;
    const days = { from: () => (from ??= `${add(period.from)}::date`), to: () => (to ??= `${add(period.to)}::date`) };
    const where = [`d.unit_id = any($1::int[])`, figureCondition(filter.figure, days)];
    if (filter.channel) where.push(`d.channel = ${add(filter.channel)}`);
    if (filter.procedureCode) where.push(`d.procedure_id = ${add(await this.procedureId(filter.procedureCode))}`);
    if (filter.fieldCode)
      where.push(`d.procedure_id in (select id from procedure where field_id = ${add(await this.fieldId(filter.fieldCode))})`);
    const countParams = [...params];
    const countSql = `select count(*)::int as total from dossier d where ${where.join(' and ')}`;
    if (cursor) where.push(`(d.received_at, d.id) > (${add(cursor.receivedAt)}::timestamp at time zone 'UTC', ${add(cursor.id)}::bigint)`);
    const pageSql = `select d.id::text as id, d.code, d.unit_id, d.procedure_id, d.channel, d.received_at,
        to_char(d.received_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') as received_key,
        d.received_on::text as received_on, d.due_date::text as due_on, d.finished_at, d.finished_on::text as finished_on,
        d.timeliness, d.status, d.supplement_requests
      from dossier d where ${where.join(' and ')}
      order by d.received_at, d.id limit ${size + 1}`;

    const [count, page] = await Promise.all([
      this.sql.query<{ total: number }>(countSql, countParams),
      this.sql.query<DossierRow>(pageSql, params),
    ]);
    const rows = page.rows.slice(0, size);
    const [units, procedures] = rows.length
      ? await Promise.all([
          this.em.find(AdministrativeUnit, { id: { $in: [...new Set(rows.map((r) => r.unit_id))] } }),
          this.em.find(Procedure, { id: { $in: [...new Set(rows.map((r) => r.procedure_id))] } }, { populate: ['field'] }),
        ])
      : [[], []];
    const unitById = new Map(units.map((u) => [u.id, u]));
    const procedureById = new Map(procedures.map((p) => [p.id, p]));
    const last = rows[rows.length - 1];
    return Object.assign(new DossierPage(), {
      totalCount: count.rows[0].total,
      nodes: rows.map((r) =>
        Object.assign(new DossierView(), {
          id: r.id,
          code: r.code,
          unit: unitById.get(r.unit_id)!,
          procedure: procedureById.get(r.procedure_id)!,
          channel: r.channel,
          receivedAt: r.received_at,
          receivedOn: r.received_on,
          dueOn: r.due_on,
          finishedAt: r.finished_at,
          finishedOn: r.finished_on,
          timeliness: r.timeliness,
          status: r.status,
          supplementRequests: Number(r.supplement_requests),
        }),
      ),
      pageInfo: Object.assign(new DossierPageInfo(), {
        endCursor: last ? encodeCursor({ receivedAt: last.received_key, id: last.id }) : null,
        hasNextPage: page.rows.length > size,
      }),
    });
  }

  private async procedureId(code: string): Promise<number> {
    const found = await this.em.findOne(Procedure, { code });
    if (!found) throw new DossierListError(`filter.procedureCode: no procedure has the code ${JSON.stringify(code)}`);
    return found.id;
  }

  private async fieldId(code: string): Promise<number> {
    const found = await this.em.findOne(ProcedureField, { code });
    if (!found) throw new DossierListError(`filter.fieldCode: no procedure field has the code ${JSON.stringify(code)}`);
    return found.id;
  }
}
