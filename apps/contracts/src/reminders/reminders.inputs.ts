import { Field, InputType, Int } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsOneOf, IsWholeNumber } from '@kvalitetsnav/service-kit';
import { ReminderState, ReminderStateEnum } from './reminder.entity';

/** Which recorded reminders, newest first, and which part of the list. */
@InputType()
export class RemindersPageInput {
  @Field(() => ReminderStateEnum, { nullable: true })
  @IsOptional()
  @IsOneOf(ReminderStateEnum)
  state?: ReminderState;

  @Field(() => Int, { nullable: true, defaultValue: 0, description: 'How many reminders to skip.' })
  @IsOptional()
  @IsWholeNumber(0, 1_000_000)
  offset?: number;

  @Field(() => Int, { nullable: true, defaultValue: 25, description: 'At most this many, 1 to 100.' })
  @IsOptional()
  @IsWholeNumber(1, 100)
  limit?: number;
}
