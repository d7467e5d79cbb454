import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Identity } from '@kvalitetsnav/auth';
import { DeviationEventV1, ServiceArea } from '@kvalitetsnav/events';
import { OutboxService } from '@kvalitetsnav/messaging';
import { stockholmToday } from '@kvalitetsnav/service-kit';
import { UnitRef } from '@kvalitetsnav/unit-catalogue';
import { DeviationsError, DeviationsErrorCode } from '../errors/deviations-error';
import { Deviation } from './deviation.entity';
import { ReportDeviationInput } from './report-deviation.input';

@Injectable()
export class DeviationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  list(identity: Identity, unitId?: string): Promise<Deviation[]> {
    const where: Partial<Deviation> = {};
    if (unitId) where.unitId = unitId;
    if (identity.roles.includes('PROVIDER')) where.providerId = identity.providerId;
    return this.dataSource.getRepository(Deviation).find({ where, order: { reportedAt: 'DESC' }, take: 500 });
  }

  async report(input: ReportDeviationInput, identity: Identity): Promise<Deviation> {
    if (input.occurredOn > stockholmToday()) {
      throw new DeviationsError(DeviationsErrorCode.VALIDATION_FAILED, 'occurredOn cannot be in the future', 'occurredOn');
    }
    return this.dataSource.transaction(async (manager) => {
      const unit = await manager.findOneBy(UnitRef, { id: input.unitId });
      if (!unit) {
        throw new DeviationsError(
          DeviationsErrorCode.NOT_FOUND,
          `unitId ${input.unitId} is not a known unit (units are registered in contracts)`,
          'unitId',
        );
      }
      if (identity.roles.includes('PROVIDER') && identity.providerId !== unit.providerId) {
        throw new DeviationsError(DeviationsErrorCode.FORBIDDEN, 'unitId belongs to another provider', 'unitId');
      }
      const deviation = manager.create(Deviation, {
        id: randomUUID(),
        unitId: unit.id,
        providerId: unit.providerId,
        serviceArea: unit.serviceArea,
        kind: input.kind,
        status: 'REPORTED',
        occurredOn: input.occurredOn,
        description: input.description,
        reportedAt: new Date(),
        reportedBy: identity.sub,
        version: 1,
      });
      await manager.insert(Deviation, deviation);
      const payload: DeviationEventV1 = {
        id: deviation.id,
        unitId: deviation.unitId,
        providerId: deviation.providerId,
        serviceArea: deviation.serviceArea as ServiceArea,
        kind: deviation.kind,
        status: deviation.status,
        occurredOn: deviation.occurredOn,
        reportedAt: deviation.reportedAt.toISOString(),
        version: deviation.version,
      };
      await this.outbox.enqueue(manager, { topic: 'deviations.deviation.v1', key: deviation.id, type: 'DeviationReported', payload });
      return deviation;
    });
  }
}
