import { startApi, type TestApi } from '../../support/api';

let api: TestApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.close());

const NOV_2021 = { from: '2021-11-01', to: '2021-11-30' };
const TAN_BINH = { unitCodes: ['766'] };
const TAN_BINH_DISTRICT = { unitCodes: ['766'], includeDescendants: false };
const pct = (rate: number | null) => (rate === null ? null : (rate * 100).toFixed(2));

const RATING_FIELDS = ['ratings', 'ratingsVerySatisfied', 'ratingsSatisfied', 'ratingsNeutral', 'ratingsDissatisfied', 'satisfactionRate'] as const;

const SATISFACTION = `query Satisfaction($scope: ScopeInput!, $period: PeriodInput!, $groupBy: [SatisfactionDimension!]) {
  satisfaction(scope: $scope, period: $period, groupBy: $groupBy) {
    unit { code } channel periodStart periodEnd
    ratings ratingsVerySatisfied ratingsSatisfied ratingsNeutral ratingsDissatisfied
    satisfactionRate verySatisfiedShare satisfiedShare neutralShare dissatisfiedShare
  }
}`;
const KPIS = `query Kpis($scope: ScopeInput!, $period: PeriodInput!, $groupBy: [KpiDimension!]) {
  kpis(scope: $scope, period: $period, groupBy: $groupBy) {
    unit { code } channel periodStart periodEnd ${RATING_FIELDS.join(' ')}
  }
}`;
type Row = Record<string, unknown>;
const satisfaction = async (scope: object, period: object, groupBy?: string[]) =>
  (await api.query<{ satisfaction: Row[] }>(SATISFACTION, { scope, period, groupBy })).satisfaction;
const kpis = async (scope: object, period: object, groupBy?: string[]) => (await api.query<{ kpis: Row[] }>(KPIS, { scope, period, groupBy })).kpis;

const MEETINGS = `query Meetings($scope: ScopeInput!, $period: PeriodInput, $kind: MeetingKind) {
  meetings(scope: $scope, period: $period, kind: $kind) {
    id ref kind unit { code name level } heldOn placedOn placement attendees businesses neighbourhoods reviewedFrom reviewedTo
    opinionCount opinionCountText opinionsItemised topicsRaised
    opinions { seq topic concernsProcedure field { code } authorityLevel answeredOnSpot status }
  }
}`;
interface Meeting {
  id: string;
  ref: string;
  kind: string;
  unit: { code: string; name: string; level: string };
  heldOn: string | null;
  placedOn: string | null;
  placement: string;
  attendees: number | null;
  businesses: number | null;
  neighbourhoods: number | null;
  reviewedFrom: string | null;
  reviewedTo: string | null;
  opinionCount: number | null;
  opinionCountText: string | null;
  opinionsItemised: number;
  topicsRaised: string[];
  opinions: { seq: number; topic: string | null; concernsProcedure: boolean | null; field: { code: string } | null; authorityLevel: string | null; answeredOnSpot: boolean | null; status: string | null }[];
}
const meetings = async (scope: object, period?: object, kind?: string) => (await api.query<{ meetings: Meeting[] }>(MEETINGS, { scope, period, kind })).meetings;

const OPINIONS = `query Opinions($scope: ScopeInput!, $period: PeriodInput!, $groupBy: [OpinionDimension!]) {
  opinions(scope: $scope, period: $period, groupBy: $groupBy) {
    unit { code } meeting { ref } meetingKind heldBy topic field { code } concernsProcedure authorityLevel answeredOnSpot status periodStart periodEnd
    meetings opinions opinionsItemised meetingsWithUnknownOpinionCount opinionCountWords unitsWithMeetings unitsInScope
    attendees { value reportedBy } businesses { value reportedBy } neighbourhoods { value reportedBy }
    opinionsAnsweredOnSpot opinionsNotAnsweredOnSpot opinionsAnswered opinionsReferred opinionsOpen
    opinionsAboutProcedures opinionsOther opinionsCommuneAuthority opinionsDistrictAuthority opinionsHigherAuthority
    answeredOnSpotRate referredRate procedureOpinionShare communeAuthorityShare opinionShare
  }
}`;
const opinions = async (scope: object, period: object, groupBy?: string[]) => (await api.query<{ opinions: Row[] }>(OPINIONS, { scope, period, groupBy })).opinions;

