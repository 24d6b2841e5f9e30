import { startApi } from '../../support/api';

let api: Awaited<ReturnType<typeof startApi>>;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.close());

const query = <T>(text: string, variables: Record<string, unknown> = {}) => api.query<T>(text, variables);

interface UnitRow {
  code: string;
  name: string;
  level: string;
  validFrom: string | null;
  validTo: string | null;
  children: { code: string; name: string }[];
  successors: { code: string; name: string; validFrom: string | null }[];
  parent: { code: string } | null;
}

const UNITS = `query Units($search: String, $level: UnitLevel, $parentCode: String, $activeOn: Date) {
  units(search: $search, level: $level, parentCode: $parentCode, activeOn: $activeOn) {
    code name level validFrom validTo parent { code } children { code name } successors { code name validFrom }
  }
}`;

describe('units', () => {
  it('finds Tân Bình district with its 15 wards and the 6 wards that succeeded it in 2025', async () => {
    const { units } = await query<{ units: UnitRow[] }>(UNITS, { search: 'Tân Bình' });
    const district = units.find((u) => u.code === '766');
    expect(district).toMatchObject({ name: 'Quận Tân Bình', level: 'DISTRICT', validTo: '2025-06-30', parent: { code: '79' } });
    expect(district!.children.map((c) => c.name)).toEqual(Array.from({ length: 15 }, (_, i) => `Phường ${i + 1}`));
    expect(district!.successors.map((s) => s.name).sort()).toEqual(
      ['Phường Bảy Hiền', 'Phường Tân Bình', 'Phường Tân Hòa', 'Phường Tân Sơn', 'Phường Tân Sơn Hòa', 'Phường Tân Sơn Nhất'].sort(),
    );
    expect(district!.successors.every((s) => s.validFrom === '2025-07-01')).toBe(true);
  });

  it('matches without diacritics and by official code', async () => {
    const plain = await query<{ units: UnitRow[] }>(UNITS, { search: 'cau giay' });
    expect(plain.units.map((u) => u.code)).toEqual(['005']);
    const byCode = await query<{ units: UnitRow[] }>(UNITS, { search: '27007' });
    expect(byCode.units.map((u) => `${u.code} ${u.name}`)).toEqual(['27007 Phường 15', '27007 Phường Tân Sơn']);
  });

  it('follows Ward 15, split in two, to both of its successors', async () => {
    const { units } = await query<{ units: UnitRow[] }>(UNITS, { search: '27007', activeOn: '2021-11-01' });
    expect(units).toHaveLength(1);
    expect(units[0].successors.map((s) => s.name).sort()).toEqual(['Phường Tân Bình', 'Phường Tân Sơn']);
  });

  it('lists the communes and wards of Sơn Tây town by parent code and level', async () => {
    const { units } = await query<{ units: UnitRow[] }>(UNITS, { parentCode: '269', level: 'COMMUNE' });
    expect(units).toHaveLength(15);
    expect(units.filter((u) => u.validTo === '2024-12-31').map((u) => u.name).sort()).toEqual(['Phường Lê Lợi', 'Phường Quang Trung']);
  });

  it('refuses a day that does not exist with a message naming the value', async () => {
    await expect(query(UNITS, { activeOn: '2021-02-30' })).rejects.toThrow(/2021-02-30/);
  });
});
