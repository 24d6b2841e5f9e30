import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import type { LocalDay } from '../../shared/local-day';
import { auditEntry, type AuditAction, type AuditActor, type AuditRecord } from '../accounts/audit.service';
import { ReportedFigure } from '../reports/reported-figure.entity';
import { Target } from '../targets/target.entity';
import type { AdministrativeUnit } from '../units/administrative-unit.entity';
import type { CreateCampaignInput, UpdateCampaignInput } from './campaign-admin.types';
import { CampaignEnrollment } from './campaign-enrollment.entity';
import { Campaign } from './campaign.entity';
import { CAMPAIGN_CODE_PATTERN, CampaignInputError, checkOrder, listOf, NAME_MAX, optionalText, requiredText, TEXT_MAX, unitCodeList } from './campaign-input';
import { campaignView } from './campaign.service';
import type { CampaignView } from './campaign.types';
import { existsThroughout, pickThroughout, unitLabel, unitSpan, UnitLookup } from './unit-days';

/** Who changes campaigns: named in the audit log, and asked about every unit a change touches. */
export interface CampaignWriter {
  by: AuditActor;
  /** Throws FORBIDDEN naming the units out of the caller's reach (graphql/auth-checker.ts requireUnitAccess). */
  authorizeUnits(unitIds: number[]): void;
}

export interface EnrolmentInput {
  /** Omitted or null: the campaign's first day for a new enrolment, unchanged for a unit already enrolled. */
  startsOn?: LocalDay | null;
  endsOn?: LocalDay | null;
  /** Omitted: none for a new enrolment, unchanged for a unit already enrolled; null clears it. */
  commitment?: string | null;
}

const CAMPAIGN_DELETED: AuditAction = 'CAMPAIGN_DELETED';

const span = (from: LocalDay, to: LocalDay) => `${from} – ${to}`;
const campaignLabel = (c: Campaign) => `${c.code} (${span(c.startsOn, c.endsOn)})`;

/**
 * Creating, changing and removing campaigns and their enrolments. Every change is checked whole
 * before anything is written, touches only units in the writer's reach, and is flushed in one
 * transaction with its audit entries.
 */
export class CampaignAdminService {
  private readonly units: UnitLookup;

  constructor(
    private readonly em: EntityManager,
    private readonly writer: CampaignWriter,
  ) {
    this.units = new UnitLookup(em);
  }

  async create(input: CreateCampaignInput): Promise<CampaignView> {
    const code = input.code.trim();
    if (!CAMPAIGN_CODE_PATTERN.test(code))
      throw new CampaignInputError(
        `code must be 2–100 characters: lower-case letters, digits, ".", "-" or "_", starting with a letter or digit; got ${JSON.stringify(input.code)}`,
      );
    const fields = {
      name: requiredText('name', input.name, NAME_MAX),
      nameEn: optionalText('nameEn', input.nameEn, NAME_MAX),
      planReference: optionalText('planReference', input.planReference, TEXT_MAX),
      theme: optionalText('theme', input.theme, TEXT_MAX),
      sourceDocument: optionalText('source', input.source, TEXT_MAX),
      note: optionalText('note', input.note, TEXT_MAX),
    };
    checkOrder(input.startsOn, input.endsOn);
    const organiser = await this.units.throughout('organiserCode', input.organiserCode.trim(), input.startsOn, input.endsOn);
    this.writer.authorizeUnits([organiser.id]);
    if (await this.em.count(Campaign, { code })) throw new CampaignInputError(`code: a campaign with the code ${code} already exists`);
    const parent = input.parentCode?.trim() ? await this.parentNamed(input.parentCode.trim()) : null;
    if (parent) await this.checkParent(parent, organiser, input.startsOn, input.endsOn);
    const campaign = Object.assign(new Campaign(), {
      code,
      kind: input.kind,
      organiser,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      parent,
      ...fields,
    });
    this.em.persist(campaign);
    this.audit('CAMPAIGN_CREATED', campaign, { ...snapshot(campaign) });
    try {
      await this.em.flush();
    } catch (error) {
      // The same code created meanwhile by another request: told like the check above.
      if (error instanceof UniqueConstraintViolationException)
        throw new CampaignInputError(`code: a campaign with the code ${code} already exists`);
      throw error;
    }
    return campaignView(campaign);
  }

