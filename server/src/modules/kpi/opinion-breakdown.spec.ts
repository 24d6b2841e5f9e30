import { breakdownOpinions, type MeetingFact, type OpinionFact } from './opinion-breakdown';

const NOV_2021 = { from: '2021-11-01', to: '2021-11-30' };
const opinion = (over: Partial<OpinionFact> = {}): OpinionFact => ({
  topic: null,
  topicEn: null,
  fieldId: null,
  concernsProcedure: null,
  authorityLevel: null,
  answeredOnSpot: null,
  status: null,
  ...over,
});
const meeting = (id: number, over: Partial<MeetingFact> = {}): MeetingFact => ({
  id,
  unitId: 100 + id,
  kind: 'PEOPLES_CONFERENCE',
  placedOn: '2021-11-29',
  opinionCount: null,
  opinionCountText: null,
  attendees: null,
  businesses: null,
  neighbourhoods: null,
  opinions: [],
  ...over,
});
const times = <T>(n: number, make: (i: number) => T) => Array.from({ length: n }, (_, i) => make(i));

// F13 as seeded: 13 ward conferences, 929 attendees, 123 opinions, 3 of them (Wards 2, 7, 11) within district authority.
const wardConferences = times(13, (i) => {
  const n = i < 6 ? 10 : 9;
  const district = [1, 6, 10].includes(i) ? 1 : 0;
  return meeting(i + 1, {
    attendees: i < 12 ? 71 : 77,
    opinionCount: n,
    opinions: times(n, (j) => opinion({ authorityLevel: j < district ? 'DISTRICT' : 'COMMUNE', status: 'ANSWERED' })),
  });
});
// The district (unit 1) held the business dialogue (F11) and its own conference (F12); wards are units 101–115.
const DISTRICT = 1;
const businessDialogue = meeting(20, {
  unitId: DISTRICT,
  attendees: 111,
  businesses: 80,
  kind: 'BUSINESS_DIALOGUE',
  placedOn: '2021-11-30',
  opinionCount: 12,
  opinions: times(12, () => opinion({ answeredOnSpot: true, status: 'ANSWERED' })),
});
const districtConference = meeting(21, { unitId: DISTRICT, placedOn: '2021-11-30', opinionCountText: 'more than 9', neighbourhoods: 117 });
const tanBinh = [
  { id: DISTRICT, named: true, countedAs: DISTRICT, counted: true },
  ...times(15, (i) => ({ id: 101 + i, named: false, countedAs: 101 + i, counted: true })),
];

