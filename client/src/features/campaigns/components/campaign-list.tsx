import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { Link, useLocation, useSearchParams } from 'wouter';
import type { CampaignList_CampaignFragment } from '../../../__generated__/graphql';
import { Panel } from '../../../components/panel';
import { EmptyState, ErrorState, Loading } from '../../../components/query-state';
import { formatPeriod } from '../../../shared/format';
import { writeParams } from '../../../shared/url-state';
import { useReadyMark } from '../../../shared/use-ready-mark';
import { CampaignListQuery } from '../api/campaign-list.query';
import { toCampaignTree, type CampaignNode } from '../utils/campaign-tree';
import { enrolledPhrase, kindLabel, localName, useLocale } from './campaign-labels';

type ListCampaign = CampaignList_CampaignFragment;

/** The unit's campaigns as a nested list; each links to its detail (?campaign=code). */
export function CampaignList({ unitCode, unitName, selected }: { unitCode: string; unitName: string; selected: string | null }) {
  const intl = useIntl();
  const { data: fresh, previousData, loading, error, refetch } = useQuery(CampaignListQuery, { variables: { unitCode } });
  // While another unit's list loads, the last one stays on screen, dimmed (aria-busy), instead of a blank.
  const data = fresh ?? previousData;
  // With a campaign chosen, the page is ready when its detail is (CampaignDetail marks it).
  useReadyMark(Boolean(data) && !selected, 'campaigns');
  const title = intl.formatMessage({ id: 'campaigns.listTitle' }, { unit: unitName });
  const what = intl.formatMessage({ id: 'campaigns.list' });

  let body;
  if (error) body = <ErrorState what={what} error={error} onRetry={() => refetch()} />;
  else if (!data) body = <Loading what={what} />;
  else if (!data.campaigns.length) body = <EmptyState>{intl.formatMessage({ id: 'campaigns.listEmpty' }, { unit: unitName })}</EmptyState>;
  else {
    const tree = toCampaignTree<ListCampaign>(
      data.campaigns,
      data.campaigns.map((c) => c.parent),
    );
    body = (
      <ul className="campaign-tree" data-testid="campaign-list">
        {tree.map((node) => (
          <CampaignItem key={node.campaign.code} node={node} selected={selected} />
        ))}
      </ul>
    );
  }
  return (
    <Panel title={title} description={intl.formatMessage({ id: 'campaigns.listDescription' })} busy={loading && Boolean(data)}>
      {body}
    </Panel>
  );
}

function CampaignItem({ node, selected }: { node: CampaignNode<ListCampaign>; selected: string | null }) {
  const intl = useIntl();
  const locale = useLocale();
  const [pathname] = useLocation();
  const [params] = useSearchParams();
  const c = node.campaign;
  const current = c.code === selected;
  const search = writeParams(params, { campaign: c.code, desk: undefined }).toString();
  return (
    <li>
      <div
        className={['campaign-item', current && 'is-selected', !node.listed && 'campaign-item--frame'].filter(Boolean).join(' ')}
        data-campaign={c.code}
      >
        <div className="campaign-item__head">
          <span className="tag campaign-item__kind">{kindLabel(intl, c.kind)}</span>
          <Link className="campaign-item__name" href={`${pathname}?${search}`} aria-current={current ? 'true' : undefined}>
            {localName(c, locale)}
          </Link>
        </div>
        <p className="campaign-item__meta">
          <span>
            {formatPeriod(c.startsOn, c.endsOn)} ({intl.formatMessage({ id: 'campaigns.days' }, { count: c.days })})
          </span>
          <span>{intl.formatMessage({ id: 'campaigns.organisedBy' }, { unit: localName(c.organiser, locale) })}</span>
          {c.planReference && <span>{c.planReference}</span>}
          <span className="campaign-item__enrolled" data-testid="campaign-enrolled-count">
            {enrolledPhrase(intl, c)}
            {c.organiserEnrolled ? ` ${intl.formatMessage({ id: 'campaigns.plusDesk' }, { unit: localName(c.organiser, locale) })}` : ''}
          </span>
        </p>
        {!node.listed && (
          <p className="cell-sub">{intl.formatMessage({ id: 'campaigns.frameOnly' }, { organiser: localName(c.organiser, locale) })}</p>
        )}
      </div>
      {node.children.length > 0 && (
        <ul>
          {node.children.map((child) => (
            <CampaignItem key={child.campaign.code} node={child} selected={selected} />
          ))}
        </ul>
      )}
    </li>
  );
}
