import { Module } from '@nestjs/common';
import { DeviationsModule } from '../deviations/deviations.module';
import { CategoriesResolver } from './categories.resolver';
import { CategoriesService } from './categories.service';
import { DeviationCategoriesResolver } from './deviation-categories.resolver';

/** The managed list of what deviations are about, per kind, and a deviation's category. */
@Module({
  imports: [DeviationsModule],
  providers: [CategoriesService, CategoriesResolver, DeviationCategoriesResolver],
})
export class CategoriesModule {}