  async update(code: string, input: UpdateCampaignInput): Promise<CampaignView> {
    const campaign = await this.campaignNamed(code, 'code');
    this.writer.authorizeUnits([campaign.organiser.id]);
    for (const field of ['name', 'kind', 'organiserCode', 'startsOn', 'endsOn'] as const)
      if (input[field] === null) throw new CampaignInputError(`${field} cannot be null: leave it out to keep it as it is`);
    const startsOn = input.startsOn ?? campaign.startsOn;
    const endsOn = input.endsOn ?? campaign.endsOn;
    checkOrder(startsOn, endsOn);
    let organiser = campaign.organiser;
    if (input.organiserCode != null) organiser = await this.units.throughout('organiserCode', input.organiserCode.trim(), startsOn, endsOn);
    else if (!existsThroughout(organiser, startsOn, endsOn))
      throw new CampaignInputError(
        `startsOn, endsOn: the organiser ${unitLabel(organiser)} existed ${unitSpan(organiser)}, not on every day from ${startsOn} to ${endsOn}`,
      );
    this.writer.authorizeUnits([organiser.id]);

    const parent =
      input.parentCode === undefined
        ? (campaign.parent ?? null)
        : input.parentCode?.trim()
          ? await this.parentNamed(input.parentCode.trim())
          : null;
    if (parent) {
      for (let p: Campaign | null | undefined = parent; p; p = p.parent ? await this.em.findOneOrFail(Campaign, { id: p.parent.id }) : null)
        if (p.id === campaign.id)
          throw new CampaignInputError(
            `parentCode: ${parent.code} is ${parent.id === campaign.id ? 'this campaign' : 'within this campaign'}: a campaign cannot be part of itself`,
          );
      await this.checkParent(parent, organiser, startsOn, endsOn);
    }
    const [children, enrollments] = await Promise.all([
      this.em.find(Campaign, { parent: campaign.id }, { populate: ['organiser'], orderBy: { code: 'asc' } }),
      this.em.find(CampaignEnrollment, { campaign: campaign.id }, { populate: ['unit'], orderBy: { id: 'asc' } }),
    ]);
    const outside = children.filter((c) => c.startsOn < startsOn || c.endsOn > endsOn);
    if (outside.length)
      throw new CampaignInputError(
        `startsOn, endsOn: ${span(startsOn, endsOn)} would leave out campaigns within this one: ${outside.map(campaignLabel).join(', ')}`,
      );
    const cut = enrollments.filter((e) => e.startsOn < startsOn || e.endsOn > endsOn);
    if (cut.length)
      throw new CampaignInputError(
        `startsOn, endsOn: ${span(startsOn, endsOn)} would leave out enrolled days of ${listOf(cut.map((e) => `${unitLabel(e.unit)} ${span(e.startsOn, e.endsOn)}`))}: change or withdraw those enrolments first`,
      );
    if (organiser.id !== campaign.organiser.id) {
      const notUnder = await this.units.notUnder(
        organiser.id,
        enrollments.map((e) => e.unit),
      );
      if (notUnder.length)
        throw new CampaignInputError(
          `organiserCode: enrolled units are neither ${unitLabel(organiser)} nor under it: ${listOf(notUnder.map(unitLabel))}`,
        );
      const strayOrganisers = new Set(
        (
          await this.units.notUnder(
            organiser.id,
            children.map((c) => c.organiser),
          )
        ).map((u) => u.id),
      );
      const strayChildren = children.filter((c) => strayOrganisers.has(c.organiser.id));
      if (strayChildren.length)
        throw new CampaignInputError(
          `organiserCode: campaigns within this one are organised by units neither ${unitLabel(organiser)} nor under it: ${strayChildren.map((c) => `${c.code} (${unitLabel(c.organiser)})`).join(', ')}`,
        );
    }

    const next = {
      name: input.name === undefined ? campaign.name : requiredText('name', input.name!, NAME_MAX),
      nameEn: input.nameEn === undefined ? (campaign.nameEn ?? null) : optionalText('nameEn', input.nameEn, NAME_MAX),
      kind: input.kind ?? campaign.kind,
      organiser,
      startsOn,
      endsOn,
      parent,
      planReference:
        input.planReference === undefined ? (campaign.planReference ?? null) : optionalText('planReference', input.planReference, TEXT_MAX),
      theme: input.theme === undefined ? (campaign.theme ?? null) : optionalText('theme', input.theme, TEXT_MAX),
      sourceDocument: input.source === undefined ? (campaign.sourceDocument ?? null) : optionalText('source', input.source, TEXT_MAX),
      note: input.note === undefined ? (campaign.note ?? null) : optionalText('note', input.note, TEXT_MAX),
    };
    const before = snapshot(campaign);
    const after = snapshot({ ...campaign, ...next } as Campaign);
    const changes = Object.fromEntries(
      (Object.keys(after) as (keyof typeof after)[])
        .filter((k) => before[k] !== after[k])
        .map((k) => [k, { from: before[k], to: after[k] }]),
    );
    if (!Object.keys(changes).length) return campaignView(campaign);
    Object.assign(campaign, next);
    this.audit('CAMPAIGN_UPDATED', campaign, { changes });
    await this.em.flush();
    return campaignView(campaign);
  }

