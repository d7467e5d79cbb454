import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Identity, ownProviderId } from '@kvalitetsnav/auth';
import { CurrentIdentity, stockholmToday } from '@kvalitetsnav/service-kit';
import { Contract } from '../contracts/contract.entity';
import { ContractsError, ContractsErrorCode } from '../errors/contracts-error';
import { ContractRisk } from '../risk-signals/contract-risk.model';
import { ContractRiskService } from '../risk-signals/contract-risk.service';
import { FollowUp } from './follow-up.entity';
import { FollowUpsService } from './follow-ups.service';

@Resolver(() => Contract)
export class ContractFollowUpsResolver {
  constructor(
    private readonly followUpService: FollowUpsService,
    private readonly riskService: ContractRiskService,
  ) {}

  @ResolveField(() => [FollowUp])
  followUps(@Parent() contract: Contract, @CurrentIdentity() identity: Identity): Promise<FollowUp[]> {
    return this.followUpService.list(identity, { contractId: contract.id });
  }

  @ResolveField(() => ContractRisk, {
    description:
      "Risk from the contract's units' signals over the twelve months up to asOf (default today). Officials only.",
  })
  async risk(
    @Parent() contract: Contract,
    @CurrentIdentity() identity: Identity,
    @Args('asOf', { type: () => String, nullable: true, description: 'YYYY-MM-DD' }) asOf?: string | null,
  ): Promise<ContractRisk> {
    if (ownProviderId(identity))
      throw new ContractsError(
        ContractsErrorCode.FORBIDDEN,
        "risk scores are for the municipality's officials",
        'risk',
      );
    const day = asOf ?? stockholmToday();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day))
      throw new ContractsError(ContractsErrorCode.VALIDATION_FAILED, 'asOf must be a date YYYY-MM-DD', 'asOf');
    const assessment = (await this.riskService.assess([contract], day)).get(contract.id)!;
    return { ...assessment, asOf: day };
  }
}
