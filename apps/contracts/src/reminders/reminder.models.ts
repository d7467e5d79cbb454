import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Reminder } from './reminder.entity';

@ObjectType({ description: 'What one run of the reminders did.' })
export class ReminderRun {
  @Field(() => Int, { description: 'Reminders new in this run (each once per recipient, ever).' })
  created!: number;

  @Field(() => Int, { description: 'Mails the mail server accepted in this run.' })
  sent!: number;

  @Field(() => Int)
  bounced!: number;

  @Field(() => Int, { description: 'Mails that could not be sent now; the next run tries them again.' })
  failed!: number;

  @Field(() => Int, { description: 'Reminders kept in the outbox because mail is off here.' })
  outbox!: number;

  @Field({ description: 'Whether this service sends mail (SMTP_URL is set).' })
  mailEnabled!: boolean;
}

@ObjectType({ description: 'One part of the recorded reminders, newest first.' })
export class RemindersPage {
  @Field(() => [Reminder])
  items!: Reminder[];

  @Field(() => Int)
  total!: number;

  @Field({ description: 'Whether this service sends mail; when not, reminders stay in the outbox.' })
  mailEnabled!: boolean;
}
