import { successorGroups, type SuccessionLink, type UnitRef } from './unit-grouping';

// Ids as in a database: old wards 1–15 (ids 1–15), new wards 101–106 reusing old codes, district 50.
const ward = (n: number, code: string): UnitRef => ({ id: n, code });
const W1 = ward(1, '26977'),
  W2 = ward(2, '26965'),
  W3 = ward(3, '26980');
const W13 = ward(13, '26974'),
  W14 = ward(14, '27004'),
  W15 = ward(15, '27007');
const TAN_SON_HOA = ward(101, '26977'),
  TAN_BINH = ward(105, '27004'),
  TAN_SON = ward(106, '27007');
const DISTRICT = ward(50, '766');
const whole = (p: UnitRef, s: UnitRef): SuccessionLink => ({ predecessor: p, successor: s, share: 'WHOLE' });
const part = (p: UnitRef, s: UnitRef): SuccessionLink => ({ predecessor: p, successor: s, share: 'PART' });
const LINKS: SuccessionLink[] = [
  whole(W1, TAN_SON_HOA),
  whole(W2, TAN_SON_HOA),
  whole(W3, TAN_SON_HOA),
  whole(W13, TAN_BINH),
  whole(W14, TAN_BINH),
  part(W15, TAN_BINH),
  part(W15, TAN_SON),
  part(DISTRICT, TAN_SON_HOA),
  part(DISTRICT, TAN_BINH),
  part(DISTRICT, TAN_SON),
];

describe('grouping units by successor', () => {
  it('puts merged wards into the ward that took them over, in order of first appearance', () => {
    expect(successorGroups([1, 2, 3, 13, 14], LINKS)).toEqual([
      { unitId: 101, memberIds: [1, 2, 3], splitMemberIds: [] },
      { unitId: 105, memberIds: [13, 14], splitMemberIds: [] },
    ]);
  });

  it('counts a split ward whole in the successor that kept its code, and not in the other', () => {
    const groups = successorGroups([13, 15], LINKS);
    expect(groups).toEqual([
      { unitId: 105, memberIds: [13, 14], splitMemberIds: [] },
      { unitId: 106, memberIds: [15], splitMemberIds: [15] },
    ]);
  });

  it('gives a successor listed after the merger the same members as its predecessors before it', () => {
    expect(successorGroups([101, 105, 106], LINKS)).toEqual(successorGroups([1, 13, 15], LINKS));
  });

  it('keeps a unit split with no successor keeping its code (the abolished district) as a row of its own', () => {
    expect(successorGroups([50, 1], LINKS)).toEqual([
      { unitId: 50, memberIds: [], splitMemberIds: [] },
      { unitId: 101, memberIds: [1, 2, 3], splitMemberIds: [] },
    ]);
  });

  it('follows chains of mergers to the latest successor and survives a cycle in bad data', () => {
    const later = ward(200, '99999');
    const chain = [...LINKS, whole(TAN_SON_HOA, later)];
    expect(successorGroups([1], chain)).toEqual([{ unitId: 200, memberIds: [1, 2, 3, 101], splitMemberIds: [] }]);
    const cycle = [whole(ward(7, 'a'), ward(8, 'b')), whole(ward(8, 'b'), ward(7, 'a'))];
    expect(successorGroups([7], cycle)).toHaveLength(1);
  });

  it('leaves units without successors as they are', () => {
    expect(successorGroups([300, 301], LINKS)).toEqual([
      { unitId: 300, memberIds: [], splitMemberIds: [] },
      { unitId: 301, memberIds: [], splitMemberIds: [] },
    ]);
  });
});
