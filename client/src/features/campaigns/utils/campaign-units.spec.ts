import { commitmentsOf, ownDays, splitEnrolment, unitWordOf, type Enrollment } from './campaign-units';

const ward = (code: string, n: number) => ({ code, name: `Phường ${n}`, kind: 'phuong', level: 'COMMUNE' });
const WARDS = [
  ward('26977', 1),
  ward('26965', 2),
  ward('27004', 14),
  ward('26995', 6),
  ward('26971', 13),
  ward('27007', 15),
  ward('26974', 10),
];
const enrol = (code: string, n: number, commitment = 'Giải quyết ngay trong ngày cả tháng'): Enrollment => ({
  unit: { code, name: code === '766' ? 'Quận Tân Bình' : `Phường ${n}` },
  startsOn: '2021-11-01',
  endsOn: '2021-11-30',
  commitment,
  generated: true,
});

describe('who enrolled', () => {
  it('splits the eligible wards into enrolled and not enrolled, by name with numbers in order', () => {
    const split = splitEnrolment(WARDS, [enrol('26974', 10), enrol('26965', 2), enrol('26977', 1)], '766');
    expect(split.enrolled.map((e) => e.unit.name)).toEqual(['Phường 1', 'Phường 2', 'Phường 10']);
    expect(split.notEnrolled.map((u) => u.name)).toEqual(['Phường 6', 'Phường 13', 'Phường 14', 'Phường 15']);
    expect(split.organiserDesk).toBeNull();
    expect(split.others).toEqual([]);
  });

  it('sets the district desk apart from the wards when it enrolled (the same-day week)', () => {
    const split = splitEnrolment(WARDS, [enrol('766', 0), enrol('26977', 1)], '766');
    expect(split.organiserDesk?.unit.code).toBe('766');
    expect(split.enrolled).toHaveLength(1);
  });

  it('calls Tân Bình’s units wards, a city’s districts districts, and a mix of kinds units', () => {
    expect(unitWordOf(WARDS)).toBe('phuong');
    expect(unitWordOf([{ kind: 'quan', level: 'DISTRICT' }])).toBe('quan');
    expect(
      unitWordOf([
        { kind: 'quan', level: 'DISTRICT' },
        { kind: 'huyen', level: 'DISTRICT' },
      ]),
    ).toBe('district');
    expect(
      unitWordOf([
        { kind: 'phuong', level: 'COMMUNE' },
        { kind: 'quan', level: 'DISTRICT' },
      ]),
    ).toBe('unit');
    expect(unitWordOf([])).toBe('unit');
  });

  it('lists each commitment once and notices an enrolment shorter than the campaign', () => {
    expect(commitmentsOf([enrol('1', 1), enrol('2', 2), enrol('3', 3, ' ')])).toEqual(['Giải quyết ngay trong ngày cả tháng']);
    const campaign = { startsOn: '2021-11-01', endsOn: '2021-11-30' };
    expect(ownDays({ startsOn: '2021-11-15', endsOn: '2021-11-30' }, campaign)).toBe(true);
    expect(ownDays(campaign, campaign)).toBe(false);
  });
});
