/** A unit as the succession map knows it: codes matter because the 2025 reform reused them. */
export interface UnitRef {
  id: number;
  code: string;
}

/** Predecessor → successor (unit_succession); PART when the predecessor was split. */
export interface SuccessionLink {
  predecessor: UnitRef;
  successor: UnitRef;
  share: 'WHOLE' | 'PART';
}

/** One row of a comparison grouped by successor: the unit, and the predecessors whose figures it sums. */
export interface UnitGroup {
  unitId: number;
  /** Predecessors (at any depth of the succession chain) counted in this row, by id. */
  memberIds: number[];
  /** Members that were split between several successors and are counted here whole. */
  splitMemberIds: number[];
}

/**
 * The successor a unit's figures go to: its only successor, or — when it was split — the successor
 * that kept its code (Tân Bình's Ward 15 → Phường Tân Sơn, code 27007). A unit split with no
 * successor keeping its code (the abolished district, spread over six wards) has none: dossiers
 * carry no address to apportion it by.
 */
function primarySuccessor(unit: UnitRef, links: SuccessionLink[]): { id: number; split: boolean } | null {
  if (links.length === 1) return { id: links[0].successor.id, split: links[0].share === 'PART' };
  const keeping = links.filter((l) => l.successor.code === unit.code);
  return keeping.length === 1 ? { id: keeping[0].successor.id, split: true } : null;
}

/**
 * Groups units into the latest successor that took them over, so that periods before and after a
 * merger compare on the same rows. Each unit becomes its final successor (following chains of
 * mergers), or stays itself when it has none; a row then sums the successor and every predecessor
 * that ends in it — listed or not — so the row covers the same territory in every period. Rows keep
 * the order in which they first appear.
 */
export function successorGroups(unitIds: readonly number[], links: readonly SuccessionLink[]): UnitGroup[] {
  const outgoing = new Map<number, SuccessionLink[]>();
  for (const link of links) {
    const list = outgoing.get(link.predecessor.id) ?? [];
    list.push(link);
    outgoing.set(link.predecessor.id, list);
  }
  const primary = new Map<number, { id: number; split: boolean }>();
  for (const list of outgoing.values()) {
    const next = primarySuccessor(list[0].predecessor, list);
    if (next) primary.set(list[0].predecessor.id, next);
  }
  const finalOf = (id: number): number => {
    const seen = new Set([id]);
    for (let next = primary.get(id); next && !seen.has(next.id); next = primary.get(next.id)) {
      id = next.id;
      seen.add(id);
    }
    return id;
  };

  const groups = new Map<number, UnitGroup>();
  for (const id of unitIds) {
    const key = finalOf(id);
    if (!groups.has(key)) groups.set(key, { unitId: key, memberIds: [], splitMemberIds: [] });
  }
  for (const [id, next] of primary) {
    const group = groups.get(finalOf(id));
    if (!group || group.unitId === id) continue;
    group.memberIds.push(id);
    if (next.split) group.splitMemberIds.push(id);
  }
  for (const group of groups.values()) {
    group.memberIds.sort((a, b) => a - b);
    group.splitMemberIds.sort((a, b) => a - b);
  }
  return [...groups.values()];
}
