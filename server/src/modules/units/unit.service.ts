import type { EntityManager } from '@mikro-orm/postgresql';
import type { UnitLevel } from '../../shared/enums';
import { AdministrativeUnit } from './administrative-unit.entity';
import { searchName } from './search-name';
import { UnitSuccession } from './unit-succession.entity';

export interface UnitFilter {
  search?: string | null;
  level?: UnitLevel | null;
  parentCode?: string | null;
  /** Only units that exist on this day. */
  activeOn?: string | null;
}

const LEVEL_ORDER: Record<string, number> = { PROVINCE: 0, DISTRICT: 1, COMMUNE: 2 };
const collator = new Intl.Collator('vi', { numeric: true });

/** Units, their hierarchy and their succession across the 2025 mergers. */
export class UnitService {
  constructor(private readonly em: EntityManager) {}

  async find(filter: UnitFilter): Promise<AdministrativeUnit[]> {
    const qb = this.em.createQueryBuilder(AdministrativeUnit, 'u');
    if (filter.search?.trim()) {
      const needle = searchName(filter.search);
      qb.andWhere({ $or: [{ code: filter.search.trim() }, { searchName: { $like: `%${escapeLike(needle)}%` } }] });
    }
    if (filter.level) qb.andWhere({ level: filter.level });
    if (filter.parentCode) qb.andWhere({ parent: { code: filter.parentCode } });
    if (filter.activeOn) {
      qb.andWhere({ $or: [{ validFrom: null }, { validFrom: { $lte: filter.activeOn } }] });
      qb.andWhere({ $or: [{ validTo: null }, { validTo: { $gte: filter.activeOn } }] });
    }
    return sortUnits(await qb.getResultList());
  }

  async children(unit: AdministrativeUnit): Promise<AdministrativeUnit[]> {
    return sortUnits(await this.em.find(AdministrativeUnit, { parent: unit.id }));
  }

  async successors(unit: AdministrativeUnit): Promise<AdministrativeUnit[]> {
    const links = await this.em.find(UnitSuccession, { predecessor: unit.id }, { populate: ['successor'] });
    return sortUnits(links.map((l) => l.successor));
  }

  async predecessors(unit: AdministrativeUnit): Promise<AdministrativeUnit[]> {
    const links = await this.em.find(UnitSuccession, { successor: unit.id }, { populate: ['predecessor'] });
    return sortUnits(links.map((l) => l.predecessor));
  }

  async parent(unit: AdministrativeUnit): Promise<AdministrativeUnit | null> {
    if (!unit.parent) return null;
    return this.em.findOne(AdministrativeUnit, { id: unit.parent.id });
  }
}

/** Province before district before commune; "Phường 2" before "Phường 10"; older units first. */
function sortUnits(units: AdministrativeUnit[]): AdministrativeUnit[] {
  return [...units].sort(
    (a, b) =>
      LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
      (a.validFrom ?? '').localeCompare(b.validFrom ?? '') ||
      collator.compare(a.name, b.name) ||
      a.code.localeCompare(b.code),
  );
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
