import { startApi, type TestApi } from '../../support/api';

let api: TestApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.close());

const COMPARE = `query CompareUnits($parentCode: String, $unitCodes: [String!], $scope: ScopeInput, $period: PeriodInput!, $metric: String! = "onTimeRate", $group: Boolean! = false) {
  compareUnits(parentCode: $parentCode, unitCodes: $unitCodes, scope: $scope, period: $period, metric: $metric, groupBySuccessor: $group) {
    metric { key direction } period { from to } previousPeriod { from to } groupedBySuccessor rankedRows
    rows {
      unit { id code name } members { code name } splitMembers { code name }
      value previousValue rank rankFromBottom tiedAtRank previousRank rankChange trafficLight
      targetStatus { code metric comparator threshold value status }
      kpi { ...Counts } previous { ...Counts }
    }
  }
}
fragment Counts on KpiRow {
  unit { code } receivedTotal received receivedOnline receivedInPerson carriedOver resolved early onTime overdue
  pending pendingWithinDeadline pendingOverdue sameDay ratings ratingsVerySatisfied ratingsSatisfied ratingsNeutral ratingsDissatisfied
  onTimeRate earlyRate overdueRate sameDayRate onlineShare satisfactionRate
}`;

const KPIS = `query Kpis($scope: ScopeInput!, $period: PeriodInput!, $groupBy: [KpiDimension!]) {
  kpis(scope: $scope, period: $period, groupBy: $groupBy) {
    unit { code } receivedTotal received receivedOnline receivedInPerson carriedOver resolved early onTime overdue
    pending pendingWithinDeadline pendingOverdue sameDay ratings ratingsVerySatisfied ratingsSatisfied ratingsNeutral ratingsDissatisfied
    onTimeRate earlyRate overdueRate sameDayRate onlineShare satisfactionRate
  }
}`;

type Kpi = Record<string, number | null> & { unit: { code: string } | null };
interface Unit {
  id: string;
  code: string;
  name: string;
}
interface Row {
  unit: Unit;
  members: Unit[];
  splitMembers: Unit[];
  value: number | null;
  previousValue: number | null;
  rank: number | null;
  rankFromBottom: number | null;
  tiedAtRank: number | null;
  previousRank: number | null;
  rankChange: number | null;
  trafficLight: string;
  targetStatus: { code: string; metric: string; comparator: string; threshold: number; value: number | null; status: string }[];
  kpi: Kpi;
  previous: Kpi;
}
interface Comparison {
  metric: { key: string; direction: string };
  period: { from: string; to: string };
  previousPeriod: { from: string; to: string };
  groupedBySuccessor: boolean;
  rankedRows: number;
  rows: Row[];
}

const compare = async (vars: Record<string, unknown>) => (await api.query<{ compareUnits: Comparison }>(COMPARE, vars)).compareUnits;
const kpis = async (scope: object, period: object, groupBy?: string[]) =>
  (await api.query<{ kpis: Kpi[] }>(KPIS, { scope, period, groupBy })).kpis;
const COUNT_FIELDS = [
  'receivedTotal',
  'received',
  'receivedOnline',
  'receivedInPerson',
  'carriedOver',
  'resolved',
  'early',
  'onTime',
  'overdue',
  'pending',
  'pendingWithinDeadline',
  'pendingOverdue',
  'sameDay',
  'ratings',
];
const counts = (k: Kpi) => Object.fromEntries(COUNT_FIELDS.map((f) => [f, k[f]]));
const sum = (rows: Kpi[], field: string) => rows.reduce((s, r) => s + (r[field] as number), 0);

