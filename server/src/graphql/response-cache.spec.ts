import { gunzipSync } from 'node:zlib';
import { cacheKey, ResponseCache, responseBody } from './response-cache';

describe('response cache', () => {
  const keep = (cache: ResponseCache, key: string, data: Record<string, unknown>) => cache.begin(key)(data);

  it('keeps the JSON as Apollo sends it and gives it back for the same key', () => {
    const cache = new ResponseCache({ ttlMs: 60_000 });
    keep(cache, 'k', { kpis: [{ received: 45_730 }] });
    expect(cache.answer('k')?.body).toBe('{"data":{"kpis":[{"received":45730}]}}\n');
    expect(cache.answer('k')?.body).toBe(responseBody({ kpis: [{ received: 45_730 }] }));
    expect(cache.answer('k')?.gzip).toBeUndefined(); // too small to gain from it
    cache.close();
  });

  it('keeps a large answer gzipped too, and the gzip inflates to the same JSON', () => {
    const cache = new ResponseCache({ ttlMs: 60_000 });
    const units = Array.from({ length: 300 }, (_, i) => ({ code: `BM-D01-C${i}`, onTimeRate: 0.99 }));
    keep(cache, 'big', { kpis: units });
    const kept = cache.answer('big')!;
    expect(kept.gzip!.length).toBeLessThan(kept.body.length / 5);
    expect(gunzipSync(kept.gzip!).toString('utf8')).toBe(kept.body);
    cache.close();
  });

  it('drops the oldest answers when the JSON kept would pass its bound, and never keeps an answer over an eighth of it', () => {
    const cache = new ResponseCache({ ttlMs: 60_000, maxChars: 800 });
    const data = (n: number) => ({ text: 'x'.repeat(n) });
    keep(cache, 'a', data(70)); // ~92 chars each
    keep(cache, 'b', data(70));
    keep(cache, 'c', data(300)); // over 800 / 8: not kept
    expect([cache.answer('a') !== undefined, cache.answer('b') !== undefined, cache.answer('c')]).toEqual([true, true, undefined]);
    for (const k of ['d', 'e', 'f', 'g', 'h', 'i', 'j']) keep(cache, k, data(70));
    expect(cache.answer('a')).toBeUndefined();
    expect(cache.answer('j')).toBeDefined();
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
