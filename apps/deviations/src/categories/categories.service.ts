import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Identity } from '@kvalitetsnav/auth';
import { deviationsViolation } from '@kvalitetsnav/codes';
import type { DeviationKind } from '@kvalitetsnav/events';
import { refuseAll } from '@kvalitetsnav/service-kit';
import { Deviation } from '../deviations/deviation.entity';
import { DeviationsService } from '../deviations/deviations.service';
import { categoryChoiceViolation, categoryKinds, categoryKindsViolation } from './category-rules';
import { DeviationCategory } from './deviation-category.entity';
import {
  CreateDeviationCategoryInput,
  SetDeviationCategoryActiveInput,
  SetDeviationCategoryInput,
} from './categories.inputs';

@Injectable()
export class CategoriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly deviations: DeviationsService,
  ) {}

  /** The list, by label; for one kind only its categories. */
  async list(kind: DeviationKind | null | undefined, includeRetired: boolean): Promise<DeviationCategory[]> {
    const q = this.dataSource.getRepository(DeviationCategory).createQueryBuilder('c').orderBy('c.label');
    if (!includeRetired) q.andWhere('c.active');
    if (kind) q.andWhere(':kind = ANY(c.kinds)', { kind });
    return q.getMany();
  }

  async create(input: CreateDeviationCategoryInput): Promise<DeviationCategory> {
    refuseAll([categoryKindsViolation(input.kinds)]);
    const repository = this.dataSource.getRepository(DeviationCategory);
    if (await repository.existsBy({ code: input.code }))
      throw deviationsViolation('ALREADY_EXISTS', 'code', { entity: 'DEVIATION_CATEGORY', value: input.code });
    const category = repository.create({
      id: randomUUID(),
      code: input.code,
      label: input.label.trim(),
      kinds: categoryKinds(input.kinds),
      active: true,
    });
    await repository.insert(category);
    return category;
  }

  async setActive(input: SetDeviationCategoryActiveInput): Promise<DeviationCategory> {
    const repository = this.dataSource.getRepository(DeviationCategory);
    const category = await repository.findOneBy({ id: input.categoryId });
    if (!category)
      throw deviationsViolation('UNKNOWN', 'categoryId', { entity: 'DEVIATION_CATEGORY', ids: [input.categoryId] });
    category.active = input.active;
    await repository.update({ id: category.id }, { active: input.active });
    return category;
  }

  /** Sets (or takes away) what the deviation is about; a category of another kind or retired is refused. */
  setForDeviation(input: SetDeviationCategoryInput, identity: Identity): Promise<Deviation> {
    const categoryCode = input.categoryCode || null;
    return this.dataSource.transaction(async (manager) => {
      const deviation = await this.deviations.lockVisible(manager, input.deviationId, identity);
      refuseAll([categoryChoiceViolation(categoryCode, deviation.kind, await manager.find(DeviationCategory))]);
      await manager.update(Deviation, { id: deviation.id }, { categoryCode });
      deviation.categoryCode = categoryCode;
      return deviation;
    });
  }

  ofDeviation(deviation: Deviation): Promise<DeviationCategory | null> {
    return deviation.categoryCode
      ? this.dataSource.getRepository(DeviationCategory).findOneBy({ code: deviation.categoryCode })
      : Promise.resolve(null);
  }
}
