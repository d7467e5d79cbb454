import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { Identity } from '@kvalitetsnav/auth';
import { stockholmToday } from '@kvalitetsnav/calendar';
import { CurrentIdentity, LoaderContext, RequireRoles } from '@kvalitetsnav/service-kit';
import { Unit } from '../units/unit.entity';
import { Contract, ContractStatusEnum } from './contract.entity';
import { CreateContractInput, TerminateContractInput, UpdateContractInput } from './contracts.inputs';
import { ContractStatus, contractStatus } from './contract-status-rules';
import { ContractsService } from './contracts.service';

@Resolver(() => Contract)
export class ContractsResolver {
  constructor(private readonly contractService: ContractsService) {}

  @Query(() => [Contract], { description: "Contracts, newest first; a provider's API key sees only its own." })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER', 'MEDICALLY_RESPONSIBLE', 'ORDERING')
  contracts(
    @CurrentIdentity() identity: Identity,
    @Args('providerId', { type: () => ID, nullable: true }) providerId?: string,
  ): Promise<Contract[]> {
    return this.contractService.list(identity, providerId);
  }

  @Query(() => Contract, { nullable: true, description: 'Null for an id that names no contract the caller may see.' })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER', 'MEDICALLY_RESPONSIBLE', 'ORDERING')
  contract(
    @Args('id', { type: () => ID }) id: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<Contract | null> {
    return this.contractService.findVisible(id, identity);
  }

  @Mutation(() => Contract)
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL')
  createContract(@Args('input') input: CreateContractInput, @CurrentIdentity() identity: Identity): Promise<Contract> {
    return this.contractService.create(input, identity);
  }

  @Mutation(() => Contract, { description: 'Changes the fields given; the rest stay as they are.' })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL')
  updateContract(@Args('input') input: UpdateContractInput, @CurrentIdentity() identity: Identity): Promise<Contract> {
    return this.contractService.update(input, identity);
  }

  @Mutation(() => Contract)
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL')
  terminateContract(
    @Args('input') input: TerminateContractInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<Contract> {
    return this.contractService.terminate(input, identity);
  }

  @ResolveField(() => ContractStatusEnum, { description: 'Status today (Swedish time).' })
  status(@Parent() contract: Contract): ContractStatus {
    return contractStatus(contract, stockholmToday());
  }

  @ResolveField(() => [Unit])
  units(@Parent() contract: Contract): Promise<Unit[]> {
    return this.contractService.unitsOf(contract.id);
  }

  // Nest passes a reference resolver the raw (reference, context) without parameter decorators.
  @ResolveReference()
  resolveReference(reference: { id: string }, context: LoaderContext): Promise<Contract | null> {
    return this.contractService.load(context, reference.id);
  }
}
