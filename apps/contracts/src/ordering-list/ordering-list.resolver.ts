import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Identity } from '@kvalitetsnav/auth';
import { CurrentIdentity, RequireRoles } from '@kvalitetsnav/service-kit';
import { OrderingListEntry } from './ordering-list-entry.entity';
import { AddToOrderingListInput, MoveOnOrderingListInput } from './ordering-list.inputs';
import { OrderingListService } from './ordering-list.service';

const KEEPERS = ['ADMIN', 'QUALITY_OFFICIAL', 'ORDERING'] as const;

@Resolver(() => OrderingListEntry)
export class OrderingListResolver {
  constructor(private readonly kept: OrderingListService) {}

  @Query(() => [OrderingListEntry], {
    description: "The ordering function's list of contracts it wants followed up, most wanted first.",
  })
  @RequireRoles(...KEEPERS, 'MANAGER')
  orderingList(): Promise<OrderingListEntry[]> {
    return this.kept.list();
  }

  @Mutation(() => [OrderingListEntry], { description: 'Puts a contract in force on the list; returns the list.' })
  @RequireRoles(...KEEPERS)
  addToOrderingList(
    @Args('input') input: AddToOrderingListInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<OrderingListEntry[]> {
    return this.kept.add(input, identity);
  }

  @Mutation(() => [OrderingListEntry], { description: 'Moves a contract to another place; returns the list.' })
  @RequireRoles(...KEEPERS)
  moveOnOrderingList(@Args('input') input: MoveOnOrderingListInput): Promise<OrderingListEntry[]> {
    return this.kept.move(input);
  }

  @Mutation(() => [OrderingListEntry], { description: 'Takes a contract off the list; returns the list.' })
  @RequireRoles(...KEEPERS)
  removeFromOrderingList(@Args('contractId', { type: () => ID }) contractId: string): Promise<OrderingListEntry[]> {
    return this.kept.remove(contractId);
  }
}
