import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useRef, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { Link, useLocation, useSearchParams } from 'wouter';
import { PageHeader } from '../../../components/page-header';
import { Panel } from '../../../components/panel';
import { useReadyMark } from '../../../shared/use-ready-mark';
import { AccountAreaQuery } from '../api/account-area.query';
import { SignInPageSignIn } from '../api/sign-in-page.mutation';
import '../sign-in.css';
import { returnPath } from '../utils/return-path';

// The page's text comes with its chunk: app/lazy-page.tsx renders the page with it.

const WRONG = 'Wrong username or password';

/** Username and password; on success, back to the page the user came from (?from=…). */
export default function SignInPage() {
  const intl = useIntl();
  const [params] = useSearchParams();
  const [, navigate] = useLocation();
  const client = useApolloClient();
  const target = returnPath(params.get('from'));
  const me = useQuery(AccountAreaQuery);
  const [signIn, { loading }] = useMutation(SignInPageSignIn);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const passwordInput = useRef<HTMLInputElement>(null);
  useReadyMark(true, 'sign-in');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!username.trim() || !password) {
      setProblem(intl.formatMessage({ id: 'signIn.missing' }));
      return;
    }
    setProblem(null);
    try {
      await signIn({ variables: { username: username.trim(), password } });
      // What the demo (or nobody) was shown must not linger: every query asks again as the account.
      await client.resetStore();
      navigate(target);
    } catch (error) {
      setPassword('');
      passwordInput.current?.focus();
      if (CombinedGraphQLErrors.is(error)) {
        const message = error.errors.map((e) => e.message).join('; ');
        setProblem(
          message === WRONG ? intl.formatMessage({ id: 'signIn.wrong' }) : intl.formatMessage({ id: 'signIn.failed' }, { message }),
        );
      } else setProblem(intl.formatMessage({ id: 'signIn.networkError' }));
    }
  };

  const account = me.data?.me;
  return (
    <>
      <PageHeader title={intl.formatMessage({ id: 'signIn.title' })} />
      <Panel
        title={intl.formatMessage({ id: 'signIn.title' })}
        description={intl.formatMessage({ id: 'signIn.intro' })}
        className="sign-in"
      >
        {account && !account.demo && (
          <p className="notice" role="status">
            {intl.formatMessage({ id: 'signIn.already' }, { name: account.displayName ?? account.username ?? '' })}{' '}
            <Link href={target}>{intl.formatMessage({ id: 'signIn.continue' })}</Link>
          </p>
        )}
        <form className="sign-in__form" onSubmit={(event) => void submit(event)} noValidate>
          <div className="field">
            <label htmlFor="sign-in-username">{intl.formatMessage({ id: 'signIn.username' })}</label>
            <input
              id="sign-in-username"
              name="username"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              value={username}
              onChange={(event) => setUsername(event.target.value)}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? 'sign-in-problem' : undefined}
              required
            />
          </div>
          <div className="field">
            <label htmlFor="sign-in-password">{intl.formatMessage({ id: 'signIn.password' })}</label>
            <input
              id="sign-in-password"
              ref={passwordInput}
              name="password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? 'sign-in-problem' : undefined}
              required
            />
          </div>
          {problem && (
            <p id="sign-in-problem" className="field-error sign-in__problem" role="alert" data-testid="sign-in-problem">
              {problem}
            </p>
          )}
          <button type="submit" className="button button--primary" disabled={loading}>
            {intl.formatMessage({ id: loading ? 'signIn.submitting' : 'signIn.submit' })}
          </button>
        </form>
        {account?.demo && <p className="sign-in__note">{intl.formatMessage({ id: 'signIn.demoNote' })}</p>}
      </Panel>
    </>
  );
}
