import { figureDescribesMeeting, knownOpinionCount, MeetingPlacement, placeMeeting, type FigureForPlacement, type MeetingForPlacement } from './meeting-placement';

const DISTRICT = 1;
const WARD = 2;
const figure = (over: Partial<FigureForPlacement>): FigureForPlacement => ({
  sourceDocument: '003',
  unitId: DISTRICT,
  scope: 'UNIT',
  convention: 'EVENT',
  metric: 'meetingAttendees',
  campaignId: null,
  periodTo: '2021-11-30',
  ...over,
});
const districtMeeting: MeetingForPlacement = { heldOn: null, unitId: DISTRICT, parentUnitId: null, sourceDocument: '003' };
const wardMeeting: MeetingForPlacement = { heldOn: null, unitId: WARD, parentUnitId: DISTRICT, sourceDocument: '003' };

describe('placeMeeting', () => {
  it('counts a dated meeting on the day it was held, whatever its report says', () => {
    expect(placeMeeting({ ...districtMeeting, heldOn: '2021-11-30' }, [figure({ periodTo: '2021-12-31' })])).toEqual({
      placedOn: '2021-11-30',
      placement: MeetingPlacement.HELD_ON,
    });
  });

  it('counts an undated meeting on the last day its report covers (F11: the peak month, 30 Nov 2021)', () => {
    const figures = [figure({ periodTo: '2021-11-30' }), figure({ metric: 'opinions', periodTo: '2021-11-30' })];
    expect(placeMeeting(districtMeeting, figures)).toEqual({ placedOn: '2021-11-30', placement: MeetingPlacement.REPORT_PERIOD_END });
  });

  it('places the wards’ undated conferences by the figure on the district’s wards (F13: by 29 Nov 2021), not by the district’s own', () => {
    const figures = [figure({ periodTo: '2021-11-30' }), figure({ scope: 'DESCENDANTS', metric: 'meetingsHeld', periodTo: '2021-11-29' })];
    expect(placeMeeting(wardMeeting, figures)).toEqual({ placedOn: '2021-11-29', placement: MeetingPlacement.REPORT_PERIOD_END });
  });

  it('leaves an undated meeting unplaced when no report period is about it', () => {
    expect(placeMeeting(districtMeeting, [figure({ sourceDocument: '002' })])).toEqual({ placedOn: null, placement: MeetingPlacement.UNPLACED });
  });
});

describe('figureDescribesMeeting', () => {
  it('ignores campaign, calendar and dossier figures of the same report (F7 is the same-day week, not a meeting)', () => {
    expect(figureDescribesMeeting(figure({ campaignId: 7, metric: 'sameDay', periodTo: '2021-11-20' }), districtMeeting)).toBe(false);
    expect(figureDescribesMeeting(figure({ convention: 'CALENDAR', metric: 'receivedTotal' }), districtMeeting)).toBe(false);
    expect(figureDescribesMeeting(figure({ metric: 'ratings' }), districtMeeting)).toBe(false);
  });

  it('reads a figure on a unit alone for that unit only, and one on the units under it for those only', () => {
    expect(figureDescribesMeeting(figure({ scope: 'UNIT' }), wardMeeting)).toBe(false);
    expect(figureDescribesMeeting(figure({ scope: 'DESCENDANTS' }), districtMeeting)).toBe(false);
    expect(figureDescribesMeeting(figure({ scope: 'UNIT_AND_DESCENDANTS' }), wardMeeting)).toBe(true);
  });
});

describe('knownOpinionCount', () => {
  it('keeps the published count', () => expect(knownOpinionCount(12, null, 12)).toBe(12));
  it('is unknown when the count was not reported and nothing is itemised (F28), never 0', () => expect(knownOpinionCount(null, null, 0)).toBeNull());
  it('is unknown when the count was published only as "more than 9" (F12)', () => expect(knownOpinionCount(null, 'more than 9', 10)).toBeNull());
  it('takes the itemised opinions when the source listed them without a total', () => expect(knownOpinionCount(null, null, 3)).toBe(3));
  it('keeps a published 0', () => expect(knownOpinionCount(0, null, 0)).toBe(0));
});
