import { SignInThrottle } from './sign-in-throttle';

describe('SignInThrottle', () => {
  it('refuses a username after 5 failures within 15 minutes, until the oldest leaves the window', () => {
    let now = 0;
    const throttle = new SignInThrottle(5, 15 * 60_000, () => now);
    for (let i = 0; i < 5; i++) {
      expect(throttle.blockedFor('Leader')).toBe(0);
      throttle.failed('leader');
      now += 60_000;
    }
    // failures at 0, 1, 2, 3, 4 min; now = 5 min: the one at 0 leaves at 15 min.
    expect(throttle.blockedFor('LEADER')).toBe(10 * 60_000);
    now = 15 * 60_000 + 1;
    expect(throttle.blockedFor('leader')).toBe(0);
  });

  it('forgets the failures of a username that signs in, and keeps other usernames apart', () => {
    let now = 0;
    const throttle = new SignInThrottle(2, 60_000, () => now);
    throttle.failed('a');
    throttle.failed('a');
    throttle.failed('b');
    expect(throttle.blockedFor('a')).toBe(60_000);
    expect(throttle.blockedFor('b')).toBe(0);
    throttle.succeeded('a');
    now += 1;
    expect(throttle.blockedFor('a')).toBe(0);
  });
});
