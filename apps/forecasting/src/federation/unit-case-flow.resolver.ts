import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Identity } from '@kvalitetsnav/auth';
import { CurrentIdentity, LoaderContext, requestLoader } from '@kvalitetsnav/service-kit';
import { CaseFlowMonthsArgs } from '../case-flows/case-flows.inputs';
import { CaseFlowMonth } from '../case-flows/case-flows.models';
import { CaseFlowsService } from '../case-flows/case-flows.service';
import { Unit } from './unit.models';

@Resolver(() => Unit)
export class UnitCaseFlowResolver {
  constructor(private readonly caseFlows: CaseFlowsService) {}

  @ResolveField(() => [CaseFlowMonth], { description: "The unit's reported case flows per month." })
  caseFlow(
    @Parent() unit: Unit,
    @CurrentIdentity() identity: Identity,
    @Context() context: LoaderContext,
    @Args() { from, to }: CaseFlowMonthsArgs,
  ): Promise<CaseFlowMonth[]> {
    return requestLoader(context, `unitCaseFlow:${from}:${to}`, (ids: readonly string[]) =>
      this.caseFlows.monthlyEach({ source: 'PROVIDER', from, to }, 'unitId', ids, identity),
    ).load(unit.id);
  }
}