describe('satisfaction gives back the reported ratings and agrees with kpis', () => {
  it('Tân Bình district + 15 wards, Nov 2021 (F10): 65,334 ratings, 64,888 satisfied (99.32%), 394 neutral (0.60%), 52 dissatisfied (0.08%)', async () => {
    const [row] = await satisfaction(TAN_BINH, NOV_2021);
    expect(row).toMatchObject({ ratings: 65_334, ratingsSatisfied: 64_888, ratingsNeutral: 394, ratingsDissatisfied: 52, ratingsVerySatisfied: 0 });
    expect(pct(row.satisfactionRate as number)).toBe('99.32');
    expect(pct(row.neutralShare as number)).toBe('0.60');
    expect(pct(row.dissatisfiedShare as number)).toBe('0.08');
    expect(row.verySatisfiedShare).toBe(0);
  });

  it.each([
    ['no grouping', NOV_2021, []],
    ['units', NOV_2021, ['UNIT']],
    ['channels', NOV_2021, ['CHANNEL']],
    ['months of a reporting window with part months at both edges', { from: '2021-10-15', to: '2021-12-14' }, ['MONTH']],
    ['units by week', NOV_2021, ['UNIT', 'WEEK']],
    ['channels by day', { from: '2021-11-14', to: '2021-11-21' }, ['CHANNEL', 'DAY']],
    ['quarters of a year', { from: '2021-01-01', to: '2021-12-31' }, ['QUARTER']],
  ])('has the same rows and rating figures as kpis when grouped by %s', async (_name, period, groupBy) => {
    const [ours, theirs] = await Promise.all([satisfaction(TAN_BINH, period, groupBy), kpis(TAN_BINH, period, groupBy)]);
    expect(ours.length).toBeGreaterThan(0);
    const pick = (r: Row) => Object.fromEntries(['unit', 'channel', 'periodStart', 'periodEnd', ...RATING_FIELDS].map((k) => [k, r[k]]));
    expect(ours.map(pick)).toEqual(theirs.map(pick));
  });

  it('leaves the rate and the shares null, not 0, where no one rated', async () => {
    const [row] = await satisfaction({ unitCodes: ['09592'], includeDescendants: false }, { from: '2022-01-02', to: '2022-01-02' });
    expect(row).toMatchObject({ ratings: 0, satisfactionRate: null, satisfiedShare: null, neutralShare: null, dissatisfiedShare: null });
  });

  it('refuses two time dimensions and an unknown unit, saying why', async () => {
    await expect(satisfaction(TAN_BINH, NOV_2021, ['DAY', 'MONTH'])).rejects.toThrow('groupBy may hold one time dimension, got DAY and MONTH');
    await expect(satisfaction({ unitCodes: ['999999'] }, NOV_2021)).rejects.toThrow('Unknown unit code: 999999');
  });
});

