import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsFlag, IsId, IsIsoDate, IsOneOf, IsText } from '@kvalitetsnav/service-kit';
import {
  SUPERVISING_AUTHORITIES,
  SUPERVISION_DECISIONS,
  SupervisingAuthority,
  SupervisingAuthorityEnum,
  SupervisionDecision,
  SupervisionDecisionEnum,
} from './supervision.models';

@InputType()
export class RegisterSupervisionCaseInput {
  @Field(() => SupervisingAuthorityEnum)
  @IsOneOf(SUPERVISING_AUTHORITIES)
  authority!: SupervisingAuthority;

  @Field({ description: "The authority's case number (diarienummer), once per authority." })
  @IsText(60)
  caseNumber!: string;

  @Field(() => ID, { nullable: true, description: 'Leave out when the case concerns the administration itself.' })
  @IsOptional()
  @IsId()
  providerId?: string;

  @Field(() => ID, { nullable: true, description: "One of the provider's units, when the case is about one." })
  @IsOptional()
  @IsId()
  unitId?: string;

  @Field({ description: 'What the authority examines.' })
  @IsText(2000)
  examined!: string;

  @Field({ description: 'The day the case was opened, YYYY-MM-DD; not in the future.' })
  @IsIsoDate()
  openedOn!: string;
}

@InputType()
export class AddSupervisionResponseInput {
  @Field(() => ID)
  @IsId()
  caseId!: string;

  @Field({ description: 'What the authority asks to be answered or reported.' })
  @IsText(2000)
  required!: string;

  @Field({ description: 'The last day, YYYY-MM-DD; on or after the day the case opened.' })
  @IsIsoDate()
  dueOn!: string;
}

@InputType()
export class MarkSupervisionResponseSentInput {
  @Field(() => ID)
  @IsId()
  caseId!: string;

  @Field(() => ID)
  @IsId()
  responseId!: string;

  @Field({ description: 'The day it was sent, YYYY-MM-DD.' })
  @IsIsoDate()
  sentOn!: string;
}

@InputType()
export class RecordSupervisionDecisionInput {
  @Field(() => ID)
  @IsId()
  caseId!: string;

  @Field(() => SupervisionDecisionEnum)
  @IsOneOf(SUPERVISION_DECISIONS)
  decision!: SupervisionDecision;

  @Field({ description: 'YYYY-MM-DD.' })
  @IsIsoDate()
  decidedOn!: string;

  @Field(() => String, { nullable: true, description: 'The decision in brief.' })
  @IsOptional()
  @IsText(4000, 0)
  decisionText?: string;
}

@InputType()
export class CloseSupervisionCaseInput {
  @Field(() => ID)
  @IsId()
  caseId!: string;

  @Field({ description: 'YYYY-MM-DD.' })
  @IsIsoDate()
  closedOn!: string;
}

@InputType()
export class SupervisionCaseFilter {
  @Field(() => Boolean, { nullable: true, description: 'true: open cases only; false: closed only.' })
  @IsOptional()
  @IsFlag()
  open?: boolean;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  providerId?: string;
}
