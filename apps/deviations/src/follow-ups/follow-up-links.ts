import { Injectable, OnModuleInit } from '@nestjs/common';
import { Args, Field, ID, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { Identity, ownProviderId } from '@kvalitetsnav/auth';
import { EventConsumer } from '@kvalitetsnav/messaging';
import { CurrentIdentity, RequireRoles } from '@kvalitetsnav/service-kit';
import { upsertNewerSql } from '@kvalitetsnav/unit-catalogue';
import { Deviation } from '../deviations/deviation.entity';
import { DeviationsError, DeviationsErrorCode } from '../errors/deviations-error';
import { FollowUpRef } from './follow-up-ref.entity';

const UPSERT = upsertNewerSql('follow_up_ref', ['id', 'contract_id', 'provider_id', 'type', 'status', 'version']);

@InputType()
export class LinkFollowUpInput {
  @Field(() => ID) @IsUUID('all', { message: 'deviationId must be a UUID' }) deviationId!: string;
  @Field(() => ID) @IsUUID('all', { message: 'followUpId must be a UUID' }) followUpId!: string;
}

@Injectable()
export class FollowUpLinks implements OnModuleInit {
  constructor(
    private readonly consumer: EventConsumer,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.consumer.on('contracts.follow-up.v1', async ({ payload: f }, manager) => {
      await manager.query(UPSERT, [f.id, f.contractId, f.providerId, f.type, f.status, f.version]);
    });
  }

  async link(input: LinkFollowUpInput, identity: Identity): Promise<Deviation> {
    return this.dataSource.transaction(async (manager) => {
      const deviation = await manager.findOne(Deviation, {
        where: { id: input.deviationId },
        lock: { mode: 'pessimistic_write' },
      });
      const own = ownProviderId(identity);
      if (!deviation || (own && own !== deviation.providerId))
        throw new DeviationsError(
          DeviationsErrorCode.NOT_FOUND,
          `deviationId ${input.deviationId} is not a known deviation`,
          'deviationId',
        );
      const followUp = await manager.findOneBy(FollowUpRef, { id: input.followUpId });
      if (!followUp)
        throw new DeviationsError(
          DeviationsErrorCode.NOT_FOUND,
          `followUpId ${input.followUpId} is not a known follow-up (follow-ups come from contracts)`,
          'followUpId',
        );
      if (followUp.providerId && followUp.providerId !== deviation.providerId) {
        throw new DeviationsError(
          DeviationsErrorCode.VALIDATION_FAILED,
          'followUpId is a follow-up of another provider',
          'followUpId',
        );
      }
      deviation.followUpId = followUp.id;
      await manager.update(Deviation, { id: deviation.id }, { followUpId: followUp.id });
      return deviation;
    });
  }
}

@Resolver()
export class FollowUpLinksResolver {
  constructor(private readonly links: FollowUpLinks) {}

  @Mutation(() => Deviation, {
    description: "Links a deviation's actions to the contracts follow-up that required them.",
  })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER')
  linkDeviationToFollowUp(
    @Args('input') input: LinkFollowUpInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<Deviation> {
    return this.links.link(input, identity);
  }
}
