import type { vi } from './messages-vi';

/** The English text of the sign-in page: every Vietnamese id has its translation (the type says so). */
export const en: Record<keyof typeof vi, string> = {
  'signIn.title': 'Sign in',
  'signIn.intro': 'Sign in with the account an administrator gave you to see your unit’s figures and import data.',
  'signIn.username': 'Username',
  'signIn.password': 'Password',
  'signIn.submit': 'Sign in',
  'signIn.submitting': 'Signing in…',
  'signIn.failed': 'Could not sign in: {message}',
  'signIn.wrong': 'Wrong username or password. Check them (letter case matters) and try again.',
  'signIn.networkError': 'Could not reach the server. Check the network and try again.',
  'signIn.missing': 'Enter both the username and the password.',
  'signIn.already': 'You are signed in as {name}.',
  'signIn.continue': 'Continue',
  'signIn.demoNote': 'Without signing in you can still look at the demo (read-only).',
};
