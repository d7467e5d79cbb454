import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Identity } from '@kvalitetsnav/auth';
import { CurrentIdentity, RequireRoles } from '@kvalitetsnav/service-kit';
import { SupervisionCase } from './supervision-case.entity';
import {
  AddSupervisionResponseInput,
  CloseSupervisionCaseInput,
  MarkSupervisionResponseSentInput,
  RecordSupervisionDecisionInput,
  RegisterSupervisionCaseInput,
  SupervisionCaseFilter,
} from './supervision.inputs';
import { OverdueSupervisionResponse, SupervisionResponse } from './supervision.models';
import { SupervisionService } from './supervision.service';

/** The municipality's own register: officials read it, those who keep follow-ups write it. */
@Resolver(() => SupervisionCase)
export class SupervisionResolver {
  constructor(private readonly supervision: SupervisionService) {}

  @Query(() => [SupervisionCase], { description: 'IVO and JO cases, the newest first.' })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER')
  supervisionCases(
    @Args('filter', { type: () => SupervisionCaseFilter, nullable: true }) filter?: SupervisionCaseFilter,
  ): Promise<SupervisionCase[]> {
    return this.supervision.list(filter ?? {});
  }

  @Query(() => SupervisionCase, { nullable: true })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER')
  supervisionCase(@Args('id', { type: () => ID }) id: string): Promise<SupervisionCase | null> {
    return this.supervision.one(id);
  }

  @Query(() => [OverdueSupervisionResponse], {
    description: 'Required responses of open cases whose last day has passed, the oldest first.',
  })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER')
  overdueSupervisionResponses(): Promise<OverdueSupervisionResponse[]> {
    return this.supervision.overdue();
  }

  @ResolveField(() => [SupervisionResponse])
  responses(@Parent() found: SupervisionCase): SupervisionResponse[] {
    return this.supervision.responsesOf(found);
  }

  @Mutation(() => SupervisionCase)
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL')
  registerSupervisionCase(
    @Args('input') input: RegisterSupervisionCaseInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<SupervisionCase> {
    return this.supervision.register(input, identity);
  }

  @Mutation(() => SupervisionCase, { description: 'A response the authority requires, with its last day.' })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL')
  addSupervisionResponse(
    @Args('input') input: AddSupervisionResponseInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<SupervisionCase> {
    return this.supervision.addResponse(input, identity);
  }

  @Mutation(() => SupervisionCase)
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL')
  markSupervisionResponseSent(
    @Args('input') input: MarkSupervisionResponseSentInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<SupervisionCase> {
    return this.supervision.markSent(input, identity);
  }

  @Mutation(() => SupervisionCase)
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL')
  recordSupervisionDecision(
    @Args('input') input: RecordSupervisionDecisionInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<SupervisionCase> {
    return this.supervision.recordDecision(input, identity);
  }

  @Mutation(() => SupervisionCase, { description: 'Once every required response has been sent.' })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL')
  closeSupervisionCase(
    @Args('input') input: CloseSupervisionCaseInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<SupervisionCase> {
    return this.supervision.close(input, identity);
  }
}
