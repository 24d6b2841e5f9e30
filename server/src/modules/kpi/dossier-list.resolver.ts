import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { MAX_PAGE_SIZE } from './dossier-list';
import { DossierFilter, DossierPage } from './dossier-list.types';
import { DossierListService } from './dossier-list.service';
import { ScopeInput } from './kpi.types';

@Resolver()
export class DossierListResolver {
  @Query(() => DossierPage, {
    description: `The dossiers behind a KPI figure (drill-down), a page at a time (first: 1–${MAX_PAGE_SIZE}); totalCount equals the figure in kpis`,
    // A page costs its rows: at most MAX_PAGE_SIZE of them whatever `first` asks (a larger one is refused).
    complexity: ({ args, childComplexity }) =>
      1 + Math.min(Math.max(Number(args.first) || 0, 0), MAX_PAGE_SIZE) * Math.max(childComplexity, 1),
  })
  dossiers(
    @Ctx() { em, sql }: GraphQLContext,
    @Arg('scope', () => ScopeInput) scope: ScopeInput,
    @Arg('filter', () => DossierFilter) filter: DossierFilter,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'pageInfo.endCursor of the previous page' }) after?: string | null,
  ): Promise<DossierPage> {
    return new DossierListService(em, sql).dossiers(scope, filter, first ?? 50, after);
  }
}
