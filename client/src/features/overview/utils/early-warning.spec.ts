import { readWarnDays, toWarningRows, warningAsOf } from './early-warning';

describe('readWarnDays', () => {
  it('takes 0 to 30 working days from the URL', () => {
    expect(readWarnDays('0')).toBe(0);
    expect(readWarnDays('7')).toBe(7);
    expect(readWarnDays('30')).toBe(30);
  });
  it('falls back to 3 for a missing, negative, too large or non-numeric value', () => {
    expect([null, undefined, '', '-1', '31', '99', '2.5', 'abc'].map(readWarnDays)).toEqual([3, 3, 3, 3, 3, 3, 3, 3]);
  });
});

describe('warningAsOf', () => {
  it('warns as of the last day of a period that has ended', () => {
    expect(warningAsOf({ from: '2021-11-01', to: '2021-11-30' }, '2025-06-10')).toBe('2021-11-30');
  });
  it('warns as of today while the period is still running', () => {
    expect(warningAsOf({ from: '2025-06-01', to: '2025-06-30' }, '2025-06-10')).toBe('2025-06-10');
  });
  it('uses the end day when it is today', () => {
    expect(warningAsOf({ from: '2025-06-01', to: '2025-06-10' }, '2025-06-10')).toBe('2025-06-10');
  });
});

describe('toWarningRows', () => {
  const groups = [
    {
      unit: { code: '27007', name: 'Phường 15', nameEn: 'Ward 15' },
      procedure: { code: '1.001193', name: 'Đăng ký khai sinh', nameEn: 'Birth registration' },
      dueToday: 2,
      dueWithin: 5,
      dueDays: [
        { dueOn: '2021-12-02', dossiers: 3 },
        { dueOn: '2021-11-30', dossiers: 2 },
      ],
    },
    {
      unit: { code: '27004', name: 'Phường 14', nameEn: null },
      procedure: { code: '2.000908', name: 'Chứng thực bản sao', nameEn: null },
      dueToday: 0,
      dueWithin: 1,
      dueDays: [],
    },
  ];
  it('keeps the API order and counts, with the earliest due day of each group', () => {
    const rows = toWarningRows(groups, 'vi');
    expect(rows.map((r) => [r.key, r.unit, r.procedure, r.dueToday, r.dueWithin, r.firstDue])).toEqual([
      ['27007|1.001193', 'Phường 15', 'Đăng ký khai sinh', 2, 5, '2021-11-30'],
      ['27004|2.000908', 'Phường 14', 'Chứng thực bản sao', 0, 1, null],
    ]);
  });
  it('names units and procedures in English where an English name exists', () => {
    expect(toWarningRows(groups, 'en').map((r) => [r.unit, r.procedure])).toEqual([
      ['Ward 15', 'Birth registration'],
      ['Phường 14', 'Chứng thực bản sao'],
    ]);
  });
});
