import type { BulkColumn, BulkValue } from '../../server/src/db/sql-client';
import { localInstant, type LocalDay } from '../../server/src/shared/local-day';
import type { City } from './demo-plan';
import type { Draft, GenUnit } from './dossier-model';
import { apportion, Random } from './random';

export const RATING_COLUMNS: BulkColumn[] = [
  { name: 'unit_id', type: 'int' },
  { name: 'rated_at', type: 'timestamptz' },
  { name: 'rated_on', type: 'date' },
  { name: 'level', type: 'text' },
  { name: 'channel', type: 'text' },
  { name: 'dossier_code', type: 'text' },
  { name: 'external_key', type: 'text' },
  { name: 'source', type: 'text' },
];

/** Ho Chi Minh City's desks rate on three levels; Hà Nội's on four. */
const LEVELS: Record<City, [string, number][]> = {
  HCM: [['SATISFIED', 0.991], ['NEUTRAL', 0.0075], ['DISSATISFIED', 0.0015]],
  HN: [['VERY_SATISFIED', 0.55], ['SATISFIED', 0.38], ['NEUTRAL', 0.05], ['DISSATISFIED', 0.02]],
};

/**
 * Satisfaction ratings for a batch of dossiers: by unit and day, in proportion to the day's
 * dossiers. With `exact`, the batch's ratings are exactly those counts per level (F10).
 */
export function* generateRatings(seed: number, drafts: Draft[], exact?: Record<string, number>): Generator<BulkValue[]> {
  const cells = new Map<string, { unit: GenUnit; day: LocalDay; dossiers: number }>();
  for (const d of drafts) {
    const key = `${d.unit.id}|${d.receivedOn}`;
    const cell = cells.get(key) ?? { unit: d.unit, day: d.receivedOn, dossiers: 0 };
    cell.dossiers += 1;
    cells.set(key, cell);
  }
  const list = [...cells.values()].sort((a, b) => a.unit.id - b.unit.id || a.day.localeCompare(b.day));
  if (exact) {
    const random = new Random(seed, 'ratings-exact', list.length);
    const levels = random.shuffle(Object.entries(exact).flatMap(([level, n]) => Array<string>(n).fill(level)));
    const counts = apportion(levels.length, list.map((c) => c.dossiers));
    let next = 0;
    for (const [i, cell] of list.entries()) {
      const random = ratingRandom(seed, cell.unit, cell.day);
      for (let n = 0; n < counts[i]; n++) yield row(cell.unit, cell.day, n, levels[next++], random);
    }
    return;
  }
  for (const cell of list) {
    const random = ratingRandom(seed, cell.unit, cell.day);
    // Rounded at random, so that small desks with a dossier or two a day still get their share.
    const count = Math.floor(cell.dossiers * cell.unit.profile.ratingsPerDossier * (0.8 + 0.4 * random.next()) + random.next());
    const table = LEVELS[cell.unit.profile.city];
    // Each unit has its own mood: a few points better or worse than its city.
    const mood = 0.7 + 0.6 * new Random(seed, 'mood', cell.unit.code).next();
    for (let n = 0; n < count; n++) yield row(cell.unit, cell.day, n, pickLevel(table, mood, random), random);
  }
}

function ratingRandom(seed: number, unit: GenUnit, day: LocalDay): Random {
  return new Random(seed, 'ratings', unit.code, unit.validFrom ?? '', day);
}

function pickLevel(table: [string, number][], mood: number, random: Random): string {
  // mood > 1 moves probability from the top level to the lower ones.
  const weights = table.map(([, p], i) => (i === 0 ? p : p * mood));
  let target = random.next() * weights.reduce((a, b) => a + b, 0);
  for (const [i, w] of weights.entries()) {
    target -= w;
    if (target < 0) return table[i][0];
  }
  return table[table.length - 1][0];
}

function row(unit: GenUnit, day: LocalDay, n: number, level: string, random: Random): BulkValue[] {
  const minutes = random.int(8 * 60, 17 * 60);
  return [
    unit.id,
    localInstant(day, Math.floor(minutes / 60), minutes % 60, random.int(0, 59)),
    day,
    level,
    random.chance(0.15) ? 'ONLINE' : 'DIRECT',
    null,
    `${unit.code}-${day.replace(/-/g, '').slice(2)}-R${String(n + 1).padStart(4, '0')}`,
    'generated',
  ];
}
