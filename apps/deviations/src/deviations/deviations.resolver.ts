import {
  Args,
  Field,
  GraphQLISODateTime,
  ID,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { hasAnyRole, Identity } from '@kvalitetsnav/auth';
import { CurrentIdentity, RequireRoles } from '@kvalitetsnav/service-kit';
import { DeviationsError, DeviationsErrorCode } from '../errors/deviations-error';
import { RootCause } from '../root-causes/root-cause.entity';
import { twoMonthRule } from '../rules/deviation-rules';
import { stockholmToday } from '@kvalitetsnav/service-kit';
import { Deviation, DeviationStatusEnum } from './deviation.entity';
import {
  AssessSeriousnessInput,
  ChangeDeviationStatusInput,
  DeviationFilter,
  RegisterComplaintInput,
  ReportDeviationInput,
  ReportToIvoInput,
  SetRootCausesInput,
} from './deviation.inputs';
import { DeviationsService } from './deviations.service';

const HANDLERS = ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER'] as const;

@ObjectType()
export class DeviationStatusChange {
  @Field(() => DeviationStatusEnum, { nullable: true }) fromStatus!: string | null;
  @Field(() => DeviationStatusEnum) toStatus!: string;
  @Field() changedBy!: string;
  @Field(() => GraphQLISODateTime) changedAt!: Date;
}

@ObjectType({ description: 'Actions registered and a final assessment within two months of the report.' })
export class TwoMonthRuleStatus {
  @Field() deadline!: string;
  @Field() actionsInTime!: boolean;
  @Field() assessedInTime!: boolean;
  @Field({ description: 'Past the deadline without a final assessment.' }) overdue!: boolean;
}

@Resolver(() => Deviation)
export class DeviationsResolver {
  constructor(private readonly deviationService: DeviationsService) {}

  @Query(() => [Deviation], {
    description: 'Deviations and complaints, newest first (at most 500); a provider sees only its own.',
  })
  @RequireRoles(...HANDLERS)
  deviations(
    @CurrentIdentity() identity: Identity,
    @Args('unitId', { type: () => ID, nullable: true, deprecationReason: 'use filter.unitId' }) unitId?: string,
    @Args('filter', { type: () => DeviationFilter, nullable: true }) filter?: DeviationFilter,
  ): Promise<Deviation[]> {
    return this.deviationService.list(identity, { ...filter, unitId: filter?.unitId ?? unitId });
  }

  @Query(() => Deviation, { nullable: true })
  @RequireRoles(...HANDLERS)
  deviation(
    @Args('id', { type: () => ID }) id: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<Deviation | null> {
    return this.deviationService.findVisible(id, identity);
  }

  @Query(() => [Deviation], { description: 'Not finally assessed within two months of the report, oldest first.' })
  @RequireRoles(...HANDLERS)
  overdueDeviations(@CurrentIdentity() identity: Identity): Promise<Deviation[]> {
    return this.deviationService.overdue(identity);
  }

  @Mutation(() => Deviation)
  @RequireRoles(...HANDLERS)
  reportDeviation(
    @Args('input') input: ReportDeviationInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<Deviation> {
    return this.deviationService.report(input, identity);
  }

  @Mutation(() => Deviation, { description: 'Registers a comment or complaint (synpunkt/klagomål) about a unit.' })
  @RequireRoles(...HANDLERS)
  registerComplaint(
    @Args('input') input: RegisterComplaintInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<Deviation> {
    return this.deviationService.registerComplaint(input, identity);
  }

  @Mutation(() => Deviation, { description: 'Moves a deviation to its next status; who and when are recorded.' })
  @RequireRoles(...HANDLERS)
  changeDeviationStatus(
    @Args('input') input: ChangeDeviationStatusInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<Deviation> {
    return this.deviationService.changeStatus(input, identity);
  }

  @Mutation(() => Deviation, { description: 'Lex Sarah / lex Maria: whether it is serious.' })
  @RequireRoles(...HANDLERS)
  assessSeriousness(
    @Args('input') input: AssessSeriousnessInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<Deviation> {
    return this.deviationService.assessSeriousness(input, identity);
  }

  @Mutation(() => Deviation, { description: 'Records the report of a serious lex Sarah / lex Maria to IVO.' })
  @RequireRoles(...HANDLERS)
  reportDeviationToIvo(
    @Args('input') input: ReportToIvoInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<Deviation> {
    return this.deviationService.reportToIvo(input, identity);
  }

  @Mutation(() => Deviation, { description: 'Replaces the root causes of a deviation.' })
  @RequireRoles(...HANDLERS)
  setDeviationRootCauses(
    @Args('input') input: SetRootCausesInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<Deviation> {
    return this.deviationService.setRootCauses(input, identity);
  }

  @ResolveField(() => TwoMonthRuleStatus)
  twoMonthRule(@Parent() deviation: Deviation): TwoMonthRuleStatus {
    return twoMonthRule(deviation, stockholmToday());
  }

  @ResolveField(() => [DeviationStatusChange])
  statusHistory(@Parent() deviation: Deviation): Promise<DeviationStatusChange[]> {
    return this.deviationService.transitions(deviation.id);
  }

  @ResolveField(() => [RootCause])
  rootCauses(@Parent() deviation: Deviation): Promise<RootCause[]> {
    return this.deviationService.rootCausesOf(deviation.id);
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'The unredacted text of a lex Sarah / lex Maria report, where it held personal identity numbers. ADMIN and QUALITY_OFFICIAL only.',
  })
  protectedDescription(@Parent() deviation: Deviation, @CurrentIdentity() identity: Identity): Promise<string | null> {
    if (!hasAnyRole(identity, ['ADMIN', 'QUALITY_OFFICIAL']))
      throw new DeviationsError(
        DeviationsErrorCode.FORBIDDEN,
        'protectedDescription is readable only by ADMIN and QUALITY_OFFICIAL',
        'protectedDescription',
      );
    return this.deviationService.protectedText(deviation.id);
  }
}
