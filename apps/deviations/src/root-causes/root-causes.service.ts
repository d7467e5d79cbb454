import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import { Identity } from '@kvalitetsnav/auth';
import { deviationsViolation } from '@kvalitetsnav/codes';
import { refuseAll } from '@kvalitetsnav/service-kit';
import { Deviation } from '../deviations/deviation.entity';
import { DeviationsService } from '../deviations/deviations.service';
import { DeviationRootCause } from './deviation-root-cause.entity';
import { RootCause } from './root-cause.entity';
import { distinctIds, rootCauseChoiceViolation } from './root-cause-rules';
import { CreateRootCauseInput, SetRootCauseActiveInput, SetRootCausesInput } from './root-causes.inputs';

@Injectable()
export class RootCausesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly deviations: DeviationsService,
  ) {}

  list(includeRetired: boolean): Promise<RootCause[]> {
    return this.dataSource
      .getRepository(RootCause)
      .find({ where: includeRetired ? {} : { active: true }, order: { label: 'ASC' } });
  }

  async create(input: CreateRootCauseInput): Promise<RootCause> {
    const repository = this.dataSource.getRepository(RootCause);
    if (await repository.existsBy({ code: input.code }))
      throw deviationsViolation('ALREADY_EXISTS', 'code', { entity: 'ROOT_CAUSE', value: input.code });
    const cause = repository.create({ id: randomUUID(), code: input.code, label: input.label.trim(), active: true });
    await repository.insert(cause);
    return cause;
  }

  async setActive(input: SetRootCauseActiveInput): Promise<RootCause> {
    const repository = this.dataSource.getRepository(RootCause);
    const cause = await repository.findOneBy({ id: input.rootCauseId });
    if (!cause) throw deviationsViolation('UNKNOWN', 'rootCauseId', { entity: 'ROOT_CAUSE', ids: [input.rootCauseId] });
    cause.active = input.active;
    await repository.update({ id: cause.id }, { active: input.active });
    return cause;
  }

  /** Replaces the deviation's root causes. */
  setForDeviation(input: SetRootCausesInput, identity: Identity): Promise<Deviation> {
    const ids = distinctIds(input.rootCauseIds);
    return this.dataSource.transaction(async (manager) => {
      const deviation = await this.deviations.lockVisible(manager, input.deviationId, identity);
      const listed = ids.length ? await manager.findBy(RootCause, { id: In(ids) }) : [];
      refuseAll([rootCauseChoiceViolation(ids, listed)]);
      await manager.delete(DeviationRootCause, { deviationId: deviation.id });
      if (ids.length)
        await manager.insert(
          DeviationRootCause,
          ids.map((rootCauseId) => ({ deviationId: deviation.id, rootCauseId })),
        );
      return deviation;
    });
  }

  ofDeviation(deviationId: string): Promise<RootCause[]> {
    return this.dataSource
      .getRepository(RootCause)
      .createQueryBuilder('r')
      .innerJoin(DeviationRootCause, 'dr', 'dr.root_cause_id = r.id')
      .where('dr.deviation_id = :deviationId', { deviationId })
      .orderBy('r.label')
      .getMany();
  }
}
