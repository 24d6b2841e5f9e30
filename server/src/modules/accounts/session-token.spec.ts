import { clearedSessionCookie, newSessionToken, sessionCookie, sessionTokenOf, tokenDigest } from './session-token';

describe('session tokens and cookies', () => {
  it('makes distinct 43-character URL-safe tokens and stores a 64-hex digest that differs from the token', () => {
    const a = newSessionToken();
    const b = newSessionToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
    expect(tokenDigest(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenDigest(a)).not.toContain(a);
  });

  it('reads the session token among other cookies and ignores a malformed one', () => {
    const token = newSessionToken();
    expect(sessionTokenOf(`theme=dark; tthc_session=${token}; lang=vi`)).toBe(token);
    expect(sessionTokenOf('tthc_session=abc')).toBeUndefined();
    expect(sessionTokenOf('other_session=' + token)).toBeUndefined();
    expect(sessionTokenOf(undefined)).toBeUndefined();
  });

  it('writes an HttpOnly, SameSite=Strict cookie, Secure only over HTTPS, and clears it with Max-Age=0', () => {
    expect(sessionCookie('T', 28_800, false)).toBe('tthc_session=T; Path=/; Max-Age=28800; HttpOnly; SameSite=Strict');
    expect(sessionCookie('T', 60, true)).toMatch(/; Secure$/);
    expect(clearedSessionCookie(false)).toBe('tthc_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict');
  });
});
