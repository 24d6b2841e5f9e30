/** What the overview's drill-down list reads from the URL and how its pages join. No figure is recomputed. */

/** The catalogue's count metrics and the dossier figure (Form 06 column) that lists their dossiers. */
export const METRIC_FIGURES = {
  receivedTotal: 'RECEIVED_TOTAL',
  received: 'RECEIVED',
  carriedOver: 'CARRIED_OVER',
  resolved: 'RESOLVED',
  early: 'EARLY',
  onTime: 'ON_TIME',
  overdue: 'OVERDUE',
  pending: 'PENDING_AT_END',
  pendingWithinDeadline: 'PENDING_WITHIN_DEADLINE_AT_END',
  pendingOverdue: 'PENDING_OVERDUE_AT_END',
  sameDay: 'SAME_DAY',
} as const;

export type DrillMetric = keyof typeof METRIC_FIGURES;
export type DrillFigure = (typeof METRIC_FIGURES)[DrillMetric];

const FIGURES = Object.values(METRIC_FIGURES) as string[];

/** The catalogue metric whose figure a dossier list stands behind (its name titles the list). */
export function metricOfFigure(figure: DrillFigure): DrillMetric {
  return (Object.keys(METRIC_FIGURES) as DrillMetric[]).find((m) => METRIC_FIGURES[m] === figure)!;
}

export interface Drill {
  figure: DrillFigure;
  /** A unit's own desk (a row of the units table); absent: the selected unit with the units under it (a card). */
  unitCode?: string;
}

const UNIT_CODE = /^[0-9A-Za-z_.-]{1,32}$/;

/** `?drill=PENDING_OVERDUE_AT_END&drillUnit=27007` as a drill-down; null when absent or not a known figure. */
export function readDrill(params: URLSearchParams): Drill | null {
  const figure = params.get('drill');
  if (!figure || !FIGURES.includes(figure)) return null;
  const unit = params.get('drillUnit');
  return { figure: figure as DrillFigure, ...(unit && UNIT_CODE.test(unit) ? { unitCode: unit } : {}) };
}

/** The scope a drill-down lists: a unit's own desk, or the selected unit with everything under it. */
export function drillScope(drill: Drill, selectedUnit: string): { unitCodes: string[]; includeDescendants: boolean } {
  return drill.unitCode
    ? { unitCodes: [drill.unitCode], includeDescendants: false }
    : { unitCodes: [selectedUnit], includeDescendants: true };
}

/** The next page appended to those already loaded (keyset pages never overlap; a repeated id is dropped). */
export function appendPage<P extends { nodes: readonly { id: string }[] }>(loaded: P, next: P): P {
  const seen = new Set(loaded.nodes.map((n) => n.id));
  return { ...next, nodes: [...loaded.nodes, ...next.nodes.filter((n) => !seen.has(n.id))] };
}

/** The drill-down list's URL key (?sort-drill=): cleared when the list closes or another opens. */
export const DRILL_TABLE = 'drill';