const NOV_2021 = { from: '2021-11-01', to: '2021-11-30' };
const OCT_2021 = { from: '2021-10-01', to: '2021-10-31' };
const TAN_BINH_WARDS = [
  '26977',
  '26965',
  '26980',
  '26968',
  '26989',
  '26995',
  '26986',
  '26998',
  '27001',
  '26992',
  '26983',
  '26971',
  '26974',
  '27004',
  '27007',
];
const NEW_WARDS = ['26977', '26968', '26995', '26983', '27004', '27007']; // Tân Sơn Hòa, Tân Sơn Nhất, Tân Hòa, Bảy Hiền, Tân Bình, Tân Sơn
const H1_2025 = { from: '2025-01-01', to: '2025-06-30' };
const H2_2025 = { from: '2025-07-01', to: '2025-12-31' };

describe('compareUnits: the wards of a district side by side', () => {
  it("lists Tân Bình's 15 wards (not the district desk); with the desk's own figures they add up to F2–F6", async () => {
    const { rows, period, previousPeriod } = await compare({ parentCode: '766', period: NOV_2021 });
    expect(period).toEqual(NOV_2021);
    expect(previousPeriod).toEqual(OCT_2021);
    expect(rows.map((r) => r.unit.code).sort()).toEqual([...TAN_BINH_WARDS].sort());
    const [desk] = await kpis({ unitCodes: ['766'], includeDescendants: false }, NOV_2021);
    const all = [...rows.map((r) => r.kpi), desk];
    expect(sum(all, 'receivedTotal')).toBe(45_730);
    expect(sum(all, 'resolved')).toBe(45_730);
    expect(sum(all, 'early')).toBe(823);
    expect(sum(all, 'onTime')).toBe(44_907);
    expect(sum(all, 'overdue')).toBe(0);
    expect(sum(all, 'ratings')).toBe(65_334);
  });

  it("gives each ward exactly the kpis query's figures for that ward, this period and the previous one", async () => {
    const { rows } = await compare({ parentCode: '766', period: NOV_2021 });
    const [now, before] = await Promise.all([
      kpis({ unitCodes: ['766'] }, NOV_2021, ['UNIT']),
      kpis({ unitCodes: ['766'] }, OCT_2021, ['UNIT']),
    ]);
    for (const row of rows) {
      const expected = now.find((k) => k.unit!.code === row.unit.code)!;
      expect(row.kpi).toEqual({ ...expected, unit: { code: row.unit.code } });
      expect(counts(row.previous)).toEqual(counts(before.find((k) => k.unit!.code === row.unit.code)!));
    }
  });

  it('counts everything under a unit in its row: the district row is F2–F6', async () => {
    const { rows } = await compare({ unitCodes: ['766'], period: NOV_2021 });
    expect(rows).toHaveLength(1);
    expect(rows[0].kpi).toMatchObject({
      receivedTotal: 45_730,
      resolved: 45_730,
      early: 823,
      onTime: 44_907,
      overdue: 0,
      onTimeRate: 1,
      ratings: 65_334,
    });
    expect((rows[0].kpi.satisfactionRate! * 100).toFixed(2)).toBe('99.32');
  });
});

