import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Identity } from '@kvalitetsnav/auth';
import { CurrentIdentity, RequireRoles } from '@kvalitetsnav/service-kit';
import { Contract } from '../contracts/contract.entity';
import { FollowUp } from '../follow-ups/follow-up.entity';
import { ContractRequirement } from './contract-requirement.entity';
import {
  AddContractRequirementInput,
  RecordRequirementFindingInput,
  UpdateContractRequirementInput,
} from './contract-requirements.inputs';
import { RequirementCheck } from './contract-requirements.models';
import { ContractRequirementsService } from './contract-requirements.service';

/** The requirements are part of the contract: whoever sees the contract sees them. */
@Resolver(() => Contract)
export class ContractRequirementsFieldResolver {
  constructor(private readonly service: ContractRequirementsService) {}

  @ResolveField(() => [ContractRequirement], { description: "The contract's measurable requirements (avtalskrav)." })
  requirements(@Parent() contract: Contract): Promise<ContractRequirement[]> {
    return this.service.of(contract.id);
  }
}

@Resolver(() => FollowUp)
export class RequirementChecksResolver {
  constructor(private readonly requirements: ContractRequirementsService) {}

  @ResolveField(() => [RequirementCheck], {
    description: "Each requirement of the follow-up's contract against the finding (krav mot iakttagelse).",
  })
  requirementChecks(@Parent() followUp: FollowUp): Promise<RequirementCheck[]> {
    return this.requirements.checks(followUp);
  }
}

@Resolver(() => ContractRequirement)
export class ContractRequirementsResolver {
  constructor(private readonly requirements: ContractRequirementsService) {}

  @Mutation(() => ContractRequirement)
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL')
  addContractRequirement(
    @Args('input') input: AddContractRequirementInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<ContractRequirement> {
    return this.requirements.add(input, identity);
  }

  @Mutation(() => ContractRequirement)
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL')
  updateContractRequirement(
    @Args('input') input: UpdateContractRequirementInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<ContractRequirement> {
    return this.requirements.update(input, identity);
  }

  @Mutation(() => ContractRequirement, { description: 'Only a requirement no follow-up has a finding against.' })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL')
  removeContractRequirement(
    @Args('requirementId', { type: () => ID }) requirementId: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<ContractRequirement> {
    return this.requirements.remove(requirementId, identity);
  }

  @Mutation(() => RequirementCheck, { description: 'What the follow-up found for one requirement of its contract.' })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL')
  recordRequirementFinding(
    @Args('input') input: RecordRequirementFindingInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<RequirementCheck> {
    return this.requirements.recordFinding(input, identity);
  }
}
