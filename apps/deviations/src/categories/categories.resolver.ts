import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { DeviationKind } from '@kvalitetsnav/events';
import { RequireRoles } from '@kvalitetsnav/service-kit';
import { DeviationKindEnum } from '../deviations/deviations.models';
import { DeviationCategory } from './deviation-category.entity';
import { CreateDeviationCategoryInput, SetDeviationCategoryActiveInput } from './categories.inputs';
import { CategoriesService } from './categories.service';

@Resolver(() => DeviationCategory)
export class CategoriesResolver {
  constructor(private readonly categoryService: CategoriesService) {}

  @Query(() => [DeviationCategory], {
    description: 'The managed list of what deviations are about; with kind, only the categories of that kind.',
  })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER', 'MEDICALLY_RESPONSIBLE')
  deviationCategories(
    @Args('kind', { type: () => DeviationKindEnum, nullable: true }) kind?: DeviationKind | null,
    @Args('includeRetired', { type: () => Boolean, defaultValue: false }) includeRetired = false,
  ): Promise<DeviationCategory[]> {
    return this.categoryService.list(kind, includeRetired);
  }

  @Mutation(() => DeviationCategory)
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL')
  createDeviationCategory(@Args('input') input: CreateDeviationCategoryInput): Promise<DeviationCategory> {
    return this.categoryService.create(input);
  }

  @Mutation(() => DeviationCategory, {
    description: 'Retires a category (or brings it back); deviations keep theirs.',
  })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL')
  setDeviationCategoryActive(@Args('input') input: SetDeviationCategoryActiveInput): Promise<DeviationCategory> {
    return this.categoryService.setActive(input);
  }
}