describe('compareUnits: ranks', () => {
  it('ranks wards by a volume largest first, each rank 1 + the number of wards with more', async () => {
    const { rows, metric } = await compare({ parentCode: '766', period: NOV_2021, metric: 'receivedTotal' });
    expect(metric).toEqual({ key: 'receivedTotal', direction: 'NEUTRAL' });
    expect(rows.map((r) => r.value)).toEqual(rows.map((r) => r.kpi.receivedTotal));
    for (const row of rows) expect(row.rank).toBe(1 + rows.filter((r) => r.value! > row.value!).length);
    const values = rows.map((r) => r.value!);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(rows[0]).toMatchObject({ unit: { name: 'Phường 15' }, value: 3_307, rank: 1 });
  });

  it('ranks the same wards from the worst end: the smallest volume 1, Ward 15 (the largest) 15', async () => {
    const { rows } = await compare({ parentCode: '766', period: NOV_2021, metric: 'receivedTotal' });
    for (const row of rows) expect(row.rankFromBottom).toBe(1 + rows.filter((r) => r.value! < row.value!).length);
    expect(rows[0]).toMatchObject({ unit: { name: 'Phường 15' }, rank: 1, rankFromBottom: 15 });
    expect(rows[rows.length - 1].rankFromBottom).toBe(1);
  });

  it('gives tied wards the same rank and orders them by name: all 15 at 100% on time in Nov 2021', async () => {
    const { rows } = await compare({ parentCode: '766', period: NOV_2021 });
    // Tied from both ends: each ward is at once first and last.
    expect(rows.every((r) => r.value === 1 && r.rank === 1 && r.rankFromBottom === 1)).toBe(true);
    expect(rows.map((r) => r.unit.name)).toEqual(Array.from({ length: 15 }, (_, i) => `Phường ${i + 1}`));
  });

  it('ranks low values first when lower is better (overdue rate), and the highest rate first from the worst end', async () => {
    const { rows } = await compare({ parentCode: '766', period: { from: '2023-01-01', to: '2023-12-31' }, metric: 'overdueRate' });
    const values = rows.map((r) => r.value!);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    for (const row of rows) expect(row.rank).toBe(1 + rows.filter((r) => r.value! < row.value!).length);
    for (const row of rows) expect(row.rankFromBottom).toBe(1 + rows.filter((r) => r.value! > row.value!).length);
  });

  it('takes the previous rank from the previous period (Oct 2021) and counts a move up as positive', async () => {
    const [nov, oct] = await Promise.all([
      compare({ parentCode: '766', period: NOV_2021, metric: 'receivedTotal' }),
      compare({ parentCode: '766', period: OCT_2021, metric: 'receivedTotal' }),
    ]);
    for (const row of nov.rows) {
      const before = oct.rows.find((r) => r.unit.code === row.unit.code)!;
      expect(row.previousValue).toBe(before.value);
      expect(row.previousRank).toBe(before.rank);
      expect(row.rankChange).toBe(before.rank! - row.rank!);
    }
    // Ward 15 led November from second place in October; Ward 13 went the other way.
    expect(nov.rows.find((r) => r.unit.name === 'Phường 15')).toMatchObject({ rank: 1, previousRank: 2, rankChange: 1 });
    expect(nov.rows.find((r) => r.unit.name === 'Phường 13')).toMatchObject({ rank: 2, previousRank: 1, rankChange: -1 });
  });

  it('steps a reporting window back to the previous window (15 Sep–14 Oct), as comparePeriods does, not by its 31 days', async () => {
    const { previousPeriod } = await compare({ parentCode: '766', period: { from: '2021-10-15', to: '2021-11-14' } });
    expect(previousPeriod).toEqual({ from: '2021-09-15', to: '2021-10-14' });
  });

  it('gives no rank to a unit without a value and lists it last (no ratings that day)', async () => {
    const { rows } = await compare({
      unitCodes: ['09604', '09592', '09616', '09598'],
      period: { from: '2023-02-16', to: '2023-02-16' },
      metric: 'satisfactionRate',
    });
    const thanhMy = rows.find((r) => r.unit.code === '09604')!;
    expect(thanhMy).toMatchObject({ value: null, rank: null, rankFromBottom: null, rankChange: null });
    expect(rows[rows.length - 1].unit.code).toBe('09604');
    expect(rows.filter((r) => r.rank !== null).length).toBeGreaterThan(0);
  });
});

