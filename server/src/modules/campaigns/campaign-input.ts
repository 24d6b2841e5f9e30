import type { LocalDay } from '../../shared/local-day';
import { UserError } from '../../shared/user-error';

/** The rules a campaign change's own fields must meet, before any unit or campaign is looked up. */
export class CampaignInputError extends UserError {}

/** Stable keys, as the seeds write them: tan-binh-2021-11-peak-month. */
export const CAMPAIGN_CODE_PATTERN = /^[a-z0-9][a-z0-9._-]{1,99}$/;
/** How many units one enrolUnits / withdrawUnits may name. */
export const MAX_UNITS_PER_CHANGE = 500;
export const NAME_MAX = 300;
export const TEXT_MAX = 2000;

export function checkOrder(startsOn: LocalDay, endsOn: LocalDay): void {
  if (endsOn < startsOn) throw new CampaignInputError(`endsOn (${endsOn}) is before startsOn (${startsOn})`);
}

export function requiredText(field: string, value: string, max: number): string {
  const text = value.trim();
  if (!text) throw new CampaignInputError(`${field} must not be empty`);
  if (text.length > max) throw new CampaignInputError(`${field} may have at most ${max} characters, got ${text.length}`);
  return text;
}

export function optionalText(field: string, value: string | null | undefined, max: number): string | null {
  const text = value?.trim();
  if (!text) return null;
  if (text.length > max) throw new CampaignInputError(`${field} may have at most ${max} characters, got ${text.length}`);
  return text;
}

/** The distinct, trimmed codes of one enrol / withdraw request. */
export function unitCodeList(unitCodes: readonly string[]): string[] {
  const codes = [...new Set(unitCodes.map((c) => c.trim()))];
  if (!codes.length) throw new CampaignInputError('unitCodes must name at least one unit');
  if (codes.includes('')) throw new CampaignInputError('unitCodes must not contain an empty code');
  if (codes.length > MAX_UNITS_PER_CHANGE) throw new CampaignInputError(`unitCodes may name at most ${MAX_UNITS_PER_CHANGE} units, got ${codes.length}`);
  return codes;
}

/** At most five names, then how many more: messages stay readable for 500 units. */
export const listOf = (items: string[]) => (items.length > 5 ? `${items.slice(0, 5).join(', ')} and ${items.length - 5} more` : items.join(', '));
