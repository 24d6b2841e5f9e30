/**
 * Where to go after signing in: the `from` parameter when it is a path of this dashboard (never another
 * site: "//evil.example" or "https://…" would make the sign-in page an open redirect), else the overview.
 */
export function returnPath(from: string | null | undefined): string {
  if (!from || !from.startsWith('/') || from.startsWith('//') || from.startsWith('/\\')) return '/';
  if (from === '/sign-in' || from.startsWith('/sign-in?') || from.startsWith('/sign-in/')) return '/';
  return from;
}

/** The sign-in link for the page the user is on: /sign-in?from=<path and search>. */
export function signInHref(pathname: string, search: string): string {
  if (pathname === '/sign-in') return `/sign-in${search}`;
  return `/sign-in?${new URLSearchParams({ from: `${pathname}${search}` }).toString()}`;
}
