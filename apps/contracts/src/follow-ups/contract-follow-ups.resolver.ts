import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Identity, ownProviderId } from '@kvalitetsnav/auth';
import { isIsoDate, stockholmToday } from '@kvalitetsnav/calendar';
import { commonViolation } from '@kvalitetsnav/codes';
import { CurrentIdentity } from '@kvalitetsnav/service-kit';
import { Contract } from '../contracts/contract.entity';
import { ContractRisk } from '../risk-signals/risk-signals.models';
import { ContractRiskService } from '../risk-signals/contract-risk.service';
import { FollowUp } from './follow-up.entity';
import { FollowUpsService } from './follow-ups.service';

/** Risk scores are the municipality's own assessment, not shown to providers. */
const RISK_READERS = ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER'] as const;

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
    if (ownProviderId(identity)) throw commonViolation('ROLE_REQUIRED', 'risk', { roles: RISK_READERS });
    const day = asOf ?? stockholmToday();
    if (!isIsoDate(day)) throw commonViolation('NOT_A_DATE', 'asOf');
    const assessment = (await this.riskService.assess([contract], day)).get(contract.id)!;
    return { ...assessment, asOf: day };
  }
}