  /** Removes a campaign with its enrolments; refused while campaigns within it, targets or reported figures refer to it. */
  async delete(code: string): Promise<boolean> {
    const campaign = await this.campaignNamed(code, 'code');
    this.writer.authorizeUnits([campaign.organiser.id]);
    const [children, targets, figures, enrollments] = await Promise.all([
      this.em.find(Campaign, { parent: campaign.id }, { orderBy: { code: 'asc' }, fields: ['code'] }),
      this.em.find(Target, { campaign: campaign.id }, { orderBy: { code: 'asc' }, fields: ['code'] }),
      this.em.find(ReportedFigure, { campaign: campaign.id }, { orderBy: { key: 'asc' }, fields: ['key'] }),
      this.em.find(CampaignEnrollment, { campaign: campaign.id }, { populate: ['unit'], orderBy: { id: 'asc' } }),
    ]);
    if (children.length)
      throw new CampaignInputError(
        `code: campaigns within ${campaign.code} (${children.map((c) => c.code).join(', ')}) must be deleted or moved first`,
      );
    if (targets.length)
      throw new CampaignInputError(
        `code: targets of ${campaign.code} (${targets.map((t) => t.code).join(', ')}) must be removed first (removeTarget, by an administrator)`,
      );
    if (figures.length)
      throw new CampaignInputError(
        `code: reported figures cite ${campaign.code} (${figures.map((f) => f.key).join(', ')}); a cited campaign cannot be deleted`,
      );
    this.audit(CAMPAIGN_DELETED, campaign, {
      ...snapshot(campaign),
      enrollments: enrollments.map((e) => ({
        unit: e.unit.code,
        startsOn: e.startsOn,
        endsOn: e.endsOn,
        commitment: e.commitment ?? null,
      })),
    });
    // Its enrolments go with it (on delete cascade).
    this.em.remove(campaign);
    await this.em.flush();
    return true;
  }

