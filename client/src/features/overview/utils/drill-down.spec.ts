import { appendPage, drillScope, METRIC_FIGURES, metricOfFigure, readDrill } from './drill-down';

describe('readDrill', () => {
  it('reads a figure and a unit from a copied link', () => {
    expect(readDrill(new URLSearchParams('unit=766&drill=PENDING_OVERDUE_AT_END&drillUnit=27007'))).toEqual({
      figure: 'PENDING_OVERDUE_AT_END',
      unitCode: '27007',
    });
  });
  it('reads a figure without a unit as the whole selected unit', () => {
    expect(readDrill(new URLSearchParams('drill=OVERDUE'))).toEqual({ figure: 'OVERDUE' });
  });
  it('opens nothing for a missing or unknown figure', () => {
    expect(readDrill(new URLSearchParams('unit=766'))).toBeNull();
    expect(readDrill(new URLSearchParams('drill=pendingOverdue&drillUnit=27007'))).toBeNull();
  });
  it('ignores a unit code that is not a code', () => {
    expect(readDrill(new URLSearchParams('drill=OVERDUE&drillUnit=%3Cscript%3E'))).toEqual({ figure: 'OVERDUE' });
  });
});

describe('figures and metrics', () => {
  it('maps the cards’ overdue metrics to their Form 06 columns and back', () => {
    expect(METRIC_FIGURES.overdue).toBe('OVERDUE');
    expect(METRIC_FIGURES.pendingOverdue).toBe('PENDING_OVERDUE_AT_END');
    expect(metricOfFigure('PENDING_OVERDUE_AT_END')).toBe('pendingOverdue');
    expect(metricOfFigure('RECEIVED_TOTAL')).toBe('receivedTotal');
  });
});

describe('drillScope', () => {
  it('lists a table row’s own desk only, as the row counts it', () => {
    expect(drillScope({ figure: 'OVERDUE', unitCode: '27007' }, '766')).toEqual({ unitCodes: ['27007'], includeDescendants: false });
  });
  it('lists a card’s figure over the selected unit and the units under it', () => {
    expect(drillScope({ figure: 'OVERDUE' }, '766')).toEqual({ unitCodes: ['766'], includeDescendants: true });
  });
});

describe('appendPage', () => {
  const page = (ids: string[], endCursor: string | null, hasNextPage: boolean) => ({
    totalCount: 3,
    pageInfo: { endCursor, hasNextPage },
    nodes: ids.map((id) => ({ id })),
  });
  it('appends the next page and takes its cursor', () => {
    const merged = appendPage(page(['1', '2'], 'c2', true), page(['3'], 'c3', false));
    expect(merged.nodes.map((n) => n.id)).toEqual(['1', '2', '3']);
    expect(merged.pageInfo).toEqual({ endCursor: 'c3', hasNextPage: false });
  });
  it('drops a dossier already loaded instead of listing it twice', () => {
    expect(appendPage(page(['1', '2'], 'c2', true), page(['2', '3'], 'c3', false)).nodes.map((n) => n.id)).toEqual(['1', '2', '3']);
  });
});
