import { rankLists, rankPlaces, toChannelRows, toTrendPoints } from './overview-series';

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
  // As compareUnits ranks them: rank from the top, rankFromBottom from the worst end, ties sharing a place.
  const row = (name: string, rank: number | null, rankFromBottom: number | null) => ({ name, rank, rankFromBottom });

  it('lists ranks 1–3 on top and the three worst at the bottom, worst first, leaving out unranked units', () => {
    const rows = [
      row('Phường 4', 1, 7),
      row('Phường 1', 2, 6),
      row('Phường 5', 3, 5),
      row('Phường 7', 4, 4),
      row('Phường 6', 5, 3),
      row('Phường 2', 6, 2),
      row('Phường 8', 7, 1),
      row('Phường 3', null, null),
    ];
    const { top, bottom } = rankLists(rows);
    expect(top.map((r) => r.name)).toEqual(['Phường 4', 'Phường 1', 'Phường 5']);
    expect(bottom.map((r) => r.name)).toEqual(['Phường 8', 'Phường 2', 'Phường 6']);
  });

  it('keeps every unit tied within the places, so a list may hold more than three', () => {
    const rows = [
      row('Phường 1', 1, 6),
      row('Phường 2', 2, 5),
      row('Phường 3', 3, 2),
      row('Phường 4', 3, 2),
      row('Phường 5', 3, 2),
      row('Phường 6', 6, 1),
    ];
    // Phường 6 is alone at the bottom; those tied at rank 3 are on top and not repeated there.
    const { top, bottom } = rankLists(rows);
    expect(top.map((r) => r.name)).toEqual(['Phường 1', 'Phường 2', 'Phường 3', 'Phường 4', 'Phường 5']);
    expect(bottom.map((r) => r.name)).toEqual(['Phường 6']);
  });

  it('never lists a unit both on top and at the bottom: all 16 tied at 100% on time are on top', () => {
    const rows = Array.from({ length: 16 }, (_, i) => row(`Phường ${i + 1}`, 1, 1));
    const { top, bottom } = rankLists(rows);
    expect(top).toHaveLength(16);
    expect(bottom).toEqual([]);
  });

  it('orders the bottom worst first whatever order the rows come in', () => {
    const rows = [row('A', 1, 5), row('B', 2, 4), row('C', 3, 3), row('D', 4, 2), row('E', 5, 1)];
    expect(rankLists([...rows].reverse(), 1)).toEqual({ top: [rows[0]], bottom: [rows[4]] });
  });
});

describe('rank places', () => {
  it('puts tied units at one place, in the order given, and leaves out units without a rank', () => {
    const rows = [
      { name: 'Phường 1', rank: 1 },
      { name: 'Phường 2', rank: 1 },
      { name: 'Phường 3', rank: 3 },
      { name: 'Phường 4', rank: null },
    ];
    expect(rankPlaces(rows, (r) => r.rank).map((p) => [p.place, p.rows.map((r) => r.name)])).toEqual([
      [1, ['Phường 1', 'Phường 2']],
      [3, ['Phường 3']],
    ]);
  });

  it('gives one place for 16 desks tied at 100% on time (Tân Bình, Nov 2021)', () => {
    const desks = Array.from({ length: 16 }, (_, i) => ({ name: `Đơn vị ${i + 1}`, rank: 1 }));
    const places = rankPlaces(desks, (r) => r.rank);
    expect(places).toHaveLength(1);
    expect(places[0].rows).toHaveLength(16);
  });
});