  /** Enrols units (new enrolments, or new days or commitment for units already enrolled). */
  async enroll(campaignCode: string, unitCodes: readonly string[], options: EnrolmentInput = {}): Promise<CampaignView> {
    const campaign = await this.campaignNamed(campaignCode, 'campaignCode');
    this.writer.authorizeUnits([campaign.organiser.id]);
    const codes = unitCodeList(unitCodes);
    if (options.startsOn && options.endsOn) checkOrder(options.startsOn, options.endsOn);
    const existing = await this.em.find(CampaignEnrollment, { campaign: campaign.id }, { populate: ['unit'] });
    const bearing = await this.units.bearing(codes);
    const unknown = codes.filter((c) => !bearing.get(c)!.length);
    if (unknown.length)
      throw new CampaignInputError(
        `unitCodes: unknown unit code${unknown.length > 1 ? 's' : ''} ${unknown.map((c) => JSON.stringify(c)).join(', ')}`,
      );

    const plans = codes.map((code) => {
      // Without days, the one enrolled unit bearing the code keeps its own; with days, the code means the
      // unit that existed on every one of them (a code reused by the 2025 reform names two units).
      const enrolled = existing.filter((e) => e.unit.code === code);
      const kept = !options.startsOn && !options.endsOn && enrolled.length === 1 ? enrolled[0] : undefined;
      const startsOn = options.startsOn ?? kept?.startsOn ?? campaign.startsOn;
      const endsOn = options.endsOn ?? kept?.endsOn ?? campaign.endsOn;
      checkOrder(startsOn, endsOn);
      const unit = kept ? kept.unit : pickThroughout(`unitCodes (${code})`, code, bearing.get(code)!, startsOn, endsOn);
      return { code, unit, startsOn, endsOn, current: existing.find((e) => e.unit.id === unit.id) };
    });
    for (const p of plans) {
      if (p.startsOn < campaign.startsOn || p.endsOn > campaign.endsOn)
        throw new CampaignInputError(
          `startsOn, endsOn: ${unitLabel(p.unit)} would take part ${span(p.startsOn, p.endsOn)}, outside the campaign ${campaignLabel(campaign)}`,
        );
    }
    this.writer.authorizeUnits(plans.map((p) => p.unit.id));
    const notUnder = await this.units.notUnder(
      campaign.organiser.id,
      plans.map((p) => p.unit),
    );
    if (notUnder.length)
      throw new CampaignInputError(
        `unitCodes: ${listOf(notUnder.map(unitLabel))} ${notUnder.length > 1 ? 'are' : 'is'} neither the organiser ${unitLabel(campaign.organiser)} nor under it`,
      );
    const commitment = options.commitment === undefined ? undefined : optionalText('commitment', options.commitment, TEXT_MAX);

    for (const p of plans) {
      const before = p.current ? enrolmentSnapshot(p.current) : null;
      const enrolment = p.current ?? Object.assign(new CampaignEnrollment(), { campaign, unit: p.unit, commitment: null });
      Object.assign(enrolment, { startsOn: p.startsOn, endsOn: p.endsOn, generated: false });
      if (commitment !== undefined) enrolment.commitment = commitment;
      const after = enrolmentSnapshot(enrolment);
      if (before && JSON.stringify(before) === JSON.stringify(after)) continue;
      this.em.persist(enrolment);
      this.audit('ENROLMENT_SET', campaign, { ...after, ...(before ? { before } : {}) }, p.unit.id);
    }
    await this.em.flush();
    return campaignView(campaign);
  }

