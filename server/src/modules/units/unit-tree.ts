/** A unit as the tree needs it: its place under its parent. */
export interface UnitNode {
  id: number;
  parentId: number | null;
}

/** Each unit's children, by the parent's id. */
export function childIndex(units: Iterable<UnitNode>): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const u of units) {
    if (u.parentId === null) continue;
    const list = children.get(u.parentId);
    if (list) list.push(u.id);
    else children.set(u.parentId, [u.id]);
  }
  return children;
}
