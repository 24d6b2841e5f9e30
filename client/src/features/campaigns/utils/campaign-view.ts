import { readView } from '../../../shared/url-state';

/**
 * The campaigns page's view in the URL: ?unit=766&campaign=tan-binh-2021-11-same-day-month&desk=without.
 * `desk` says how the organiser's own desk is counted in progress and impact: as enrolled (the default),
 * added when it did not enrol, or left out (the wards alone).
 */
export const DESK_CHOICES = ['enrolled', 'with', 'without'] as const;
export type DeskChoice = (typeof DESK_CHOICES)[number];

export interface CampaignsView {
  unit: string;
  /** False when the URL named no valid unit (the default was taken and should be written back). */
  unitGiven: boolean;
  campaign: string | null;
  desk: DeskChoice;
}

const CAMPAIGN_CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;

export function readCampaignsView(params: URLSearchParams): CampaignsView {
  const unit = readView(params).view.unit;
  const code = params.get('campaign');
  const desk = params.get('desk');
  return {
    unit,
    unitGiven: params.get('unit') === unit,
    campaign: code && CAMPAIGN_CODE.test(code) ? code : null,
    desk: (DESK_CHOICES as readonly string[]).includes(desk ?? '') ? (desk as DeskChoice) : 'enrolled',
  };
}

/** The API's includeOrganiser argument for a desk choice (unset = as enrolled). */
export function includeOrganiserOf(desk: DeskChoice): boolean | undefined {
  return desk === 'with' ? true : desk === 'without' ? false : undefined;
}
