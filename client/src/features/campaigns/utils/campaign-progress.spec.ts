import { dayLabel, toProgressPoints, toUnitProgressRows, type UnitRow } from './campaign-progress';

const day = (periodStart: string, received: number, sameDayRate: number | null) => ({
  periodStart,
  receivedTotal: received,
  carriedOver: 0,
  received,
  resolved: received,
  sameDay: 0,
  sameDayRate,
  onTimeRate: 1,
  overdue: 0,
  pendingOverdue: 0,
});

describe('day-by-day progress', () => {
  it('puts the campaign days in order, labelled dd/MM, with a day without resolutions as a gap in the rate', () => {
    const points = toProgressPoints([day('2021-11-16', 1763, 0.55), day('2021-11-15', 1901, 0.5633), day('2021-11-21', 0, null)]);
    expect(points.map((p) => [p.label, p.received, p.sameDayRate])).toEqual([
      ['15/11', 1901, 0.5633],
      ['16/11', 1763, 0.55],
      ['21/11', 0, null],
    ]);
    expect(dayLabel('2021-11-01')).toBe('01/11');
  });

  it('leaves out a row for the whole campaign (no day)', () => {
    expect(toProgressPoints([{ ...day('2021-11-15', 1, 1), periodStart: null }])).toEqual([]);
  });
});

describe('per-unit progress', () => {
  const row = (code: string, name: string, sameDay: number): UnitRow => ({
    unit: { code, name, nameEn: code === '766' ? 'Tan Binh District' : null },
    receivedTotal: 100,
    received: 90,
    resolved: 90,
    early: 1,
    onTime: 89,
    overdue: 0,
    pendingOverdue: 0,
    sameDay,
    sameDayRate: sameDay / 90,
    onTimeRate: 1,
    satisfactionRate: null,
  });
  const enrollments = [
    { unit: { code: '766', name: 'Quận Tân Bình' }, startsOn: '2021-11-15', endsOn: '2021-11-20', generated: false },
    { unit: { code: '26974', name: 'Phường 10' }, startsOn: '2021-11-17', endsOn: '2021-11-20', generated: false },
    { unit: { code: '26965', name: 'Phường 2' }, startsOn: '2021-11-15', endsOn: '2021-11-20', generated: false },
  ];

  it('lists the district desk first (117 the same day, F7), then the wards by number, each with its own days', () => {
    const rows = toUnitProgressRows(
      [row('26974', 'Phường 10', 40), row('766', 'Quận Tân Bình', 117), row('26965', 'Phường 2', 50)],
      enrollments,
      '766',
      'en',
    );
    expect(rows.map((r) => [r.name, r.organiser, r.sameDay, r.startsOn])).toEqual([
      ['Tan Binh District', true, 117, '2021-11-15'],
      ['Phường 2', false, 50, '2021-11-15'],
      ['Phường 10', false, 40, '2021-11-17'],
    ]);
  });

  it('shows no days for the organiser desk added on request though it did not enrol', () => {
    const [desk] = toUnitProgressRows([row('766', 'Quận Tân Bình', 117)], [], '766', 'vi');
    expect([desk.name, desk.startsOn, desk.endsOn]).toEqual(['Quận Tân Bình', null, null]);
  });
});
