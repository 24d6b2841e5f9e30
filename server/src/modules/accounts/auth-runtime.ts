import type { Authenticator } from './authenticator';
import type { SignInThrottle } from './sign-in-throttle';

/** The session cookie of one request: what signIn and signOut change. */
export interface SessionControl {
  /** Digest of the session the request came with, if it had a valid one. */
  readonly digest: string | undefined;
  /** When that session ends, as the authenticator read it (me answers without asking the database again). */
  readonly expiresAt?: Date;
  /** Sets the cookie of a new session on the response. */
  issue(token: string, expiresAt: Date): void;
  /** Clears the cookie. */
  clear(): void;
}

/** A session control for requests without HTTP (in-process execution): cookies go nowhere. */
export function detachedSession(digest?: string): SessionControl & { issued?: string } {
  const control: SessionControl & { issued?: string } = {
    digest,
    issue: (token) => {
      control.issued = token;
    },
    clear: () => {
      control.issued = undefined;
    },
  };
  return control;
}

/** What the accounts resolver needs beyond the request: shared by every request of the process. */
export interface AuthRuntime {
  authenticator: Authenticator;
  throttle: SignInThrottle;
  sessionHours: number;
}
