import { includeOrganiserOf, readCampaignsView } from './campaign-view';

describe('campaigns view in the URL', () => {
  it('restores the unit, the chosen campaign and how the organiser desk counts from a copied link', () => {
    expect(readCampaignsView(new URLSearchParams('unit=766&campaign=tan-binh-2021-11-same-day-month&desk=without'))).toEqual({
      unit: '766',
      unitGiven: true,
      campaign: 'tan-binh-2021-11-same-day-month',
      desk: 'without',
    });
  });

  it('opens Tân Bình with no campaign chosen when the link says nothing, and says the unit was not given', () => {
    expect(readCampaignsView(new URLSearchParams(''))).toEqual({ unit: '766', unitGiven: false, campaign: null, desk: 'enrolled' });
  });

  it('ignores a campaign code or desk choice that no campaign could have', () => {
    const view = readCampaignsView(new URLSearchParams('unit=766&campaign=<script>&desk=all'));
    expect([view.campaign, view.desk]).toEqual([null, 'enrolled']);
  });

  it('asks the API for the desk as enrolled, added or left out', () => {
    expect(['enrolled', 'with', 'without'].map((d) => includeOrganiserOf(d as 'enrolled'))).toEqual([undefined, true, false]);
  });
});
