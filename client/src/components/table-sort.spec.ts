import { nextSort, readSortParam, sortParamOf, sortRows, type SortableColumn } from './table-sort';

interface Ward {
  name: string;
  received: number | null;
}

const columns: SortableColumn<Ward>[] = [
  { id: 'name', value: (w) => w.name, kind: 'text' },
  { id: 'received', value: (w) => w.received, kind: 'count' },
];
const wards: Ward[] = [
  { name: 'Phường 2', received: 3_120 },
  { name: 'Phường 10', received: null },
  { name: 'Phường 1', received: 4_410 },
  { name: 'Phường Tân Sơn', received: 3_120 },
  { name: 'Phường 12', received: 980 },
];
const names = (rows: Ward[]) => rows.map((w) => w.name);

describe('table sort', () => {
  it('sorts counts largest first on the first click, smallest first on the second, as passed on the third', () => {
    const first = nextSort(null, columns[1]);
    expect(first).toEqual({ id: 'received', desc: true });
    const second = nextSort(first, columns[1]);
    expect(second).toEqual({ id: 'received', desc: false });
    expect(nextSort(second, columns[1])).toBeNull();
  });

  it('sorts text A→Z first and starts over on another column', () => {
    expect(nextSort(null, columns[0])).toEqual({ id: 'name', desc: false });
    expect(nextSort({ id: 'received', desc: false }, columns[0])).toEqual({ id: 'name', desc: false });
  });

  it('orders ward names by their numbers, not character by character', () => {
    expect(names(sortRows(wards, columns, { id: 'name', desc: false }, 'vi'))).toEqual([
      'Phường 1',
      'Phường 2',
      'Phường 10',
      'Phường 12',
      'Phường Tân Sơn',
    ]);
  });

  it('puts a missing figure last in both directions and keeps ties in their order', () => {
    expect(names(sortRows(wards, columns, { id: 'received', desc: true }, 'vi'))).toEqual([
      'Phường 1',
      'Phường 2',
      'Phường Tân Sơn',
      'Phường 12',
      'Phường 10',
    ]);
    expect(names(sortRows(wards, columns, { id: 'received', desc: false }, 'vi'))).toEqual([
      'Phường 12',
      'Phường 2',
      'Phường Tân Sơn',
      'Phường 1',
      'Phường 10',
    ]);
  });

  it('leaves the rows as passed without a sort or for a column the table does not have', () => {
    expect(names(sortRows(wards, columns, null, 'vi'))).toEqual(names(wards));
    expect(names(sortRows(wards, columns, { id: 'gone', desc: true }, 'vi'))).toEqual(names(wards));
  });
});

describe('a sort in the URL', () => {
  it('writes a descending sort with a leading "-" and reads it back', () => {
    expect(sortParamOf({ id: 'received', desc: true })).toBe('-received');
    expect(sortParamOf({ id: 'name', desc: false })).toBe('name');
    expect(sortParamOf(null)).toBeUndefined();
    expect(readSortParam('-received', ['name', 'received'])).toEqual({ id: 'received', desc: true });
    expect(readSortParam('name', ['name', 'received'])).toEqual({ id: 'name', desc: false });
  });

  it('reads a column the table does not have, or nothing, as no sort', () => {
    expect(readSortParam('-rank', ['name', 'received'])).toBeNull();
    expect(readSortParam(null, ['name'])).toBeNull();
    expect(readSortParam('', ['name'])).toBeNull();
  });
});
