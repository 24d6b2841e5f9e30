import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars';
import { UnitLevel } from '../../shared/enums';

/**
 * A province/city, district/town or ward/commune. Official codes are reused after the 2025
 * reform (a new ward may carry a predecessor's code), so a code is unique per validity start.
 */
@ObjectType('Unit', { description: 'An administrative unit with its official code' })
@Entity({ tableName: 'administrative_unit' })
@Index({ properties: ['parent'] })
@Index({ name: 'administrative_unit_code_valid_from_unique', expression: 'create unique index "administrative_unit_code_valid_from_unique" on "administrative_unit" ("code", coalesce("valid_from", \'-infinity\'::date))' })
@Index({ name: 'administrative_unit_name_search', expression: 'create index "administrative_unit_name_search" on "administrative_unit" (lower("search_name"))' })
export class AdministrativeUnit {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String, { description: 'Official code of the General Statistics Office (e.g. 766 = Tân Bình district)' })
  @Property({ type: 'text' })
  code!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  nameEn?: string | null;

  /** Name without diacritics, lower case: lets "tan binh" find "Tân Bình". */
  @Property({ type: 'text' })
  searchName!: string;

  @Field(() => UnitLevel)
  @Enum({ items: () => UnitLevel, type: 'text' })
  level!: UnitLevel;

  @Field(() => String, { description: 'Kind: phuong, xa, thi_tran, quan, huyen, thi_xa, thanh_pho, tinh, …' })
  @Property({ type: 'text' })
  kind!: string;

  @ManyToOne(() => AdministrativeUnit, { nullable: true, deleteRule: 'restrict' })
  parent?: AdministrativeUnit | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day of existence; null = before the records' })
  @Property({ type: 'date', nullable: true })
  validFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of existence; null = still exists' })
  @Property({ type: 'date', nullable: true })
  validTo?: string | null;
}
