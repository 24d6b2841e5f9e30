import { MissingCalendarError, WorkingCalendar } from './working-calendar';

const calendar = new WorkingCalendar({
  years: [2021, 2022, 2024],
  daysOff: ['2021-09-02', '2021-09-03', '2022-01-31', '2022-02-01', '2022-02-02', '2022-02-03', '2022-02-04', '2024-04-29', '2024-04-30', '2024-05-01'],
  workingWeekendDays: ['2024-05-04'],
});

describe('working-day deadlines', () => {
  it('counts working days after the day of receipt, skipping the weekend', () => {
    expect(calendar.addWorkingDays('2021-11-19', 1)).toBe('2021-11-22'); // Friday + 1 → Monday
    expect(calendar.addWorkingDays('2021-11-15', 5)).toBe('2021-11-22');
  });

  it('gives the same day for a limit of zero working days', () => {
    expect(calendar.addWorkingDays('2021-11-20', 0)).toBe('2021-11-20');
  });

  it('skips public holidays (National Day 2021) and Tết 2022', () => {
    expect(calendar.addWorkingDays('2021-09-01', 1)).toBe('2021-09-06');
    expect(calendar.addWorkingDays('2022-01-28', 1)).toBe('2022-02-07');
  });

  it('counts a declared make-up Saturday as a working day', () => {
    expect(calendar.isWorkingDay('2024-05-04')).toBe(true);
    expect(calendar.addWorkingDays('2024-05-03', 1)).toBe('2024-05-04');
    expect(calendar.isWorkingDay('2024-04-29')).toBe(false);
  });

  it('refuses a year whose official calendar is not loaded', () => {
    expect(() => calendar.addWorkingDays('2023-03-01', 2)).toThrow(MissingCalendarError);
    expect(() => calendar.isWorkingDay('2023-03-01')).toThrow('No official holiday calendar is loaded for 2023');
  });

  it('counts working days between two days', () => {
    expect(calendar.workingDaysBetween('2021-11-19', '2021-11-22')).toBe(1);
    expect(calendar.workingDaysBetween('2021-11-22', '2021-11-19')).toBe(0);
  });
});
