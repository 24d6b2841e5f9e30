import { WorkingCalendar } from '../procedures/working-calendar';
import { summariseWarnings, topWarningGroups, warningHorizon } from './early-warning';

// The official calendar as seeded around New Year 2026: 1–4 Jan off (2 Jan swapped, made up on Sat 10 Jan).
const calendar = new WorkingCalendar({
  years: [2020, 2025, 2026],
  daysOff: ['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04', '2025-09-01', '2025-09-02'],
  workingWeekendDays: ['2026-01-10'],
});

describe('early-warning horizon', () => {
  it('skips New Year, its swapped day and the weekend: 3 working days after Wed 31 Dec 2025 is Wed 7 Jan 2026', () => {
    expect(warningHorizon(calendar, '2025-12-31', 3)).toBe('2026-01-07');
    expect(warningHorizon(calendar, '2025-12-31', 1)).toBe('2026-01-05');
  });

  it('stretches over a weekend: 3 working days after Fri 20 Nov 2020 is Wed 25 Nov', () => {
    expect(warningHorizon(calendar, '2020-11-20', 3)).toBe('2020-11-25');
  });

  it('counts the make-up Saturday 10 Jan 2026 as a working day', () => {
    expect(warningHorizon(calendar, '2026-01-09', 1)).toBe('2026-01-10');
  });

  it('skips National Day (1–2 Sep 2025) in the middle of the week', () => {
    expect(warningHorizon(calendar, '2025-08-29', 2)).toBe('2025-09-04');
  });

  it('looks at asOf alone for 0 working days, even on a day off', () => {
    expect(warningHorizon(calendar, '2026-01-01', 0)).toBe('2026-01-01');
  });

  it('refuses a look-ahead outside 0–30 and a horizon in a year without a loaded calendar, saying why', () => {
    expect(() => warningHorizon(calendar, '2025-12-31', 31)).toThrow('withinWorkingDays must be a whole number from 0 to 30, got 31');
    expect(() => warningHorizon(calendar, '2025-12-31', -1)).toThrow('withinWorkingDays must be a whole number from 0 to 30, got -1');
    expect(() => warningHorizon(calendar, '2025-12-31', 1.5)).toThrow('withinWorkingDays must be a whole number from 0 to 30, got 1.5');
    expect(() => warningHorizon(calendar, '2026-12-29', 5)).toThrow(
      'asOf 2026-12-29 + 5 working days reaches 2027, whose official holiday calendar is not loaded',
    );
  });
});

describe('summariseWarnings', () => {
  const rows = [
    { unitId: 1, procedureId: 10, dueOn: '2025-12-29', dossiers: 2 },
    { unitId: 1, procedureId: 10, dueOn: '2025-12-31', dossiers: 1 },
    { unitId: 1, procedureId: 10, dueOn: '2026-01-06', dossiers: 4 },
    { unitId: 2, procedureId: 10, dueOn: '2026-01-05', dossiers: 5 },
    { unitId: 2, procedureId: 11, dueOn: '2026-01-05', dossiers: 7 },
    { unitId: 2, procedureId: 11, dueOn: '2026-01-08', dossiers: 9 },
  ];

  it('counts due today, due within the horizon and already overdue apart, and leaves out what falls due later', () => {
    const s = summariseWarnings(rows, '2025-12-31', '2026-01-07');
    expect(s).toMatchObject({ dueToday: 1, dueWithin: 17, alreadyOverdue: 2 });
    expect(s.byDay).toEqual([
      { dueOn: '2025-12-31', dossiers: 1 },
      { dueOn: '2026-01-05', dossiers: 12 },
      { dueOn: '2026-01-06', dossiers: 4 },
    ]);
  });

  it('totals each unit: unit 1 has 1 due today, 5 due within and 2 already overdue; unit 2 has 12 within (the 9 on 8 Jan fall later)', () => {
    const s = summariseWarnings(rows, '2025-12-31', '2026-01-07');
    expect(s.byUnit).toEqual([
      { unitId: 1, dueToday: 1, dueWithin: 5, alreadyOverdue: 2 },
      { unitId: 2, dueToday: 0, dueWithin: 12, alreadyOverdue: 0 },
    ]);
    expect(s.byUnit.reduce((sum, u) => sum + u.dueWithin, 0)).toBe(s.dueWithin);
  });

  it('puts the most urgent group first: earliest due day, then most dossiers', () => {
    const s = summariseWarnings(rows, '2025-12-31', '2026-01-07');
    expect(s.groups.map((g) => [g.unitId, g.procedureId, g.dueToday, g.dueWithin])).toEqual([
      [1, 10, 1, 5],
      [2, 11, 0, 7],
      [2, 10, 0, 5],
    ]);
    expect(s.groups[0].dueDays).toEqual([
      { dueOn: '2025-12-31', dossiers: 1 },
      { dueOn: '2026-01-06', dossiers: 4 },
    ]);
  });
});

describe('early-warning top list', () => {
  const groups = ['a', 'b', 'c'];
  it('keeps every group when no top is asked, the first n otherwise', () => {
    expect(topWarningGroups(groups)).toEqual(['a', 'b', 'c']);
    expect(topWarningGroups(groups, 2)).toEqual(['a', 'b']);
    expect(topWarningGroups(groups, 500)).toEqual(['a', 'b', 'c']);
  });
  it('refuses 0, 501 and fractions, naming the bounds', () => {
    expect(() => topWarningGroups(groups, 0)).toThrow('topGroups must be a whole number from 1 to 500, got 0');
    expect(() => topWarningGroups(groups, 501)).toThrow('topGroups must be a whole number from 1 to 500, got 501');
    expect(() => topWarningGroups(groups, 2.5)).toThrow('got 2.5');
  });
});
