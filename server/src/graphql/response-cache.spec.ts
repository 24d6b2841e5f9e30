import { cacheKey, ResponseCache, responseBody } from './response-cache';

describe('response cache', () => {
  const keep = (cache: ResponseCache, key: string, data: Record<string, unknown>) => cache.begin(key)(data);

  it('keeps the JSON as Apollo sends it and gives it back for the same key', () => {
    const cache = new ResponseCache({ ttlMs: 60_000 });
    keep(cache, 'k', { kpis: [{ received: 45_730 }] });
    expect(cache.body('k')).toBe('{"data":{"kpis":[{"received":45730}]}}\n');
    expect(cache.body('k')).toBe(responseBody({ kpis: [{ received: 45_730 }] }));
    cache.close();
  });

  it('drops the oldest answers when the JSON kept would pass its bound, and never keeps an answer over an eighth of it', () => {
    const cache = new ResponseCache({ ttlMs: 60_000, maxChars: 800 });
    const data = (n: number) => ({ text: 'x'.repeat(n) });
    keep(cache, 'a', data(70)); // ~92 chars each
    keep(cache, 'b', data(70));
    keep(cache, 'c', data(300)); // over 800 / 8: not kept
    expect([cache.body('a') !== undefined, cache.body('b') !== undefined, cache.body('c')]).toEqual([true, true, undefined]);
    for (const k of ['d', 'e', 'f', 'g', 'h', 'i', 'j']) keep(cache, k, data(70));
    expect(cache.body('a')).toBeUndefined();
    expect(cache.body('j')).toBeDefined();
    expect(cache.size).toBeLessThanOrEqual(8);
    cache.close();
  });

  it('keys by who shares, the query, the operation and the variables in any order', () => {
    const q = '{ kpis { received } }';
    expect(cacheKey('LEADER:1', q, null, { a: 1, b: 2 })).toBe(cacheKey('LEADER:1', q, undefined, { b: 2, a: 1 }));
    expect(cacheKey('LEADER:1', q, null, {})).not.toBe(cacheKey('LEADER:2', q, null, {}));
    expect(cacheKey('LEADER:1', q, 'A', {})).not.toBe(cacheKey('LEADER:1', q, 'B', {}));
    expect(cacheKey('LEADER:1', q, null, { a: 1 })).not.toBe(cacheKey('LEADER:1', `${q} `, null, { a: 1 }));
  });
});
