import { decodeCursor, DossierFigure, encodeCursor, figureCondition, pageSize } from './dossier-list';

describe('dossier list page size', () => {
  it('takes 1 to 500 rows', () => {
    expect(pageSize(1)).toBe(1);
    expect(pageSize(500)).toBe(500);
  });

  it('refuses more than 500, fewer than 1 and fractions, naming the value', () => {
    expect(() => pageSize(1_000_000)).toThrow('first may be at most 500, got 1000000');
    expect(() => pageSize(0)).toThrow('first must be a whole number of at least 1, got 0');
    expect(() => pageSize(-5)).toThrow('first must be a whole number of at least 1, got -5');
    expect(() => pageSize(2.5)).toThrow('first must be a whole number of at least 1, got 2.5');
  });
});

describe('dossier list cursor', () => {
  it('gives back the exact position it encodes, microseconds included', () => {
    const cursor = { receivedAt: '2021-11-15T01:02:03.123456', id: '987654321' };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it('refuses text it did not give out, a tampered date and an id too long for a bigint', () => {
    const message = 'after must be a cursor given out by this list (pageInfo.endCursor)';
    expect(() => decodeCursor('hello')).toThrow(`${message}, got "hello"`);
    expect(() => decodeCursor(Buffer.from('d1|2021-02-30T00:00:00.000000|5').toString('base64url'))).toThrow(message);
    expect(() => decodeCursor(Buffer.from('d1|2021-02-03T24:00:00.000000|5').toString('base64url'))).toThrow(message);
    expect(() => decodeCursor(Buffer.from(`d1|2021-02-03T00:00:00.000000|${'9'.repeat(19)}`).toString('base64url'))).toThrow(message);
    expect(() => decodeCursor('x'.repeat(200))).toThrow(`${message}, got "${'x'.repeat(60)}…"`);
  });
});

describe('figure conditions', () => {
  const used: string[] = [];
  const params = {
    from: () => (used.push('from'), '$2'),
    to: () => (used.push('to'), '$3'),
  };

  it('counts a dossier finished on its receipt day in the period as same-day, like the rollups', () => {
    expect(figureCondition(DossierFigure.SAME_DAY, params)).toBe('d.finished_on between $2 and $3 and d.finished_on = d.received_on');
  });

  it('asks for only the period days a figure needs (pending at the end needs no first day)', () => {
    used.length = 0;
    figureCondition(DossierFigure.PENDING_AT_END, params);
    expect(new Set(used)).toEqual(new Set(['to']));
  });

  it('repeats the late condition for overdue-pending so the partial index dossier_late_due applies', () => {
    expect(figureCondition(DossierFigure.PENDING_OVERDUE_AT_END, params)).toContain(
      '(d.finished_on is null or d.finished_on > d.due_date)',
    );
  });
});
