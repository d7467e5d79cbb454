import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Identity } from '@kvalitetsnav/auth';
import { deviationsViolation } from '@kvalitetsnav/codes';
import { refuseAll } from '@kvalitetsnav/service-kit';
import { Deviation } from '../deviations/deviation.entity';
import { DeviationsService } from '../deviations/deviations.service';
import { FollowUpRef } from './follow-up-ref.entity';
import { followUpLinkViolation } from './follow-up-link-rules';
import { LinkFollowUpInput } from './follow-ups.inputs';

@Injectable()
export class FollowUpsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly deviations: DeviationsService,
  ) {}

  link(input: LinkFollowUpInput, identity: Identity): Promise<Deviation> {
    return this.dataSource.transaction(async (manager) => {
      const deviation = await this.deviations.lockVisible(manager, input.deviationId, identity);
      const followUp = await manager.findOneBy(FollowUpRef, { id: input.followUpId });
      if (!followUp)
        throw deviationsViolation('UNKNOWN', 'followUpId', { entity: 'FOLLOW_UP', ids: [input.followUpId] });
      refuseAll([followUpLinkViolation(deviation, followUp)]);
      deviation.followUpId = followUp.id;
      await manager.update(Deviation, { id: deviation.id }, { followUpId: followUp.id });
      return deviation;
    });
  }
}