  /**
   * Withdraws enrolled units. `on`: a day of the enrolment, for a code reused by the 2025 reform that
   * names two enrolled units (an old ward before 1 Jul 2025 and the new one after).
   */
  async withdraw(campaignCode: string, unitCodes: readonly string[], on?: LocalDay | null): Promise<CampaignView> {
    const campaign = await this.campaignNamed(campaignCode, 'campaignCode');
    this.writer.authorizeUnits([campaign.organiser.id]);
    const codes = unitCodeList(unitCodes);
    const existing = await this.em.find(CampaignEnrollment, { campaign: campaign.id }, { populate: ['unit'] });
    const chosen: CampaignEnrollment[] = [];
    const missing: string[] = [];
    for (const code of codes) {
      const enrolled = existing.filter((e) => e.unit.code === code && (!on || (e.startsOn <= on && on <= e.endsOn)));
      if (!enrolled.length) missing.push(code);
      else if (enrolled.length > 1)
        throw new CampaignInputError(
          `unitCodes: the code ${code} names ${enrolled.length} enrolled units (${enrolled.map((e) => `${unitLabel(e.unit)} ${span(e.startsOn, e.endsOn)}`).join('; ')}): give on, a day of the enrolment to withdraw`,
        );
      else chosen.push(enrolled[0]);
    }
    if (missing.length)
      throw new CampaignInputError(
        `unitCodes: ${missing.map((c) => JSON.stringify(c)).join(', ')} ${missing.length > 1 ? 'are' : 'is'} not enrolled in ${campaign.code}${on ? ` on ${on}` : ''}`,
      );
    this.writer.authorizeUnits(chosen.map((e) => e.unit.id));
    for (const e of chosen) {
      this.audit('ENROLMENT_REMOVED', campaign, enrolmentSnapshot(e), e.unit.id);
      this.em.remove(e);
    }
    await this.em.flush();
    return campaignView(campaign);
  }

  private async campaignNamed(code: string, field: string): Promise<Campaign> {
    const campaign = await this.em.findOne(Campaign, { code: code.trim() }, { populate: ['organiser', 'parent'] });
    if (!campaign) throw new CampaignInputError(`${field}: no campaign with the code ${JSON.stringify(code)}`);
    return campaign;
  }

  private async parentNamed(code: string): Promise<Campaign> {
    const parent = await this.em.findOne(Campaign, { code }, { populate: ['organiser'] });
    if (!parent) throw new CampaignInputError(`parentCode: no campaign with the code ${JSON.stringify(code)}`);
    return parent;
  }

  /** A campaign nests inside its parent's days, and is run by the parent's organiser or a unit under it. */
  private async checkParent(parent: Campaign, organiser: AdministrativeUnit, startsOn: LocalDay, endsOn: LocalDay): Promise<void> {
    if (startsOn < parent.startsOn || endsOn > parent.endsOn)
      throw new CampaignInputError(`startsOn, endsOn: ${span(startsOn, endsOn)} is outside the parent campaign ${campaignLabel(parent)}`);
    if ((await this.units.notUnder(parent.organiser.id, [organiser])).length)
      throw new CampaignInputError(
        `parentCode: ${parent.code} is organised by ${unitLabel(parent.organiser)}, which is neither ${unitLabel(organiser)} nor above it`,
      );
  }

  /** Persisted with the change it records: both are written by the same flush, in one transaction. */
  private audit(action: AuditAction, campaign: Campaign, detail: Record<string, unknown>, unitId?: number): void {
    const record: AuditRecord = { action, subject: `campaign:${campaign.code}`, unitId: unitId ?? campaign.organiser.id, detail };
    this.em.persist(auditEntry(this.writer.by, record));
  }
}

/** What the audit log keeps of a campaign: its fields, units by code. */
function snapshot(c: Campaign) {
  return {
    code: c.code,
    name: c.name,
    nameEn: c.nameEn ?? null,
    kind: c.kind,
    organiser: unitLabel(c.organiser),
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    parent: c.parent?.code ?? null,
    planReference: c.planReference ?? null,
    theme: c.theme ?? null,
    source: c.sourceDocument ?? null,
    note: c.note ?? null,
  };
}

function enrolmentSnapshot(e: CampaignEnrollment) {
  // generated: an enrolment the demo chose (F9) becomes the organiser's own once set again.
  return {
    unit: e.unit.code,
    unitName: e.unit.name,
    startsOn: e.startsOn,
    endsOn: e.endsOn,
    commitment: e.commitment ?? null,
    generated: e.generated,
  };
}
