import { useIntl, type MessageDescriptor } from 'react-intl';
import { Link, useSearchParams } from 'wouter';
import { carriedSearch } from '../shared/url-state';
import { useReadyMark } from '../shared/use-ready-mark';
import { PageHeader } from './page-header';

/** A page whose API is still being built: says so, and what it will show. */
type MessageId = NonNullable<MessageDescriptor['id']>;

export function UnderConstruction({ title, detail }: { title: MessageId; detail: MessageId }) {
  const intl = useIntl();
  const [params] = useSearchParams();
  useReadyMark(true, 'building');
  return (
    <>
      <PageHeader title={intl.formatMessage({ id: title })} />
      <div className="state state--empty building" role="status">
        <p className="state__title">{intl.formatMessage({ id: 'building.message' })}</p>
        <p>{intl.formatMessage({ id: detail })}</p>
        <p>
          <Link href={`/${carriedSearch(params)}`}>{intl.formatMessage({ id: 'building.back' })}</Link>
        </p>
      </div>
    </>
  );
}