describe('breakdownOpinions', () => {
  it('splits the ward conferences by authority: 120 within ward, 3 within district authority (F13)', () => {
    const rows = breakdownOpinions(wardConferences, NOV_2021, ['AUTHORITY_LEVEL']);
    expect(rows.map((r) => [r.authorityLevel, r.counts.opinions, r.counts.meetings])).toEqual([
      ['COMMUNE', 120, 13],
      ['DISTRICT', 3, 3],
    ]);
    expect(rows[0].opinionShare! + rows[1].opinionShare!).toBeCloseTo(1);
    const [total] = breakdownOpinions(wardConferences, NOV_2021);
    expect(total.counts).toMatchObject({ meetings: 13, opinions: 123, opinionsCommuneAuthority: 120, opinionsDistrictAuthority: 3 });
    expect(total.rates.communeAuthorityShare).toBeCloseTo(120 / 123);
  });

  it('leaves the answered-on-the-spot rate unknown where the source did not say, and 1 where all 12 were (F11)', () => {
    expect(breakdownOpinions(wardConferences, NOV_2021)[0].rates.answeredOnSpotRate).toBeNull();
    const [row] = breakdownOpinions([businessDialogue], NOV_2021);
    expect(row.counts).toMatchObject({ opinions: 12, opinionsAnsweredOnSpot: 12 });
    expect(row.rates.answeredOnSpotRate).toBe(1);
  });

  it('gives an unknown total — null, never 0 or a guess — when a meeting did not publish an exact count (F12, F28)', () => {
    const [total] = breakdownOpinions([...wardConferences, businessDialogue, districtConference], NOV_2021);
    expect(total.counts.opinions).toBeNull();
    expect(total.counts.opinionsItemised).toBe(135);
    expect(total.meetingsWithUnknownOpinionCount).toBe(1);
    const [alone] = breakdownOpinions([meeting(30, { placedOn: '2021-11-16' })], NOV_2021);
    expect(alone.counts).toMatchObject({ meetings: 1, opinions: null, opinionsItemised: 0 });
  });

  it('keeps the unknown count to its own meeting kind when grouped by kind', () => {
    const rows = breakdownOpinions([...wardConferences, businessDialogue, districtConference], NOV_2021, ['MEETING_KIND']);
    expect(rows.map((r) => [r.meetingKind, r.counts.meetings, r.counts.opinions])).toEqual([
      ['PEOPLES_CONFERENCE', 14, null],
      ['BUSINESS_DIALOGUE', 1, 12],
    ]);
  });

  it('splits meetings by who held them: the district itself or 13 of its 15 wards, with attendance as published (F11–F13)', () => {
    const rows = breakdownOpinions([...wardConferences, businessDialogue, districtConference], NOV_2021, ['HELD_BY', 'MEETING_KIND'], tanBinh);
    const shape = (r: (typeof rows)[number]) => [
      r.heldBy,
      r.meetingKind,
      r.counts.meetings,
      r.unitsWithMeetings,
      r.unitsInScope,
      r.attendees,
      r.businesses.value,
      r.neighbourhoods.value,
      r.counts.opinions,
      r.opinionCountWords,
    ];
    expect(rows.map(shape)).toEqual([
      ['SCOPE_UNIT', 'BUSINESS_DIALOGUE', 1, 1, 1, { value: 111, reportedBy: 1 }, 80, null, 12, []],
      ['SCOPE_UNIT', 'PEOPLES_CONFERENCE', 1, 1, 1, { value: null, reportedBy: 0 }, null, 117, null, ['more than 9']],
      ['UNIT_BELOW', 'PEOPLES_CONFERENCE', 13, 13, 15, { value: 929, reportedBy: 13 }, null, null, 123, []],
    ]);
  });

  it('adds attendance over the meetings that reported it and says how many did (a partial sum)', () => {
    const [total] = breakdownOpinions([...wardConferences, businessDialogue, districtConference], NOV_2021, [], tanBinh);
    expect(total.attendees).toEqual({ value: 929 + 111, reportedBy: 14 });
    expect(total.counts.meetings).toBe(15);
    expect([total.unitsWithMeetings, total.unitsInScope]).toEqual([14, 16]);
  });

  it('counts meetings in a province by the district they lie in: wards of one district are one unit of the 2 districts in force', () => {
    // Province 1000 named; districts 1 and 2 in force, district 3 ended before the period; wards 11, 12 under district 1.
    const scope = [
      { id: 1000, named: true, countedAs: 1000, counted: true },
      { id: 1, named: false, countedAs: 1, counted: true },
      { id: 2, named: false, countedAs: 2, counted: true },
      { id: 3, named: false, countedAs: 3, counted: false },
      { id: 11, named: false, countedAs: 1, counted: false },
      { id: 12, named: false, countedAs: 1, counted: false },
    ];
    const held = [meeting(1, { unitId: 11, opinionCount: 0 }), meeting(2, { unitId: 12, opinionCount: 0 })];
    const [below] = breakdownOpinions(held, NOV_2021, ['HELD_BY'], scope);
    expect([below.heldBy, below.counts.meetings, below.unitsWithMeetings, below.unitsInScope]).toEqual(['UNIT_BELOW', 2, 1, 2]);
  });

  it('puts opinions published in a total but not itemised in the "not reported" row of an attribute', () => {
    const m = meeting(40, { opinionCount: 8, opinions: times(3, () => opinion({ concernsProcedure: true })) });
    const rows = breakdownOpinions([m], NOV_2021, ['CONCERNS_PROCEDURE']);
    expect(rows.map((r) => [r.concernsProcedure, r.counts.opinions, r.counts.opinionsItemised])).toEqual([
      [true, 3, 3],
      [null, 5, 0],
    ]);
  });

  it('leaves out meetings placed outside the period or nowhere (undated, no report period)', () => {
    const rows = breakdownOpinions([businessDialogue, { ...businessDialogue, id: 50, placedOn: null }, { ...businessDialogue, id: 51, placedOn: '2021-12-01' }], NOV_2021);
    expect(rows[0].counts).toMatchObject({ meetings: 1, opinions: 12 });
    expect(breakdownOpinions(wardConferences, { from: '2021-11-30', to: '2021-11-30' })[0].counts).toMatchObject({ meetings: 0, opinions: 0 });
  });

  it('counts a meeting without opinions among meetings, but in no opinion attribute', () => {
    const quiet = meeting(60, { opinionCount: 0 });
    expect(breakdownOpinions([quiet, businessDialogue], NOV_2021)[0].counts).toMatchObject({ meetings: 2, opinions: 12 });
    expect(breakdownOpinions([quiet, businessDialogue], NOV_2021, ['ANSWERED_ON_SPOT']).map((r) => [r.answeredOnSpot, r.counts.meetings])).toEqual([[true, 1]]);
  });

  it('has a row for every month when grouped by time alone, empty months included', () => {
    const rows = breakdownOpinions([businessDialogue], { from: '2021-10-01', to: '2021-12-31' }, ['MONTH']);
    expect(rows.map((r) => [r.periodStart, r.periodEnd, r.counts.opinions])).toEqual([
      ['2021-10-01', '2021-10-31', 0],
      ['2021-11-01', '2021-11-30', 12],
      ['2021-12-01', '2021-12-31', 0],
    ]);
  });

  it('refuses two time dimensions, naming them', () => {
    expect(() => breakdownOpinions([], NOV_2021, ['MONTH', 'YEAR'])).toThrow('groupBy may hold one time dimension, got MONTH and YEAR');
  });
});
