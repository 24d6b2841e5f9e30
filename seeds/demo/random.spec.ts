import fc from 'fast-check';
import { apportion, Random } from './random';

describe('deterministic randomness', () => {
  it('gives the same stream for the same seed and another for another seed', () => {
    const a = Array.from({ length: 5 }, ((r) => () => r.next())(new Random(1, 'x')));
    const b = Array.from({ length: 5 }, ((r) => () => r.next())(new Random(1, 'x')));
    const c = Array.from({ length: 5 }, ((r) => () => r.next())(new Random(2, 'x')));
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('apportions a total exactly, never giving to a zero weight', () => {
    fc.assert(
      fc.property(fc.nat(100_000), fc.array(fc.nat(50), { minLength: 1, maxLength: 40 }), (total, raw) => {
        const weights = raw.some((w) => w > 0) ? raw : [...raw.slice(1), 1];
        const parts = apportion(total, weights);
        expect(parts.reduce((s, p) => s + p, 0)).toBe(total);
        parts.forEach((p, i) => {
          if (weights[i] === 0) expect(p).toBe(0);
          expect(p).toBeGreaterThanOrEqual(0);
        });
      }),
    );
  });
});
