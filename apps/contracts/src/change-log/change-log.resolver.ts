import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { RequireRoles } from '@kvalitetsnav/service-kit';
import { ChangeLogEntry } from './change-log-entry.entity';
import { ChangeLogService } from './change-log.service';

@Resolver(() => ChangeLogEntry)
export class ChangeLogResolver {
  constructor(private readonly changeLog: ChangeLogService) {}

  @Query(() => [ChangeLogEntry], { description: 'The history of a provider, unit or contract, oldest first.' })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL')
  changeHistory(@Args('entityId', { type: () => ID }) entityId: string): Promise<ChangeLogEntry[]> {
    return this.changeLog.history(entityId);
  }
}