describe('compareUnits by scope: every unit by its own desk (the overview)', () => {
  it("ranks Tân Bình's district desk beside its 15 wards, each with exactly the kpis query's own-desk figures; together F2–F6", async () => {
    const [{ rows }, own] = await Promise.all([
      compare({ scope: { unitCodes: ['766'] }, period: NOV_2021, metric: 'receivedTotal' }),
      kpis({ unitCodes: ['766'] }, NOV_2021, ['UNIT']),
    ]);
    expect(rows.map((r) => r.unit.code).sort()).toEqual(['766', ...TAN_BINH_WARDS].sort());
    for (const row of rows) expect(row.kpi).toEqual(own.find((k) => k.unit!.code === row.unit.code));
    const figures = rows.map((r) => r.kpi);
    expect([
      sum(figures, 'receivedTotal'),
      sum(figures, 'resolved'),
      sum(figures, 'early'),
      sum(figures, 'onTime'),
      sum(figures, 'overdue'),
    ]).toEqual([45_730, 45_730, 823, 44_907, 0]);
    // The district row is its own desk, not the district with its wards.
    expect(rows.find((r) => r.unit.code === '766')!.kpi.receivedTotal).toBeLessThan(45_730);
    for (const row of rows) {
      expect(row.rank).toBe(1 + rows.filter((r) => r.value! > row.value!).length);
      expect(row.rankFromBottom).toBe(1 + rows.filter((r) => r.value! < row.value!).length);
    }
  });

  it('ranks the desk and the wards together: all 16 at 100% on time in Nov 2021 share first place from both ends', async () => {
    const { rows, rankedRows } = await compare({ scope: { unitCodes: ['766'] }, period: NOV_2021 });
    expect(rows).toHaveLength(16);
    expect(rows.every((r) => r.value === 1 && r.rank === 1 && r.rankFromBottom === 1 && r.tiedAtRank === 16)).toBe(true);
    expect(rankedRows).toBe(16);
  });

  it('lists only the units in force during the period: Hồ Chí Minh City in Nov 2021 is its own desk, Tân Bình and its 15 wards, not the wards of 2025', async () => {
    const { rows } = await compare({ scope: { unitCodes: ['79'] }, period: NOV_2021 });
    expect(rows.map((r) => r.unit.code).sort()).toEqual(['79', '766', ...TAN_BINH_WARDS].sort());
  });

  it('compares a ward alone when the scope has nothing under it', async () => {
    const { rows } = await compare({ scope: { unitCodes: ['26977'] }, period: NOV_2021 });
    expect(rows.map((r) => [r.unit.code, r.rank, r.rankFromBottom])).toEqual([['26977', 1, 1]]);
  });
});

describe('compareUnits: targets', () => {
  it('in 2023 every ward meets satisfaction ≥ 90% (Decision 766) and misses online share ≥ 50%: red', async () => {
    const { rows } = await compare({ parentCode: '766', period: { from: '2023-01-01', to: '2023-12-31' } });
    expect(rows).toHaveLength(15);
    for (const row of rows) {
      const satisfaction = row.targetStatus.find((t) => t.code === 'index766-satisfaction')!;
      expect(satisfaction).toMatchObject({
        metric: 'satisfactionRate',
        comparator: 'AT_LEAST',
        threshold: 0.9,
        status: 'MET',
        value: row.kpi.satisfactionRate,
      });
      expect(satisfaction.value).toBeGreaterThanOrEqual(0.9);
      expect(row.targetStatus.find((t) => t.code === 'index766-online-share')).toMatchObject({
        status: 'MISSED',
        value: row.kpi.onlineShare,
      });
      // SIPAS 2030 is not in force yet.
      expect(row.targetStatus.map((t) => t.code).sort()).toEqual(['index766-online-share', 'index766-satisfaction']);
      expect(row.trafficLight).toBe('RED');
    }
  });

  it('judges the peak-month commitment (no overdue dossier) for enrolled wards in Nov 2021: green; nothing to judge in Oct 2021: grey', async () => {
    const [nov, oct] = await Promise.all([
      compare({ parentCode: '766', period: NOV_2021 }),
      compare({ parentCode: '766', period: OCT_2021 }),
    ]);
    for (const row of nov.rows) {
      expect(row.targetStatus).toEqual([
        { code: 'tan-binh-2021-11-no-overdue', metric: 'overdue', comparator: 'AT_MOST', threshold: 0, value: 0, status: 'MET' },
      ]);
      expect(row.trafficLight).toBe('GREEN');
    }
    for (const row of oct.rows) expect(row).toMatchObject({ targetStatus: [], trafficLight: 'GREY' });
  });

  it('has no data on a Sunday (nothing received, nothing rated): grey, unranked', async () => {
    const { rows } = await compare({ parentCode: '766', period: { from: '2023-01-08', to: '2023-01-08' } });
    for (const row of rows) {
      expect(row.targetStatus.map((t) => t.status)).toEqual(['NO_DATA', 'NO_DATA']);
      expect(row).toMatchObject({ trafficLight: 'GREY', rank: null });
    }
  });

  it('is amber when the targets with data are met and the rest has none (online share met, no rating)', async () => {
    const { rows } = await compare({ unitCodes: ['09604'], period: { from: '2023-02-16', to: '2023-02-16' } });
    expect(rows[0].targetStatus.map((t) => [t.code, t.status])).toEqual([
      ['index766-online-share', 'MET'],
      ['index766-satisfaction', 'NO_DATA'],
    ]);
    expect(rows[0].trafficLight).toBe('AMBER');
  });
});

