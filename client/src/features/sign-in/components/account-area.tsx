import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { Link, useLocation, useSearch } from 'wouter';
import { AccountAreaQuery } from '../api/account-area.query';
import { AccountAreaSignOut } from '../api/account-area.mutation';
import '../sign-in.css';
import { signInHref } from '../utils/return-path';

/** The header's account corner: who is signed in (name, role, unit) and sign out; the demo's badge; or a sign-in link. */
export function AccountArea() {
  const intl = useIntl();
  const [pathname, navigate] = useLocation();
  const search = useSearch();
  const client = useApolloClient();
  const { data } = useQuery(AccountAreaQuery);
  const [signOut, { loading }] = useMutation(AccountAreaSignOut);
  if (!data) return null;
  const me = data.me;
  const signIn = (
    <Link className="account__link" href={signInHref(pathname, search && `?${search}`)}>
      {intl.formatMessage({ id: 'account.signIn' })}
    </Link>
  );
  if (!me)
    return (
      <div className="account" role="group" aria-label={intl.formatMessage({ id: 'account.label' })}>
        {pathname !== '/sign-in' && signIn}
      </div>
    );
  if (me.demo)
    return (
      <div className="account" role="group" aria-label={intl.formatMessage({ id: 'account.label' })}>
        <span className="account__demo" data-testid="demo-badge">
          {intl.formatMessage({ id: 'account.demo' })}
        </span>
        {pathname !== '/sign-in' && signIn}
      </div>
    );
  const unit = me.units.length === 1 ? (intl.locale === 'en' && me.units[0].nameEn ? me.units[0].nameEn : me.units[0].name) : null;
  return (
    <div className="account" role="group" aria-label={intl.formatMessage({ id: 'account.label' })}>
      <span className="account__who" data-testid="account-name">
        <span className="account__name">{me.displayName ?? me.username}</span>
        <span className="account__role">
          {intl.formatMessage({ id: `account.role.${me.role}` })}
          {unit && ` · ${unit}`}
        </span>
      </span>
      <button
        type="button"
        className="button account__sign-out"
        disabled={loading}
        onClick={() =>
          void signOut().then(async () => {
            await client.clearStore();
            navigate('/sign-in');
            await client.refetchQueries({ include: 'active' });
          })
        }
      >
        {intl.formatMessage({ id: 'account.signOut' })}
      </button>
    </div>
  );
}
