import type { UnitNode } from '../units/unit-tree';
import { unitReach, type SuccessionLink } from './unit-reach';

// Province 1 > district 2 > wards 3, 4, 5; district 6 > ward 7. In 2025 wards 8 (from 3 and 4), 9 (from 5
// and 7, across districts) and 10 (from 4, in part) appear directly under the province; 11 sits under 8.
const UNITS: UnitNode[] = [
  { id: 1, parentId: null },
  { id: 2, parentId: 1 },
  { id: 3, parentId: 2 },
  { id: 4, parentId: 2 },
  { id: 5, parentId: 2 },
  { id: 6, parentId: 1 },
  { id: 7, parentId: 6 },
  { id: 8, parentId: 1 },
  { id: 9, parentId: 1 },
  { id: 10, parentId: 1 },
  { id: 11, parentId: 8 },
];
const LINKS: SuccessionLink[] = [
  { predecessorId: 3, successorId: 8 },
  { predecessorId: 4, successorId: 8 },
  { predecessorId: 5, successorId: 9 },
  { predecessorId: 7, successorId: 9 },
  { predecessorId: 4, successorId: 10 },
  { predecessorId: 2, successorId: 10 },
];
const sorted = (s: Set<number>) => [...s].sort((a, b) => a - b);

describe('unitReach', () => {
  it('reaches a province with everything in it', () => {
    expect(sorted(unitReach(1, UNITS, LINKS))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('reaches a district, its wards and the successors made only of its units, with what is under them', () => {
    expect(sorted(unitReach(2, UNITS, LINKS))).toEqual([2, 3, 4, 5, 8, 10, 11]);
  });

  it('leaves out a successor that also took over a unit of another district', () => {
    expect(unitReach(2, UNITS, LINKS).has(9)).toBe(false);
    expect(unitReach(6, UNITS, LINKS).has(9)).toBe(false);
  });

  it('reaches a ward alone when no successor is made of it only', () => {
    expect(sorted(unitReach(3, UNITS, LINKS))).toEqual([3]);
    expect(sorted(unitReach(7, UNITS, LINKS))).toEqual([7]);
  });

  it('never reaches the parent of its root', () => {
    expect(unitReach(8, UNITS, LINKS).has(1)).toBe(false);
    expect(sorted(unitReach(8, UNITS, LINKS))).toEqual([8, 11]);
  });
});
