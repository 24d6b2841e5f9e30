import { UniqueConstraintViolationException, type EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import type { LocalDay } from '../../shared/local-day';
import { UserError } from '../../shared/user-error';
import { auditEntry, type AuditAction, type AuditActor } from '../accounts/audit.service';
import { Campaign } from '../campaigns/campaign.entity';
import { unitLabel, UnitLookup } from '../campaigns/unit-days';
import { Target } from './target.entity';
import { TargetView, type TargetInput } from './target.types';

export class TargetInputError extends UserError {}

/**
 * A metric a target may name. The catalogue lives in modules/kpi, which fact modules never import:
 * the caller (kpi/target.resolver.ts) passes the metrics the traffic lights judge.
 */
export interface TargetMetric {
  key: string;
  unit: 'COUNT' | 'RATE';
}

/** Who changes targets: named in the audit log, and asked about the units a target binds. */
export interface TargetWriter {
  by: AuditActor;
  /** Throws FORBIDDEN naming the units out of the caller's reach. */
  authorizeUnits(unitIds: number[]): void;
}

export interface TargetFilter {
  /** Targets bound to one of these units; null = whatever unit. Targets bound to no unit are always listed. */
  unitIds: readonly number[] | null;
  /** Leaves out targets bound to a unit out of the caller's reach. */
  reaches: (unitId: number) => boolean;
  /** In force on this day. */
  activeOn?: LocalDay | null;
  /** On this catalogue metric. */
  metric?: string | null;
}

export const TARGET_CODE_PATTERN = /^[a-z0-9][a-z0-9._-]{1,99}$/;
/** numeric(14,6): eight digits before the point. */
const THRESHOLD_LIMIT = 1e8;
const TEXT_MAX = 2000;

const TARGET_REMOVED: AuditAction = 'TARGET_REMOVED';

/** Targets: listed for traffic lights, set and removed by administrators, every change audited in its transaction. */
export class TargetService {
  constructor(private readonly em: EntityManager) {}

  async list(filter: TargetFilter): Promise<TargetView[]> {
    const where: FilterQuery<Target>[] = [];
    if (filter.metric) where.push({ metric: filter.metric });
    if (filter.unitIds) where.push({ $or: [{ unit: null }, { unit: { $in: [...filter.unitIds] } }] });
    if (filter.activeOn)
      where.push(
        { $or: [{ validFrom: null }, { validFrom: { $lte: filter.activeOn } }] },
        { $or: [{ validTo: null }, { validTo: { $gte: filter.activeOn } }] },
      );
    const targets = await this.em.find(Target, where.length ? { $and: where } : {}, {
      populate: ['unit', 'campaign'],
      orderBy: { code: 'asc' },
    });
    return targets.filter((t) => !t.unit || filter.reaches(t.unit.id)).map(targetView);
  }

  /** Creates the target with this code, or replaces every field of the one there is. */
  async set(input: TargetInput, metrics: readonly TargetMetric[], writer: TargetWriter): Promise<TargetView> {
    const code = input.code.trim();
    if (!TARGET_CODE_PATTERN.test(code))
      throw new TargetInputError(
        `code must be 2–100 characters: lower-case letters, digits, ".", "-" or "_", starting with a letter or digit; got ${JSON.stringify(input.code)}`,
      );
    const metric = metrics.find((m) => m.key === input.metric.trim());
    if (!metric)
      throw new TargetInputError(
        `metric: ${JSON.stringify(input.metric)} is not a metric the traffic lights judge; valid keys: ${metrics.map((m) => m.key).join(', ')}`,
      );
    const threshold = input.threshold;
    if (!Number.isFinite(threshold) || Math.abs(threshold) >= THRESHOLD_LIMIT)
      throw new TargetInputError(`threshold must be a number below ${THRESHOLD_LIMIT.toLocaleString('en')}, got ${threshold}`);
    if (metric.unit === 'RATE' && (threshold < 0 || threshold > 1))
      throw new TargetInputError(`threshold: ${metric.key} is a rate, a fraction from 0 to 1 (0.95 = 95%); got ${threshold}`);
    if (metric.unit === 'COUNT' && threshold < 0)
      throw new TargetInputError(`threshold: ${metric.key} is a count, 0 or more; got ${threshold}`);
    const basis = input.basis.trim();
    if (!basis) throw new TargetInputError('basis must not be empty: name the law, decision or plan the target comes from');
    if (basis.length > TEXT_MAX) throw new TargetInputError(`basis may have at most ${TEXT_MAX} characters, got ${basis.length}`);
    const validFrom = input.validFrom ?? null;
    const validTo = input.validTo ?? null;
    if (validFrom && validTo && validTo < validFrom) throw new TargetInputError(`validTo (${validTo}) is before validFrom (${validFrom})`);

    const campaignCode = input.campaignCode?.trim();
    const campaign = campaignCode ? await this.em.findOne(Campaign, { code: campaignCode }, { populate: ['organiser'] }) : null;
    if (campaignCode && !campaign) throw new TargetInputError(`campaignCode: no campaign with the code ${JSON.stringify(campaignCode)}`);
    const units = new UnitLookup(this.em);
    const unitCode = input.unitCode?.trim();
    // A reused code (2025 reform) means the unit that existed while the target is in force (or during its campaign).
    const unit = unitCode
      ? await units.during('unitCode', unitCode, validFrom ?? campaign?.startsOn ?? null, validTo ?? campaign?.endsOn ?? null)
      : null;
    if (unit && campaign) {
      const organiser = campaign.organiser;
      const above = await units.selfAndAbove([unit.id, organiser.id]);
      const related = above.get(unit.id)!.has(organiser.id) || above.get(organiser.id)!.has(unit.id);
      if (!related)
        throw new TargetInputError(
          `unitCode: ${unitLabel(unit)} is neither above nor under ${unitLabel(organiser)}, the organiser of ${campaign.code}: the target would bind no enrolled unit`,
        );
    }
    const existing = await this.em.findOne(Target, { code }, { populate: ['unit', 'campaign', 'campaign.organiser'] });
    // The units the target binds now and would bind: both in reach.
    writer.authorizeUnits(
      [unit?.id, campaign?.organiser.id, existing?.unit?.id, existing?.campaign?.organiser.id].filter(
        (id): id is number => id !== undefined,
      ),
    );
    const before = existing ? snapshot(existing) : null;
    const target = existing ?? Object.assign(new Target(), { code });
    Object.assign(target, {
      metric: metric.key,
      comparator: input.comparator,
      threshold: String(threshold),
      unit,
      campaign,
      validFrom,
      validTo,
      basis,
    });
    const after = snapshot(target);
    if (before && JSON.stringify(before) === JSON.stringify(after)) return targetView(target);
    this.em.persist(target);
    this.em.persist(
      auditEntry(writer.by, {
        action: existing ? 'TARGET_UPDATED' : 'TARGET_CREATED',
        subject: `target:${code}`,
        unitId: unit?.id ?? null,
        detail: before ? { ...after, before } : after,
      }),
    );
    try {
      await this.em.flush();
    } catch (error) {
      // Created meanwhile by another request under the same code.
      if (error instanceof UniqueConstraintViolationException)
        throw new TargetInputError(`code: the target ${code} was created meanwhile; set it again to replace it`);
      throw error;
    }
    return targetView(target);
  }

  async remove(code: string, writer: TargetWriter): Promise<boolean> {
    const target = await this.em.findOne(Target, { code: code.trim() }, { populate: ['unit', 'campaign', 'campaign.organiser'] });
    if (!target) throw new TargetInputError(`code: no target with the code ${JSON.stringify(code)}`);
    writer.authorizeUnits([target.unit?.id, target.campaign?.organiser.id].filter((id): id is number => id !== undefined));
    this.em.persist(
      auditEntry(writer.by, {
        action: TARGET_REMOVED,
        subject: `target:${target.code}`,
        unitId: target.unit?.id ?? null,
        detail: snapshot(target),
      }),
    );
    this.em.remove(target);
    await this.em.flush();
    return true;
  }
}

function snapshot(t: Target) {
  return {
    metric: t.metric,
    comparator: t.comparator,
    threshold: Number(t.threshold),
    unit: t.unit ? unitLabel(t.unit) : null,
    campaign: t.campaign?.code ?? null,
    validFrom: t.validFrom ?? null,
    validTo: t.validTo ?? null,
    basis: t.basis,
  };
}

export function targetView(t: Target): TargetView {
  return Object.assign(new TargetView(), {
    code: t.code,
    metric: t.metric,
    comparator: t.comparator,
    threshold: Number(t.threshold),
    unit: t.unit ?? null,
    campaignCode: t.campaign?.code ?? null,
    validFrom: t.validFrom ?? null,
    validTo: t.validTo ?? null,
    basis: t.basis,
  });
}
