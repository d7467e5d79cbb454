import { Module } from '@nestjs/common';
import { MailerService } from './mailer.service';
import { ReminderScheduleService } from './reminder-schedule.service';
import { RemindersResolver } from './reminders.resolver';
import { RemindersService } from './reminders.service';

@Module({
  providers: [MailerService, RemindersService, ReminderScheduleService, RemindersResolver],
  exports: [RemindersService, ReminderScheduleService],
})
export class RemindersModule {}
