import { rankUnits, toChannelRows, toTrendPoints } from './overview-series';

describe('trend points', () => {
  it('puts months in time order, labelled MM/yyyy, keeping missing rates as gaps', () => {
    const points = toTrendPoints([
      { periodStart: '2021-11-01', received: 44478, onTimeRate: 1, sameDayRate: 0.6057 },
      { periodStart: '2021-10-01', received: 21958, onTimeRate: 0.9799, sameDayRate: null },
    ]);
    expect(points.map((p) => [p.label, p.received, p.sameDayRate])).toEqual([
      ['10/2021', 21958, null],
      ['11/2021', 44478, 0.6057],
    ]);
  });
});

describe('channel rows', () => {
  it('lists in person, online and post in that order, with an empty row for a channel without dossiers', () => {
    const rows = toChannelRows(
      [
        { channel: 'ONLINE', received: 4086 },
        { channel: 'DIRECT', received: 39760 },
      ],
      (channel) => ({ channel, received: 0 }),
    );
    expect(rows).toEqual([
      { channel: 'DIRECT', received: 39760 },
      { channel: 'ONLINE', received: 4086 },
      { channel: 'POSTAL', received: 0 },
    ]);
  });
});

describe('unit ranking', () => {
  const rows = [
    { name: 'Phường 1', rate: 0.99 },
    { name: 'Phường 2', rate: 0.95 },
    { name: 'Phường 3', rate: null },
    { name: 'Phường 4', rate: 1 },
    { name: 'Phường 5', rate: 0.97 },
  ];

  it('ranks the highest first and the lowest first, leaving out units without a rate', () => {
    const { top, bottom } = rankUnits(rows, (r) => r.rate, false, 2);
    expect(top.map((r) => r.name)).toEqual(['Phường 4', 'Phường 1']);
    expect(bottom.map((r) => r.name)).toEqual(['Phường 2', 'Phường 5']);
  });

  it('puts the lowest first on top when lower is better (overdue)', () => {
    expect(rankUnits(rows, (r) => r.rate, true, 1).top.map((r) => r.name)).toEqual(['Phường 2']);
  });

  it('never lists a unit both on top and at the bottom', () => {
    const { top, bottom } = rankUnits(rows.slice(0, 2), (r) => r.rate, false, 3);
    expect(top.map((r) => r.name)).toEqual(['Phường 1', 'Phường 2']);
    expect(bottom).toEqual([]);
  });
});
