import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { assertLocalDay, daysBetween } from '../../shared/local-day';
import { UserError } from '../../shared/user-error';
import { Target } from '../targets/target.entity';
import { AdministrativeUnit } from '../units/administrative-unit.entity';
import { CampaignEnrollment } from './campaign-enrollment.entity';
import { Campaign, CampaignKind } from './campaign.entity';
import { CampaignEnrollmentView, CampaignTargetView, CampaignView, type CampaignTakeUp } from './campaign.types';
import { takeUpCounts } from './take-up';

export class CampaignQueryError extends UserError {}

export interface CampaignFilter {
  /** Campaigns organised by a unit bearing this code, or with one enrolled. */
  unitCode?: string | null;
  /** Campaigns running on this day. */
  activeOn?: string | null;
  kind?: CampaignKind | null;
}

const collator = new Intl.Collator('vi', { numeric: true });

/** Campaigns as facts: their dates, nesting, enrolments, eligible units and targets. */
export class CampaignService {
  constructor(private readonly em: EntityManager) {}

  async list(filter: CampaignFilter): Promise<CampaignView[]> {
    const where: FilterQuery<Campaign>[] = [];
    if (filter.kind) where.push({ kind: filter.kind });
    if (filter.activeOn) {
      const day = assertLocalDay(filter.activeOn, 'activeOn');
      where.push({ startsOn: { $lte: day }, endsOn: { $gte: day } });
    }
    const unitCode = filter.unitCode?.trim();
    if (filter.unitCode != null) {
      if (!unitCode) throw new CampaignQueryError('unitCode must not be empty');
      if ((await this.em.count(AdministrativeUnit, { code: unitCode })) === 0)
        throw new CampaignQueryError(`unitCode: unknown unit code ${JSON.stringify(unitCode)}`);
      const enrolled = await this.em.find(CampaignEnrollment, { unit: { code: unitCode } }, { fields: ['campaign'] });
      where.push({ $or: [{ organiser: { code: unitCode } }, { id: { $in: enrolled.map((e) => e.campaign.id) } }] });
    }
    const campaigns = await this.em.find(Campaign, where.length ? { $and: where } : {}, {
      populate: ['organiser'],
      // The longer campaign first on the same day: the month before the week inside it.
      orderBy: [{ startsOn: 'asc' }, { endsOn: 'desc' }, { code: 'asc' }],
    });
    return campaigns.map(campaignView);
  }

  /** The campaign with this code; null when there is none. */
  async byCode(code: string): Promise<CampaignView | null> {
    const campaign = await this.em.findOne(Campaign, { code: code.trim() }, { populate: ['organiser'] });
    return campaign ? campaignView(campaign) : null;
  }

  async parent(campaign: CampaignView): Promise<CampaignView | null> {
    if (campaign.parentId === null) return null;
    const parent = await this.em.findOne(Campaign, { id: campaign.parentId }, { populate: ['organiser'] });
    return parent ? campaignView(parent) : null;
  }

  async children(campaign: CampaignView): Promise<CampaignView[]> {
    const children = await this.em.find(
      Campaign,
      { parent: campaign.id },
      { populate: ['organiser'], orderBy: [{ startsOn: 'asc' }, { endsOn: 'desc' }, { code: 'asc' }] },
    );
    return children.map(campaignView);
  }

  /** Enrolled units, the organiser's desk first, then by name ("Phường 2" before "Phường 10"). */
  async enrollments(campaign: CampaignView): Promise<CampaignEnrollmentView[]> {
    const rows = await this.em.find(CampaignEnrollment, { campaign: campaign.id }, { populate: ['unit'] });
    const organiserFirst = (e: CampaignEnrollment) => (e.unit.id === campaign.organiser.id ? 0 : 1);
    return rows
      .sort(
        (a, b) =>
          organiserFirst(a) - organiserFirst(b) || collator.compare(a.unit.name, b.unit.name) || a.unit.code.localeCompare(b.unit.code),
      )
      .map((e) =>
        Object.assign(new CampaignEnrollmentView(), {
          unit: e.unit,
          startsOn: e.startsOn,
          endsOn: e.endsOn,
          commitment: e.commitment ?? null,
          generated: e.generated,
        }),
      );
  }

  /** The organiser's child units that existed on some day of the campaign (wards merged away before it are not). */
  async eligibleUnits(campaign: CampaignView): Promise<AdministrativeUnit[]> {
    const units = await this.em.find(AdministrativeUnit, {
      parent: campaign.organiser.id,
      $and: [
        { $or: [{ validFrom: null }, { validFrom: { $lte: campaign.endsOn } }] },
        { $or: [{ validTo: null }, { validTo: { $gte: campaign.startsOn } }] },
      ],
    });
    return units.sort((a, b) => collator.compare(a.name, b.name) || a.code.localeCompare(b.code));
  }

  /** Enrolments and eligible units, loaded once per campaign object (several fields read them). */
  takeUp(campaign: CampaignView): Promise<CampaignTakeUp> {
    return (campaign.takeUp ??= this.loadTakeUp(campaign));
  }

  private async loadTakeUp(campaign: CampaignView): Promise<CampaignTakeUp> {
    const [enrollments, eligibleUnits] = await Promise.all([this.enrollments(campaign), this.eligibleUnits(campaign)]);
    return {
      enrollments,
      eligibleUnits,
      counts: takeUpCounts(
        eligibleUnits.map((u) => u.id),
        enrollments.map((e) => e.unit.id),
        campaign.organiser.id,
      ),
    };
  }

  async targets(campaign: CampaignView): Promise<CampaignTargetView[]> {
    const targets = await this.em.find(Target, { campaign: campaign.id }, { populate: ['unit'], orderBy: { code: 'asc' } });
    return targets.map((t) =>
      Object.assign(new CampaignTargetView(), {
        code: t.code,
        metric: t.metric,
        comparator: t.comparator,
        threshold: Number(t.threshold),
        unit: t.unit ?? null,
        validFrom: t.validFrom ?? null,
        validTo: t.validTo ?? null,
        basis: t.basis,
      }),
    );
  }
}

/** The GraphQL Campaign of an entity (its organiser loaded). */
export function campaignView(c: Campaign): CampaignView {
  return Object.assign(new CampaignView(), {
    id: c.id,
    code: c.code,
    name: c.name,
    nameEn: c.nameEn ?? null,
    kind: c.kind,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    days: daysBetween(c.startsOn, c.endsOn) + 1,
    organiser: c.organiser,
    planReference: c.planReference ?? null,
    theme: c.theme ?? null,
    source: c.sourceDocument ?? null,
    note: c.note ?? null,
    parentId: c.parent?.id ?? null,
  });
}
