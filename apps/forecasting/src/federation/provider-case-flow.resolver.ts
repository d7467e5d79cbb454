import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Identity } from '@kvalitetsnav/auth';
import { CurrentIdentity, LoaderContext, requestLoader } from '@kvalitetsnav/service-kit';
import { CaseFlowMonthsArgs } from '../case-flows/case-flows.inputs';
import { CaseFlowMonth } from '../case-flows/case-flows.models';
import { CaseFlowsService } from '../case-flows/case-flows.service';
import { Provider } from './provider.models';

@Resolver(() => Provider)
export class ProviderCaseFlowResolver {
  constructor(private readonly caseFlows: CaseFlowsService) {}

  @ResolveField(() => [CaseFlowMonth], {
    description: "The provider's reported case flows per month, all units together.",
  })
  caseFlow(
    @Parent() provider: Provider,
    @CurrentIdentity() identity: Identity,
    @Context() context: LoaderContext,
    @Args() { from, to }: CaseFlowMonthsArgs,
  ): Promise<CaseFlowMonth[]> {
    return requestLoader(context, `providerCaseFlow:${from}:${to}`, (ids: readonly string[]) =>
      this.caseFlows.monthlyEach({ source: 'PROVIDER', from, to }, 'providerId', ids, identity),
    ).load(provider.id);
  }
}
