import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Identity } from '@kvalitetsnav/auth';
import { CurrentIdentity, RequireRoles } from '@kvalitetsnav/service-kit';
import { Deviation } from '../deviations/deviation.entity';
import { DeviationCategory } from './deviation-category.entity';
import { SetDeviationCategoryInput } from './categories.inputs';
import { CategoriesService } from './categories.service';

/** A deviation's category: the field on Deviation, and setting it. */
@Resolver(() => Deviation)
export class DeviationCategoriesResolver {
  constructor(private readonly categoryService: CategoriesService) {}

  @Mutation(() => Deviation, { description: 'Sets what a deviation is about, or takes it away (categoryCode null).' })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER', 'MEDICALLY_RESPONSIBLE')
  setDeviationCategory(
    @Args('input') input: SetDeviationCategoryInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<Deviation> {
    return this.categoryService.setForDeviation(input, identity);
  }

  @ResolveField(() => DeviationCategory, {
    nullable: true,
    description:
      'What it is about, from the managed list (also when since retired); complaints have complaintCategory.',
  })
  category(@Parent() deviation: Deviation): Promise<DeviationCategory | null> {
    return this.categoryService.ofDeviation(deviation);
  }
}
