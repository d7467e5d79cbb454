import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequireRoles } from '@kvalitetsnav/service-kit';
import { Reminder } from './reminder.entity';
import { ReminderRun, RemindersPage } from './reminder.models';
import { RemindersPageInput } from './reminders.inputs';
import { RemindersService } from './reminders.service';

@Resolver(() => Reminder)
export class RemindersResolver {
  constructor(private readonly reminderService: RemindersService) {}

  @Query(() => RemindersPage, {
    description: 'The reminders recorded (sent, bounced, or kept in the outbox), newest first.',
  })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL')
  reminders(
    @Args('page', { type: () => RemindersPageInput, nullable: true }) page?: RemindersPageInput,
  ): Promise<RemindersPage> {
    return this.reminderService.page(page ?? {});
  }

  @Mutation(() => ReminderRun, {
    description: 'Runs the reminders now, as the daily schedule does; what was already sent is not sent again.',
  })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL')
  runReminders(): Promise<ReminderRun> {
    return this.reminderService.run();
  }
}
