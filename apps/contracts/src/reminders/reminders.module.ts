import { Module } from '@nestjs/common';
import { MailerService } from './mailer.service';
import { PulseWeeksConsumer } from './pulse-weeks.consumer';
import { ReminderScheduleService } from './reminder-schedule.service';
import { RemindersResolver } from './reminders.resolver';
import { RemindersService } from './reminders.service';

@Module({
  providers: [MailerService, PulseWeeksConsumer, RemindersService, ReminderScheduleService, RemindersResolver],
  exports: [RemindersService, ReminderScheduleService],
})
export class RemindersModule {}