describe('compareUnits: grouped by successor across the 2025 merger', () => {
  it("sums Tân Bình's 15 old wards into the 6 wards that took them over (2025 H1)", async () => {
    const [grouped, plain] = await Promise.all([
      compare({ parentCode: '766', period: H1_2025, group: true }),
      compare({ parentCode: '766', period: H1_2025 }),
    ]);
    expect(grouped.groupedBySuccessor).toBe(true);
    const members = Object.fromEntries(grouped.rows.map((r) => [r.unit.name, r.members.map((m) => m.name)]));
    expect(members).toEqual({
      'Phường Tân Sơn Hòa': ['Phường 1', 'Phường 2', 'Phường 3'],
      'Phường Tân Sơn Nhất': ['Phường 4', 'Phường 5', 'Phường 7'],
      'Phường Tân Hòa': ['Phường 6', 'Phường 8', 'Phường 9'],
      'Phường Bảy Hiền': ['Phường 10', 'Phường 11', 'Phường 12'],
      'Phường Tân Bình': ['Phường 13', 'Phường 14'],
      'Phường Tân Sơn': ['Phường 15'],
    });
    // Ward 15 was split; it is counted whole once, in Tân Sơn, which kept its code.
    expect(grouped.rows.flatMap((r) => r.splitMembers.map((m) => `${r.unit.name} ← ${m.name}`))).toEqual(['Phường Tân Sơn ← Phường 15']);
    for (const row of grouped.rows) {
      const parts = plain.rows.filter((p) => row.members.some((m) => m.name === p.unit.name));
      for (const field of COUNT_FIELDS) {
        expect([row.unit.name, field, row.kpi[field]]).toEqual([
          row.unit.name,
          field,
          sum(
            parts.map((p) => p.kpi),
            field,
          ),
        ]);
        expect([row.unit.name, field, row.previous[field]]).toEqual([
          row.unit.name,
          field,
          sum(
            parts.map((p) => p.previous),
            field,
          ),
        ]);
      }
    }
    expect(
      sum(
        grouped.rows.map((r) => r.kpi),
        'receivedTotal',
      ),
    ).toBe(
      sum(
        plain.rows.map((r) => r.kpi),
        'receivedTotal',
      ),
    );
  });

  it('compares 2025 H2 (new wards) with H1 (their predecessors) on the same rows', async () => {
    const [h1, h2] = await Promise.all([
      compare({ parentCode: '766', period: H1_2025, group: true }),
      compare({ unitCodes: NEW_WARDS, period: H2_2025, group: true }),
    ]);
    expect(h2.previousPeriod).toEqual(H1_2025);
    expect(h2.rows.map((r) => r.unit.id).sort()).toEqual(h1.rows.map((r) => r.unit.id).sort());
    for (const row of h2.rows) {
      const before = h1.rows.find((r) => r.unit.id === row.unit.id)!;
      expect(row.members).toEqual(before.members);
      expect(counts(row.previous)).toEqual(counts(before.kpi));
      expect(row.previousRank).toBe(before.rank);
      // What the old wards left pending on 30 June is what the row carries into July.
      expect(row.kpi.carriedOver).toBe(before.kpi.pending);
    }
  });

  it('without grouping, a new ward has nothing before it existed', async () => {
    const { rows } = await compare({ unitCodes: NEW_WARDS, period: H2_2025 });
    expect(rows).toHaveLength(6);
    for (const row of rows)
      expect(row).toMatchObject({
        members: [],
        previous: { receivedTotal: 0, resolved: 0, onTimeRate: null },
        previousRank: null,
        rankChange: null,
        kpi: { carriedOver: 0 },
      });
  });

  it("counts in the successor's row what the old wards resolved after the merger", async () => {
    const [grouped, own] = await Promise.all([
      compare({ unitCodes: NEW_WARDS, period: H2_2025, group: true }),
      kpis({ unitCodes: NEW_WARDS }, H2_2025),
    ]);
    expect(
      sum(
        grouped.rows.map((r) => r.kpi),
        'resolved',
      ),
    ).toBeGreaterThan(own[0].resolved as number);
    expect(
      sum(
        grouped.rows.map((r) => r.kpi),
        'pending',
      ),
    ).toBe(own[0].pending);
  });

  it('counts every dossier once across the merger: the abolished district keeps its own desk, its wards go to their successors', async () => {
    const across = { from: '2025-06-30', to: '2025-07-31' };
    const [grouped, [city]] = await Promise.all([
      compare({ parentCode: '79', period: across, group: true }),
      kpis({ unitCodes: ['79'] }, across),
    ]);
    expect(grouped.rows.map((r) => r.unit.code).sort()).toEqual(['766', ...NEW_WARDS].sort());
    expect(grouped.rows.find((r) => r.unit.code === '766')!.members).toEqual([]);
    for (const field of COUNT_FIELDS)
      expect([
        field,
        sum(
          grouped.rows.map((r) => r.kpi),
          field,
        ),
      ]).toEqual([field, city[field]]);
  });
});

