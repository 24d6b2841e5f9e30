import type { WorkingCalendar } from '../procedures/working-calendar';
import type { UnitDirectory, UnitRecord } from '../units/unit-directory';
import type { LocalDay } from '../../shared/local-day';
import { token } from './cell-values';

export type UnitMatch =
  | { ok: true; id: number; readAs?: string }
  | { ok: false; code: 'UNKNOWN_UNIT' }
  | { ok: false; code: 'UNIT_NOT_ON_DAY'; day: LocalDay; validity: string; validityEn: string };

interface UnitCandidates {
  /** The one taken when no day is known. */
  oldest: UnitRecord | undefined;
  units: { unit: UnitRecord; match: UnitMatch }[];
}

const UNKNOWN: UnitMatch = { ok: false, code: 'UNKNOWN_UNIT' };

export interface KnownProcedure {
  id: number;
  workingDays: number;
}

export interface FieldRecord {
  id: number;
  code: string;
  name: string;
  nameEn: string | null;
}

/** The reference data rows are checked against: units, procedures, fields, campaigns, the calendar. */
export class ReferenceLookups {
  private readonly unitCache = new Map<string, UnitCandidates>();
  private readonly fields = new Map<string, number>();
  readonly fieldCodes: string;

  constructor(
    private readonly units: UnitDirectory,
    private readonly procedures: Map<string, KnownProcedure>,
    fields: FieldRecord[],
    private readonly campaigns: Map<string, number>,
    readonly calendar: WorkingCalendar,
    /** Times after this are refused as in the future. */
    readonly latest: Date,
  ) {
    for (const f of fields) for (const name of [f.code, f.name, f.nameEn]) if (name) this.fields.set(token(name), f.id);
    this.fieldCodes = fields.map((f) => f.code).join(', ');
  }

  /**
   * The unit with this code on `day`. Codes were reused after the 2025 merger, so the day picks
   * one; a code that lost its leading zeros in Excel (157 for 00157) is read as the one code that
   * exists with them.
   */
  unit(code: string, day: LocalDay | null): UnitMatch {
    let known = this.unitCache.get(code);
    if (!known) {
      known = this.candidatesOf(code);
      if (this.unitCache.size < 100_000) this.unitCache.set(code, known);
    }
    if (known.units.length === 0) return UNKNOWN;
    for (const c of known.units) {
      if (day === null ? c.unit === known.oldest : (c.unit.validFrom === null || c.unit.validFrom <= day) && (c.unit.validTo === null || day <= c.unit.validTo)) return c.match;
    }
    return { ok: false, code: 'UNIT_NOT_ON_DAY', day: day!, validity: validity(known.units.map((c) => c.unit), 'vi'), validityEn: validity(known.units.map((c) => c.unit), 'en') };
  }

  /** The units that carry a code (or, when Excel dropped its leading zeros, the one padded code that exists). */
  private candidatesOf(code: string): UnitCandidates {
    let units = this.units.all().filter((u) => u.code === code);
    let readAs: string | undefined;
    if (units.length === 0 && /^\d{1,4}$/.test(code)) {
      const padded = [2, 3, 5].map((width) => code.padStart(width, '0')).filter((c) => c !== code && this.units.resolve(c));
      if (padded.length === 1) {
        readAs = padded[0];
        units = this.units.all().filter((u) => u.code === readAs);
      }
    }
    const oldest = this.units.resolve(readAs ?? code);
    return { oldest, units: units.map((unit) => ({ unit, match: readAs ? { ok: true, id: unit.id, readAs } : { ok: true, id: unit.id } })) };
  }

  procedure(code: string): KnownProcedure | undefined {
    return this.procedures.get(code);
  }

  /** A field by code, Vietnamese or English name, diacritics and case ignored. */
  field(text: string): number | undefined {
    return this.fields.get(token(text));
  }

  campaign(code: string): number | undefined {
    return this.campaigns.get(code);
  }
}

function validity(units: UnitRecord[], lang: 'vi' | 'en'): string {
  return units
    .map((u) => {
      const from = u.validFrom ? (lang === 'vi' ? `từ ${u.validFrom}` : `from ${u.validFrom}`) : '';
      const to = u.validTo ? (lang === 'vi' ? `đến ${u.validTo}` : `until ${u.validTo}`) : '';
      return `${u.name}: ${[from, to].filter(Boolean).join(' ') || (lang === 'vi' ? 'không giới hạn' : 'always')}`;
    })
    .join('; ');
}
