import { carriedSearch, DEFAULT_VIEW, readChoice, readView, writeParams } from './url-state';

describe('view in the URL', () => {
  it('restores unit, period and metric from a copied link', () => {
    const { view, complete } = readView(new URLSearchParams('unit=27004&from=2025-07-01&to=2025-09-30&metric=sameDayRate'));
    expect(view).toEqual({ unit: '27004', from: '2025-07-01', to: '2025-09-30', metric: 'sameDayRate' });
    expect(complete).toBe(true);
  });

  it('opens Tân Bình in November 2021 when the link says nothing', () => {
    const { view, complete } = readView(new URLSearchParams(''));
    expect(view).toEqual(DEFAULT_VIEW);
    expect(complete).toBe(false);
  });

  it('falls back to the default period when from is after to or a day does not exist', () => {
    expect(readView(new URLSearchParams('unit=766&from=2021-12-01&to=2021-11-30')).view.from).toBe('2021-11-01');
    expect(readView(new URLSearchParams('unit=766&from=2021-02-30&to=2021-03-31')).view.to).toBe('2021-11-30');
  });

  it('ignores a unit code with characters no official code has', () => {
    expect(readView(new URLSearchParams('unit=<script>')).view.unit).toBe('766');
  });

  it('writes a patch, removes emptied values and keeps the rest', () => {
    const next = writeParams(new URLSearchParams('unit=766&from=2021-11-01&to=2021-11-30&lang=en'), {
      from: '2021-10-01',
      to: '2021-10-31',
      metric: undefined,
      lang: '',
    });
    expect(next.toString()).toBe('unit=766&from=2021-10-01&to=2021-10-31');
  });

  it('carries unit, period and language to another page but not page-specific filters', () => {
    expect(carriedSearch(new URLSearchParams('unit=766&from=2021-11-01&to=2021-11-30&status=MISMATCH&lang=en'))).toBe(
      '?unit=766&from=2021-11-01&to=2021-11-30&lang=en',
    );
    expect(carriedSearch(new URLSearchParams(''))).toBe('');
  });

  it('reads a closed choice and refuses anything else', () => {
    expect(readChoice(new URLSearchParams('status=MISMATCH'), 'status', ['ALL', 'MISMATCH'] as const, 'ALL')).toBe('MISMATCH');
    expect(readChoice(new URLSearchParams('status=DROP'), 'status', ['ALL', 'MISMATCH'] as const, 'ALL')).toBe('ALL');
  });
});
