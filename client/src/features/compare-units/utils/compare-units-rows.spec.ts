import {
  KPI_KEYS,
  MAX_PICKS,
  rankMove,
  readPicks,
  readSort,
  sortParams,
  toMetricBars,
  toRankingRows,
  toSideBySide,
  togglePick,
  type ApiComparisonRow,
} from './compare-units-rows';

// Tân Bình's wards in November 2021 as compareUnits gives them (ranked by on-time rate).
const api = (code: string, name: string, over: Partial<ApiComparisonRow> = {}): ApiComparisonRow => ({
  unit: { code, name, nameEn: name.replace('Phường', 'Ward') },
  members: [],
  splitMembers: [],
  value: 1,
  previousValue: 0.97,
  rank: 1,
  previousRank: 14,
  rankChange: 13,
  trafficLight: 'GREEN',
  targetStatus: [
    {
      code: 'tan-binh-2021-11-no-overdue',
      metric: 'overdue',
      comparator: 'AT_MOST',
      threshold: 0,
      value: 0,
      status: 'MET',
      basis: 'Peak month',
    },
  ],
  kpi: { receivedTotal: 2246, resolved: 2246, overdue: 0, onTimeRate: 1, satisfactionRate: 0.99 },
  ...over,
});

const ward1 = api('26977', 'Phường 1');
const ward2 = api('26965', 'Phường 2', { previousRank: 2, rankChange: 1, kpi: { receivedTotal: 2839, onTimeRate: 1 } });
const ward15 = api('27007', 'Phường 15', { rank: null, rankChange: null, value: null, kpi: { receivedTotal: 0, onTimeRate: null } });

describe('ranking rows', () => {
  it('keeps the API order and figures, names in the UI language, every KPI present (missing ones null)', () => {
    const rows = toRankingRows([ward1, ward2, ward15], 'en');
    expect(rows.map((r) => r.name)).toEqual(['Ward 1', 'Ward 2', 'Ward 15']);
    expect(rows[1].kpi.receivedTotal).toBe(2839);
    expect(rows[2].kpi.onTimeRate).toBeNull();
    expect(Object.keys(rows[0].kpi)).toEqual([...KPI_KEYS]);
    expect(rows[0].targets[0].status).toBe('MET');
  });

  it('lists the old wards summed into a successor and those split between successors', () => {
    const tanSon = api('27007', 'Phường Tân Sơn', {
      members: [{ code: '27007', name: 'Phường 15', nameEn: null }],
      splitMembers: [{ code: '27007', name: 'Phường 15', nameEn: null }],
    });
    const [row] = toRankingRows([tanSon], 'vi');
    expect(row.members).toEqual(['Phường 15']);
    expect(row.splitMembers).toEqual(['Phường 15']);
  });

  it('treats a traffic light it does not know (a newer server) as grey rather than inventing a colour', () => {
    const newer = 'BLUE' as ApiComparisonRow['trafficLight'];
    expect(toRankingRows([api('1', 'X', { trafficLight: newer })], 'vi')[0].trafficLight).toBe('GREY');
  });
});

describe('rank moves', () => {
  it('reads rankChange 13 (rank 14 → 1) as up 13 and -2 as down 2', () => {
    expect(rankMove({ rank: 1, previousRank: 14, rankChange: 13 })).toEqual({ kind: 'up', steps: 13 });
    expect(rankMove({ rank: 5, previousRank: 3, rankChange: -2 })).toEqual({ kind: 'down', steps: 2 });
    expect(rankMove({ rank: 7, previousRank: 7, rankChange: 0 })).toEqual({ kind: 'same' });
  });

  it('says new when the previous period had no rank, unranked when this one has none', () => {
    expect(rankMove({ rank: 3, previousRank: null, rankChange: null })).toEqual({ kind: 'new' });
    expect(rankMove({ rank: null, previousRank: 2, rankChange: null })).toEqual({ kind: 'unranked' });
  });
});

describe('sort and picks in the URL', () => {
  const ids = ['name', 'rank', 'receivedTotal'];

  it('restores a sort on a known column and ignores an unknown one', () => {
    expect(readSort(new URLSearchParams('sort=-receivedTotal'), ids)).toEqual({ id: 'receivedTotal', desc: true });
    expect(readSort(new URLSearchParams('sort=name'), ids)).toEqual({ id: 'name', desc: false });
    expect(readSort(new URLSearchParams('sort=-dropTable'), ids)).toBeNull();
  });

  it('still opens links copied with the old sort+dir form', () => {
    expect(readSort(new URLSearchParams('sort=receivedTotal&dir=desc'), ids)).toEqual({ id: 'receivedTotal', desc: true });
    expect(readSort(new URLSearchParams('sort=name&dir=asc'), ids)).toEqual({ id: 'name', desc: false });
    expect(readSort(new URLSearchParams('sort=dropTable&dir=desc'), ids)).toBeNull();
  });

  it('writes a sort as every table does, dropping the old dir, and removes it when unsorted', () => {
    expect(sortParams({ id: 'rank', desc: false })).toEqual({ sort: 'rank', dir: undefined });
    expect(sortParams({ id: 'receivedTotal', desc: true })).toEqual({ sort: '-receivedTotal', dir: undefined });
    expect(sortParams(null)).toEqual({ sort: undefined, dir: undefined });
  });

  it('reads distinct, well-formed picks, at most four', () => {
    expect(readPicks(new URLSearchParams('pick=26977,26977,<x>,26965'))).toEqual(['26977', '26965']);
    expect(readPicks(new URLSearchParams('pick=1,2,3,4,5'))).toHaveLength(MAX_PICKS);
  });

  it('toggles a pick on and off and refuses a fifth', () => {
    expect(togglePick(['26977'], '26965')).toEqual(['26977', '26965']);
    expect(togglePick(['26977', '26965'], '26977')).toEqual(['26965']);
    expect(togglePick(['1', '2', '3', '4'], '5')).toEqual(['1', '2', '3', '4']);
  });
});

describe('picked units side by side', () => {
  it('gives one row per metric with the units in pick order, leaving out codes no longer compared', () => {
    const rows = toRankingRows([ward1, ward2], 'vi');
    const { units, rows: side } = toSideBySide(rows, ['26965', '99999', '26977'], ['receivedTotal', 'onTimeRate']);
    expect(units.map((u) => u.name)).toEqual(['Phường 2', 'Phường 1']);
    expect(side).toEqual([
      { metric: 'receivedTotal', values: [2839, 2246] },
      { metric: 'onTimeRate', values: [1, 1] },
    ]);
  });
});

describe('chart bars', () => {
  it('draws the chosen metric per unit, marks picked units and names units without a value instead of drawing 0', () => {
    const rows = toRankingRows([ward1, ward2, ward15], 'vi');
    const { bars, missing } = toMetricBars(rows, 'onTimeRate', ['26965']);
    expect(bars).toEqual([
      { key: '26977', label: 'Phường 1', value: 1, picked: false },
      { key: '26965', label: 'Phường 2', value: 1, picked: true },
    ]);
    expect(missing).toEqual(['Phường 15']);
    expect(toMetricBars(rows, 'receivedTotal', []).bars.map((b) => b.value)).toEqual([2246, 2839, 0]);
  });
});