describe('meetings give back the dialogues and conferences as published', () => {
  it('F11: the district dialogue with businesses — 111 participants, 80 businesses, 12 opinions all answered on the spot — undated, counted at the end of the peak month', async () => {
    const list = await meetings(TAN_BINH_DISTRICT, NOV_2021, 'BUSINESS_DIALOGUE');
    expect(list).toHaveLength(1);
    const [m] = list;
    expect(m).toMatchObject({ attendees: 111, businesses: 80, opinionCount: 12, opinionsItemised: 12, heldOn: null, placedOn: '2021-11-30', placement: 'REPORT_PERIOD_END' });
    expect(m.opinions.every((o) => o.answeredOnSpot === true && o.status === 'ANSWERED')).toBe(true);
  });

  it('F12: the district People’s Conference of 30 Nov 2021 — 117 neighbourhoods, "more than 9" opinions and no invented count', async () => {
    const [m] = await meetings(TAN_BINH_DISTRICT, { from: '2021-11-30', to: '2021-11-30' }, 'PEOPLES_CONFERENCE');
    expect(m).toMatchObject({ heldOn: '2021-11-30', placement: 'HELD_ON', neighbourhoods: 117, opinionCount: null, opinionCountText: 'more than 9', opinions: [] });
  });

  it('F13: by 29 Nov 2021, 13 of Tân Bình’s 15 wards held People’s Conferences, 929 attendees, 123 opinions (120 ward, 3 district authority)', async () => {
    const list = await meetings(TAN_BINH, { from: '2021-11-01', to: '2021-11-29' }, 'PEOPLES_CONFERENCE');
    expect(list).toHaveLength(13);
    expect(new Set(list.map((m) => m.unit.code)).size).toBe(13);
    expect(list.every((m) => m.unit.level === 'COMMUNE' && m.placedOn === '2021-11-29')).toBe(true);
    const wards = await api.query<{ units: { code: string }[] }>(`{ units(parentCode: "766", activeOn: "2021-11-29") { code } }`);
    expect(wards.units).toHaveLength(15);
    expect(list.reduce((s, m) => s + m.attendees!, 0)).toBe(929);
    const authority = list.flatMap((m) => m.opinions.map((o) => o.authorityLevel));
    expect([authority.length, authority.filter((a) => a === 'COMMUNE').length, authority.filter((a) => a === 'DISTRICT').length]).toEqual([123, 120, 3]);
  });

  it('F21–F25: the Ward 6 dialogue of 2 Jun 2023 — 8 opinions, 3 about procedures, reviewing the first half of 2023', async () => {
    const [m] = await meetings({ unitCodes: ['26995'] }, { from: '2023-06-01', to: '2023-06-30' });
    expect(m).toMatchObject({ kind: 'CITIZEN_DIALOGUE', heldOn: '2023-06-02', opinionCount: 8, neighbourhoods: 8, reviewedFrom: '2023-01-01', reviewedTo: '2023-06-30' });
    expect(m.opinions.filter((o) => o.concernsProcedure).map((o) => o.field?.code)).toEqual(['CAN_CUOC', 'CAN_CUOC', 'HO_TICH']);
  });

  it('F28: the Cầu Giấy dialogue of 16 Nov 2023 has an unknown opinion count — null, never 0', async () => {
    const [m] = await meetings({ unitCodes: ['005'] }, { from: '2023-11-01', to: '2023-11-30' });
    expect(m).toMatchObject({ kind: 'PROCEDURE_DIALOGUE', heldOn: '2023-11-16', opinionCount: null, opinionCountText: null, opinionsItemised: 0, opinions: [] });
    expect(m.topicsRaised).toHaveLength(8);
  });

  it('leaves the undated meetings out of a period their report does not reach, and lists every meeting without a period', async () => {
    expect(await meetings(TAN_BINH, { from: '2021-11-15', to: '2021-11-20' })).toEqual([]);
    const all = await meetings(TAN_BINH);
    expect(all.map((m) => m.ref)).toContain('000-ward6-citizen-dialogue');
    expect(all).toHaveLength(16);
  });

  it('gives one meeting by id, and refuses an id that is not one', async () => {
    const [m] = await meetings({ unitCodes: ['005'] });
    const one = await api.query<{ meeting: { ref: string; opinionCount: number | null } }>(`query ($id: ID!) { meeting(id: $id) { ref opinionCount } }`, { id: m.id });
    expect(one.meeting).toEqual({ ref: '001-district-procedure-dialogue', opinionCount: null });
    await expect(api.query(`{ meeting(id: "abc") { ref } }`)).rejects.toThrow('id must be a meeting id (digits), got "abc"');
  });
});

