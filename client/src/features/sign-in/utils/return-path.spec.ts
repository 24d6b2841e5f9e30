import { returnPath, signInHref } from './return-path';

describe('returnPath', () => {
  it('goes back to the dashboard page the user came from, with its view', () => {
    expect(returnPath('/import?kind=DOSSIERS&lang=en')).toBe('/import?kind=DOSSIERS&lang=en');
  });

  it('never leaves the dashboard: other sites and odd values go to the overview', () => {
    for (const from of ['//evil.example/x', 'https://evil.example', '/\\evil.example', 'javascript:alert(1)', '', null, undefined])
      expect(returnPath(from)).toBe('/');
  });

  it('does not come back to the sign-in page itself', () => {
    expect(returnPath('/sign-in?from=%2Fimport')).toBe('/');
  });
});

describe('signInHref', () => {
  it('carries the current page and its search as from', () => {
    expect(signInHref('/compare-units', '?unit=766&lang=en')).toBe('/sign-in?from=%2Fcompare-units%3Funit%3D766%26lang%3Den');
  });

  it('keeps the sign-in page as it is', () => {
    expect(signInHref('/sign-in', '?from=%2Fimport')).toBe('/sign-in?from=%2Fimport');
  });
});
