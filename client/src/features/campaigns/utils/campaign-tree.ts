/** What the tree needs of a campaign. */
export interface TreeCampaign {
  code: string;
  startsOn: string;
  endsOn: string;
  parent?: { code: string } | null;
}

export interface CampaignNode<T> {
  campaign: T;
  /** False for a campaign shown only because one listed is part of it (the city's yearly theme). */
  listed: boolean;
  children: CampaignNode<T>[];
}

/** Earlier first; on the same start day the longer one first (the month before the week inside it). */
const byTime = (a: TreeCampaign, b: TreeCampaign) =>
  a.startsOn.localeCompare(b.startsOn) || b.endsOn.localeCompare(a.endsOn) || a.code.localeCompare(b.code);

/**
 * The campaigns a unit organised or enrolled in, nested as they are part of each other (the same-day week
 * inside the peak month inside the yearly theme). `context` holds campaigns the listed ones are part of,
 * shown as the frame around them even when the unit had no part in them.
 */
export function toCampaignTree<T extends TreeCampaign>(
  listed: readonly T[],
  context: readonly (T | null | undefined)[] = [],
): CampaignNode<T>[] {
  const nodes = new Map<string, CampaignNode<T>>();
  for (const c of listed) if (!nodes.has(c.code)) nodes.set(c.code, { campaign: c, listed: true, children: [] });
  for (const c of context) if (c && !nodes.has(c.code)) nodes.set(c.code, { campaign: c, listed: false, children: [] });
  const roots: CampaignNode<T>[] = [];
  for (const node of nodes.values()) {
    const parent = node.campaign.parent ? nodes.get(node.campaign.parent.code) : undefined;
    // A parent chain that loops back would hide the whole loop: such a campaign stays a root.
    if (parent && !isAncestor(node, parent, nodes)) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: CampaignNode<T>[]) => {
    list.sort((a, b) => byTime(a.campaign, b.campaign));
    list.forEach((n) => sort(n.children));
    return list;
  };
  return sort(roots);
}

function isAncestor<T extends TreeCampaign>(node: CampaignNode<T>, of: CampaignNode<T>, nodes: Map<string, CampaignNode<T>>): boolean {
  const seen = new Set<string>();
  for (let at: CampaignNode<T> | undefined = of; at && !seen.has(at.campaign.code);) {
    if (at === node) return true;
    seen.add(at.campaign.code);
    at = at.campaign.parent ? nodes.get(at.campaign.parent.code) : undefined;
  }
  return false;
}
