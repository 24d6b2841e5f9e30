import type { TrendSeries } from './trend-chart';
import { legendOrder } from './trend-legend';

const series = (label: string): TrendSeries => ({ key: label, label, kind: 'bar', axis: 'count', colour: '#000' });

describe('trend chart legend', () => {
  it('lists series by name in the reader’s language, Vietnamese letters in their own order', () => {
    const labels = legendOrder([series('Đúng hạn'), series('Trước hạn'), series('Quá hạn'), series('Dịch vụ công')], false, 'vi');
    expect(labels.map((s) => s.label)).toEqual(['Dịch vụ công', 'Đúng hạn', 'Quá hạn', 'Trước hạn']);
  });

  it('keeps the series’ own order when it means something (rating levels best to worst)', () => {
    const levels = [series('Rất hài lòng'), series('Hài lòng'), series('Không hài lòng')];
    expect(legendOrder(levels, true, 'vi')).toEqual(levels);
  });
});
