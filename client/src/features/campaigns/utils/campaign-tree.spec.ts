import { toCampaignTree, type CampaignNode, type TreeCampaign } from './campaign-tree';

const THEME = { code: 'hcm-2021-urban-government', startsOn: '2021-01-01', endsOn: '2021-12-31', parent: null };
const PEAK = { code: 'tan-binh-2021-11-peak-month', startsOn: '2021-11-01', endsOn: '2021-11-30', parent: { code: THEME.code } };
const MONTH = { code: 'tan-binh-2021-11-same-day-month', startsOn: '2021-11-01', endsOn: '2021-11-30', parent: { code: PEAK.code } };
const WEEK = { code: 'tan-binh-2021-11-same-day-week', startsOn: '2021-11-15', endsOn: '2021-11-20', parent: { code: PEAK.code } };

const shape = (nodes: CampaignNode<TreeCampaign>[]): unknown[] =>
  nodes.map((n) => (n.children.length ? [n.campaign.code, n.listed, shape(n.children)] : [n.campaign.code, n.listed]));

describe('campaign tree', () => {
  it('nests the same-day week inside the peak month inside the city theme, which Tân Bình only appears under', () => {
    expect(shape(toCampaignTree([WEEK, PEAK, MONTH], [THEME, THEME, PEAK]))).toEqual([
      [
        THEME.code,
        false,
        [
          [
            PEAK.code,
            true,
            [
              [MONTH.code, true],
              [WEEK.code, true],
            ],
          ],
        ],
      ],
    ]);
  });

  it('keeps a campaign whose parent is unknown at the top, in time order', () => {
    expect(shape(toCampaignTree([WEEK, PEAK]))).toEqual([[PEAK.code, true, [[WEEK.code, true]]]]);
    expect(shape(toCampaignTree([WEEK, MONTH]))).toEqual([
      [MONTH.code, true],
      [WEEK.code, true],
    ]);
  });

  it('does not lose campaigns whose parents point at each other', () => {
    const a = { code: 'a', startsOn: '2021-01-01', endsOn: '2021-01-31', parent: { code: 'b' } };
    const b = { code: 'b', startsOn: '2021-02-01', endsOn: '2021-02-28', parent: { code: 'a' } };
    const tree = toCampaignTree([a, b]);
    const count = (nodes: CampaignNode<TreeCampaign>[]): number => nodes.reduce((s, n) => s + 1 + count(n.children), 0);
    expect(count(tree)).toBe(2);
  });
});
