import { addDays, isLocalDay, localDayOf, localInstant, weekday } from './local-day';

describe('local days in Asia/Ho_Chi_Minh', () => {
  it('puts 23:30 local on its local day and 00:30 local on the next', () => {
    expect(localDayOf(new Date('2021-11-05T16:30:00Z'))).toBe('2021-11-05'); // 23:30 local
    expect(localDayOf(new Date('2021-11-05T17:30:00Z'))).toBe('2021-11-06'); // 00:30 local the next day
  });

  it('turns a local wall-clock time into the right instant', () => {
    expect(localInstant('2021-11-01', 7, 30).toISOString()).toBe('2021-11-01T00:30:00.000Z');
    expect(localInstant('2021-11-01', 0).toISOString()).toBe('2021-10-31T17:00:00.000Z');
  });

  it('rejects days that do not exist', () => {
    expect(isLocalDay('2021-02-28')).toBe(true);
    expect(isLocalDay('2021-02-29')).toBe(false);
    expect(isLocalDay('2024-02-29')).toBe(true);
    expect(isLocalDay('2021-13-01')).toBe(false);
    expect(isLocalDay('21-11-01')).toBe(false);
  });

  it('counts days and weekdays across months and years', () => {
    expect(addDays('2021-12-31', 1)).toBe('2022-01-01');
    expect(addDays('2021-03-01', -1)).toBe('2021-02-28');
    expect(weekday('2021-11-15')).toBe(1); // the same-day week began on a Monday
    expect(weekday('2021-11-20')).toBe(6);
  });
});