describe('compareUnits: refusals', () => {
  it('needs exactly one of parentCode, unitCodes and scope', async () => {
    await expect(compare({ period: NOV_2021 })).rejects.toThrow(
      'compareUnits needs exactly one of parentCode (its child units), unitCodes (those units) or scope (its units, each by its own desk); got none',
    );
    await expect(compare({ parentCode: '766', unitCodes: ['26977'], period: NOV_2021 })).rejects.toThrow('got parentCode and unitCodes');
    await expect(compare({ parentCode: '766', scope: { unitCodes: ['766'] }, period: NOV_2021 })).rejects.toThrow(
      'got parentCode and scope',
    );
    await expect(compare({ unitCodes: [], period: NOV_2021 })).rejects.toThrow('unitCodes must name at least one unit');
    await expect(compare({ scope: { unitCodes: ['766'] }, period: NOV_2021, group: true })).rejects.toThrow(
      'groupBySuccessor needs parentCode or unitCodes',
    );
  });

  it('lists the valid keys when the metric is unknown', async () => {
    await expect(compare({ parentCode: '766', period: NOV_2021, metric: 'speed' })).rejects.toThrow(
      'metric "speed" is not in the catalogue; valid keys: receivedTotal, receivedOnline, receivedInPerson, carriedOver, received, resolved, early, onTime, overdue',
    );
  });

  it('names a parent that did not exist during the period, or has nothing under it', async () => {
    await expect(compare({ parentCode: '766', period: H2_2025 })).rejects.toThrow(
      'Unit 766 did not exist between 2025-07-01 and 2025-12-31',
    );
    await expect(compare({ parentCode: '26977', period: NOV_2021 })).rejects.toThrow(
      'parentCode 26977 had no units under it between 2021-11-01 and 2021-11-30',
    );
    await expect(compare({ parentCode: '999', period: NOV_2021 })).rejects.toThrow('Unknown unit code: 999');
  });
});
