import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { DataQualityReport } from './data-quality.types';
import { dataQuality } from './data-quality.service';
import { form06Report } from './form06.service';
import { Form06Report } from './form06.types';
import { PeriodInput } from './kpi.types';
import { resolveScope } from './unit-scope';

@Resolver()
export class Form06Resolver {
  @Query(() => Form06Report, { description: 'Form 06 for a unit and period, one row per procedure field, with its identity checks' })
  form06(
    @Ctx() { em, sql }: GraphQLContext,
    @Arg('unitCode', () => String) unitCode: string,
    @Arg('period', () => PeriodInput) period: PeriodInput,
    @Arg('includeDescendants', () => Boolean, { defaultValue: true }) includeDescendants: boolean,
  ): Promise<Form06Report> {
    return form06Report(em, sql, unitCode, period, includeDescendants);
  }

  @Query(() => DataQualityReport, { description: 'Reported vs computed figures, and published figures that break an identity' })
  async dataQuality(
    @Ctx() { em, sql }: GraphQLContext,
    @Arg('unitCodes', () => [String], { nullable: true, description: 'Only figures about these units (default: all)' }) unitCodes?: string[] | null,
  ): Promise<DataQualityReport> {
    const ids = unitCodes?.length ? await resolveScope(sql, unitCodes, true, { from: '0001-01-01', to: '9999-12-31' }) : undefined;
    return dataQuality(em, sql, ids);
  }
}