describe('opinions are counted and grouped as the sources published them', () => {
  it('F11: the district’s dialogue with businesses had 12 opinions, all answered on the spot; its People’s Conference an unknown number', async () => {
    const rows = await opinions(TAN_BINH_DISTRICT, NOV_2021, ['MEETING_KIND']);
    expect(rows.map((r) => [r.meetingKind, r.meetings, r.opinions, r.opinionsAnsweredOnSpot, r.answeredOnSpotRate])).toEqual([
      ['BUSINESS_DIALOGUE', 1, 12, 12, 1],
      ['PEOPLES_CONFERENCE', 1, null, 0, null],
    ]);
  });

  it('F13: ward conferences by 29 Nov 2021 — 13 meetings, 123 opinions, 120 within ward and 3 within district authority', async () => {
    const [total] = await opinions(TAN_BINH, { from: '2021-11-01', to: '2021-11-29' });
    expect(total).toMatchObject({ meetings: 13, opinions: 123, opinionsCommuneAuthority: 120, opinionsDistrictAuthority: 3, meetingsWithUnknownOpinionCount: 0 });
    const rows = await opinions(TAN_BINH, { from: '2021-11-01', to: '2021-11-29' }, ['AUTHORITY_LEVEL']);
    expect(rows.map((r) => [r.authorityLevel, r.opinions, r.meetings])).toEqual([
      ['COMMUNE', 120, 13],
      ['DISTRICT', 3, 3],
    ]);
    expect(pct(rows[0].opinionShare as number)).toBe('97.56');
  });

  it('F11–F13 by kind and by who held them: the district itself (111 attendees, 80 businesses; 117 neighbourhoods, "more than 9") and 13 of its 15 wards (929 attendees)', async () => {
    const rows = await opinions(TAN_BINH, NOV_2021, ['HELD_BY', 'MEETING_KIND']);
    const shape = (r: Row) => [r.heldBy, r.meetingKind, r.meetings, r.unitsWithMeetings, r.unitsInScope, r.attendees, r.businesses, r.neighbourhoods, r.opinions, r.opinionCountWords];
    const none = { value: null, reportedBy: 0 };
    expect(rows.map(shape)).toEqual([
      ['SCOPE_UNIT', 'BUSINESS_DIALOGUE', 1, 1, 1, { value: 111, reportedBy: 1 }, { value: 80, reportedBy: 1 }, none, 12, []],
      ['SCOPE_UNIT', 'PEOPLES_CONFERENCE', 1, 1, 1, none, none, { value: 117, reportedBy: 1 }, null, ['more than 9']],
      ['UNIT_BELOW', 'PEOPLES_CONFERENCE', 13, 13, 15, { value: 929, reportedBy: 13 }, none, none, 123, []],
    ]);
  });

  it('counts a province’s meetings by the district under it: in Nov 2021 Hồ Chí Minh City had one district in force, Tân Bình, and it held 14 conferences', async () => {
    const rows = await opinions({ unitCodes: ['79'] }, NOV_2021, ['HELD_BY', 'MEETING_KIND']);
    const conferences = rows.find((r) => r.heldBy === 'UNIT_BELOW' && r.meetingKind === 'PEOPLES_CONFERENCE');
    expect(conferences).toMatchObject({ meetings: 14, unitsWithMeetings: 1, unitsInScope: 1 });
  });

  it('F21–F23: Ward 6, 2 Jun 2023 — 8 opinions, 3 about administrative procedures and 5 others', async () => {
    const [total] = await opinions({ unitCodes: ['26995'] }, { from: '2023-06-02', to: '2023-06-02' });
    expect(total).toMatchObject({ meetings: 1, opinions: 8, opinionsAboutProcedures: 3, opinionsOther: 5, procedureOpinionShare: 3 / 8, answeredOnSpotRate: null });
    const rows = await opinions({ unitCodes: ['26995'] }, { from: '2023-06-02', to: '2023-06-02' }, ['CONCERNS_PROCEDURE', 'FIELD']);
    const split = rows.map((r) => [r.concernsProcedure, (r.field as { code: string }).code, r.opinions]);
    expect(split.sort((a, b) => String(a[1]).localeCompare(String(b[1])))).toEqual([
      [true, 'CAN_CUOC', 2],
      [true, 'HO_TICH', 1],
      [false, 'QUAN_LY_DO_THI', 2],
      [false, 'TAI_NGUYEN_MT', 3],
    ]);
  });

  it('F28: Cầu Giấy, Nov 2023 — the opinion count stays unknown (null), not 0', async () => {
    const [total] = await opinions({ unitCodes: ['005'] }, { from: '2023-11-01', to: '2023-11-30' });
    expect(total).toMatchObject({ meetings: 1, opinions: null, opinionsItemised: 0, meetingsWithUnknownOpinionCount: 1, opinionShare: null });
  });

  it('counts the undated Nov 2021 meetings in November, month by month through 2021, with the unknown F12 count making November unknown', async () => {
    const rows = await opinions(TAN_BINH, { from: '2021-01-01', to: '2021-12-31' }, ['MONTH']);
    expect(rows).toHaveLength(12);
    const nov = rows.find((r) => r.periodStart === '2021-11-01')!;
    expect(nov).toMatchObject({ meetings: 15, opinions: null, opinionsItemised: 135, meetingsWithUnknownOpinionCount: 1 });
    expect(rows.filter((r) => r !== nov).every((r) => r.opinions === 0 && r.meetings === 0)).toBe(true);
  });

  it('groups by meeting and by topic, naming them', async () => {
    const byMeeting = await opinions(TAN_BINH_DISTRICT, NOV_2021, ['MEETING']);
    expect(byMeeting.map((r) => [(r.meeting as { ref: string }).ref, r.opinions])).toEqual([
      ['003-business-dialogue', 12],
      ['003-district-peoples-conference', null],
    ]);
    const byTopic = await opinions({ unitCodes: ['26995'] }, { from: '2023-06-01', to: '2023-06-30' }, ['TOPIC']);
    expect(byTopic.find((r) => r.topic === 'Vệ sinh môi trường')).toMatchObject({ opinions: 3, concernsProcedure: null });
  });

  it('refuses a backwards period and two time dimensions, saying why', async () => {
    await expect(opinions(TAN_BINH, { from: '2021-11-30', to: '2021-11-01' })).rejects.toThrow('period.from (2021-11-30) must be on or before period.to (2021-11-01)');
    await expect(opinions(TAN_BINH, NOV_2021, ['MONTH', 'YEAR'])).rejects.toThrow('groupBy may hold one time dimension, got MONTH and YEAR');
  });
});
