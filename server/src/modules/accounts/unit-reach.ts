import { childIndex, type UnitNode } from '../units/unit-tree';

/** A unit that took over (part of) another, e.g. the 2025 wards. */
export interface SuccessionLink {
  predecessorId: number;
  successorId: number;
}

/**
 * The units an account bound to `rootId` reaches: the root, every unit under it at any depth, and
 * every unit that took over only units already in reach — the wards that replaced a district's
 * wards in 2025 sit directly under the province, yet their figures continue the district's — with
 * everything under those. A successor that also took over a unit outside the reach stays out: its
 * figures would mix in the other unit's.
 */
export function unitReach(rootId: number, units: readonly UnitNode[], successions: readonly SuccessionLink[]): Set<number> {
  const children = childIndex(units);
  const predecessors = new Map<number, number[]>();
  const successors = new Map<number, number[]>();
  for (const s of successions) {
    predecessors.set(s.successorId, [...(predecessors.get(s.successorId) ?? []), s.predecessorId]);
    successors.set(s.predecessorId, [...(successors.get(s.predecessorId) ?? []), s.successorId]);
  }
  const reach = new Set<number>();
  const queue = [rootId];
  while (queue.length) {
    const id = queue.pop()!;
    if (reach.has(id)) continue;
    reach.add(id);
    queue.push(...(children.get(id) ?? []));
    // A successor joins once the last of its predecessors is in; its other predecessors may come later.
    for (const next of successors.get(id) ?? []) {
      if (!reach.has(next) && predecessors.get(next)!.every((p) => reach.has(p))) queue.push(next);
    }
  }
  return reach;
}
