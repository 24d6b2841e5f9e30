import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { DateScalar } from '../../graphql/scalars';
import { UnitLevel } from '../../shared/enums';
import { AdministrativeUnit } from './administrative-unit.entity';
import { UnitService } from './unit.service';

@Resolver(() => AdministrativeUnit)
export class UnitResolver {
  @Query(() => [AdministrativeUnit], { description: 'Units by name (diacritics optional) or code, level, parent code, or existence on a day' })
  units(
    @Ctx() { em }: GraphQLContext,
    @Arg('search', () => String, { nullable: true }) search?: string | null,
    @Arg('level', () => UnitLevel, { nullable: true }) level?: UnitLevel | null,
    @Arg('parentCode', () => String, { nullable: true }) parentCode?: string | null,
    @Arg('activeOn', () => DateScalar, { nullable: true }) activeOn?: string | null,
  ): Promise<AdministrativeUnit[]> {
    return new UnitService(em).find({ search, level, parentCode, activeOn });
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true })
  parent(@Root() unit: AdministrativeUnit, @Ctx() { em }: GraphQLContext): Promise<AdministrativeUnit | null> {
    return new UnitService(em).parent(unit);
  }

  @FieldResolver(() => [AdministrativeUnit], { description: 'Units directly under this one' })
  children(@Root() unit: AdministrativeUnit, @Ctx() { em }: GraphQLContext): Promise<AdministrativeUnit[]> {
    return new UnitService(em).children(unit);
  }

  @FieldResolver(() => [AdministrativeUnit], { description: 'Units that took over this one (2025 mergers)' })
  successors(@Root() unit: AdministrativeUnit, @Ctx() { em }: GraphQLContext): Promise<AdministrativeUnit[]> {
    return new UnitService(em).successors(unit);
  }

  @FieldResolver(() => [AdministrativeUnit], { description: 'Units this one took over' })
  predecessors(@Root() unit: AdministrativeUnit, @Ctx() { em }: GraphQLContext): Promise<AdministrativeUnit[]> {
    return new UnitService(em).predecessors(unit);
  }
}
