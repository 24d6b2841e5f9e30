import { CATALOGUE, emptyCounts, emptyOpinionCounts, METRICS, metricValue, OPINION_COUNT_KEYS, OPINION_RATE_KEYS, opinionRatesOf, RATING_SHARE_KEYS, ratingSharesOf } from './metric-catalogue';

describe('rating shares', () => {
  it('give F10’s published shares: neutral 394 of 65,334 = 0.60%, dissatisfied 52 = 0.08%', () => {
    const shares = ratingSharesOf({ ...emptyCounts(), ratings: 65_334, ratingsSatisfied: 64_888, ratingsNeutral: 394, ratingsDissatisfied: 52 });
    expect((shares.satisfiedShare! * 100).toFixed(2)).toBe('99.32');
    expect((shares.neutralShare! * 100).toFixed(2)).toBe('0.60');
    expect((shares.dissatisfiedShare! * 100).toFixed(2)).toBe('0.08');
  });

  it('are null, not 0, without ratings', () => {
    expect(Object.values(ratingSharesOf(emptyCounts()))).toEqual([null, null, null, null]);
  });
});

describe('opinion rates', () => {
  it('count only opinions whose attribute was reported: unreported answered-on-the-spot is no rate, not 0%', () => {
    const rates = opinionRatesOf({ ...emptyOpinionCounts(), opinions: 123, opinionsItemised: 123, opinionsCommuneAuthority: 120, opinionsDistrictAuthority: 3 });
    expect(rates.answeredOnSpotRate).toBeNull();
    expect(rates.communeAuthorityShare).toBeCloseTo(120 / 123);
  });

  it('give 3 of 8 opinions about procedures (F22) as 0.375', () => {
    expect(opinionRatesOf({ ...emptyOpinionCounts(), opinions: 8, opinionsItemised: 8, opinionsAboutProcedures: 3, opinionsOther: 5 }).procedureOpinionShare).toBe(0.375);
  });

  it('are named in the catalogue with Vietnamese and English names', () => {
    const named = new Map(CATALOGUE.map((m) => [m.key, m]));
    for (const key of ['opinions', ...OPINION_COUNT_KEYS, ...OPINION_RATE_KEYS, ...RATING_SHARE_KEYS]) {
      expect(named.get(key)).toMatchObject({ nameVi: expect.any(String), nameEn: expect.any(String), direction: expect.any(String) });
    }
  });
});

describe('METRICS', () => {
  it('holds only metrics computable from KPI counts, so comparisons and data quality can evaluate every one (opinions are not 0 dossiers)', () => {
    for (const m of METRICS) expect(() => metricValue(m.key, emptyCounts())).not.toThrow();
    expect(METRICS.map((m) => m.key)).not.toContain('opinions');
    expect(CATALOGUE.length).toBeGreaterThan(METRICS.length);
  });
});
