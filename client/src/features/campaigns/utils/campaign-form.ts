import type { CampaignKind, CreateCampaignInput } from '../../../__generated__/graphql';

/** What the new-campaign form holds: text as typed, dates as the date inputs give them (YYYY-MM-DD). */
export interface CampaignFormValues {
  code: string;
  name: string;
  kind: CampaignKind;
  organiserCode: string;
  startsOn: string;
  endsOn: string;
  parentCode: string;
}

export const CAMPAIGN_KINDS: readonly CampaignKind[] = ['PEAK_MONTH', 'SAME_DAY', 'SAME_DAY_WEEK', 'YEARLY_THEME', 'OTHER'];

/** An empty form, organised by the account's own unit. */
export function emptyCampaignForm(organiserCode: string): CampaignFormValues {
  return { code: '', name: '', kind: 'PEAK_MONTH', organiserCode, startsOn: '', endsOn: '', parentCode: '' };
}

/** createCampaign's input: trimmed, and no parent when none was typed. The server checks the rest and says which field is wrong. */
export function toCreateCampaignInput(values: CampaignFormValues): CreateCampaignInput {
  const parentCode = values.parentCode.trim();
  return {
    code: values.code.trim(),
    name: values.name.trim(),
    kind: values.kind,
    organiserCode: values.organiserCode.trim(),
    startsOn: values.startsOn,
    endsOn: values.endsOn,
    ...(parentCode ? { parentCode } : {}),
  };
}

/** "26977, 26965 26968;26977" → ["26977", "26965", "26968"]: codes separated by commas, semicolons or spaces, each once. */
export function parseUnitCodes(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).filter(Boolean))];
}

const FORM_FIELDS = ['code', 'name', 'kind', 'organiserCode', 'startsOn', 'endsOn', 'parentCode'] as const;
export type CampaignFormField = (typeof FORM_FIELDS)[number];

/**
 * The form fields a server message starts by naming ("startsOn, endsOn: … is outside the parent campaign",
 * "code: a campaign with the code … already exists", "name must not be empty"), to mark them invalid.
 */
export function fieldsNamedIn(message: string): CampaignFormField[] {
  const lead = /^([A-Za-z]+(?:\s*,\s*[A-Za-z]+)*)(?=[\s:(]|$)/.exec(message.trim());
  if (!lead) return [];
  return lead[1].split(/\s*,\s*/).filter((f): f is CampaignFormField => (FORM_FIELDS as readonly string[]).includes(f));
}
