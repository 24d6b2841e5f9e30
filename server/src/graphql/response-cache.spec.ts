import { randomBytes } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { cacheKey, inflate, ResponseCache, responseBody } from './response-cache';

describe('response cache', () => {
  const keep = (cache: ResponseCache, key: string, data: Record<string, unknown>) => cache.begin(key)(data);

  it('keeps the JSON as Apollo sends it, gzipped, and gives it back for the same key', () => {
    const cache = new ResponseCache({ ttlMs: 60_000 });
    keep(cache, 'k', { kpis: [{ received: 45_730 }] });
    expect(inflate(cache.answer('k')!)).toBe('{"data":{"kpis":[{"received":45730}]}}\n');
    expect(inflate(cache.answer('k')!)).toBe(responseBody({ kpis: [{ received: 45_730 }] }));
    expect(cache.get('k')).toEqual({ kpis: [{ received: 45_730 }] });
    expect(cache.answer('other')).toBeUndefined();
    cache.close();
  });

  it('keeps a large answer in a fraction of its JSON', () => {
    const cache = new ResponseCache({ ttlMs: 60_000 });
    const units = Array.from({ length: 300 }, (_, i) => ({ code: `BM-D01-C${i}`, name: `Phường ${i}`, onTimeRate: 0.99 }));
    keep(cache, 'big', { kpis: units });
    const kept = cache.answer('big')!;
    expect(kept.gzip.length).toBeLessThan(responseBody({ kpis: units }).length / 5);
    expect(gunzipSync(kept.gzip).toString('utf8')).toBe(responseBody({ kpis: units }));
    cache.close();
  });

  it('drops the oldest answers when the bytes kept would pass the bound, and never keeps an answer over an eighth of it', () => {
    const cache = new ResponseCache({ ttlMs: 60_000, maxBytes: 2_000 });
    // Random text does not compress: each answer takes about its length.
    const data = (n: number) => ({ text: randomBytes(n).toString('base64').slice(0, n) });
    keep(cache, 'a', data(150));
    keep(cache, 'b', data(150));
    keep(cache, 'c', data(400)); // over 2,000 / 8: not kept
    expect([cache.answer('a') !== undefined, cache.answer('b') !== undefined, cache.answer('c')]).toEqual([true, true, undefined]);
    for (const k of ['d', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n']) keep(cache, k, data(150));
    expect(cache.answer('a')).toBeUndefined();
    expect(cache.answer('n')).toBeDefined();
    expect(cache.size).toBeLessThanOrEqual(2_000 / 150);
    cache.close();
  });

  it('drops the oldest answers past its number of entries', () => {
    const cache = new ResponseCache({ ttlMs: 60_000, maxEntries: 3 });
    for (const k of ['a', 'b', 'c', 'd']) keep(cache, k, { k });
    expect(['a', 'b', 'c', 'd'].map((k) => cache.answer(k) !== undefined)).toEqual([false, true, true, true]);
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
