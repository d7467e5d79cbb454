import { Field, ID, ObjectType } from '@nestjs/graphql';
import { registerStringEnum } from '@kvalitetsnav/service-kit';

export const SUPERVISING_AUTHORITIES = ['IVO', 'JO'] as const;
export type SupervisingAuthority = (typeof SUPERVISING_AUTHORITIES)[number];
export const SupervisingAuthorityEnum = registerStringEnum(
  SUPERVISING_AUTHORITIES,
  'SupervisingAuthority',
  'The Health and Social Care Inspectorate (IVO) or the Parliamentary Ombudsmen (JO).',
);

export const SUPERVISION_DECISIONS = ['NO_CRITICISM', 'CRITICISM', 'INJUNCTION'] as const;
export type SupervisionDecision = (typeof SUPERVISION_DECISIONS)[number];
export const SupervisionDecisionEnum = registerStringEnum(
  SUPERVISION_DECISIONS,
  'SupervisionDecision',
  'What the authority decided: no criticism, criticism, or an injunction (föreläggande) to act.',
);

/** A response the authority requires, by a deadline. */
@ObjectType({ description: 'A response the authority requires (begärt svar), by a deadline.' })
export class SupervisionResponse {
  @Field(() => ID) id!: string;
  @Field({ description: 'What is to be answered or reported.' }) required!: string;
  @Field({ description: 'YYYY-MM-DD.' }) dueOn!: string;
  @Field(() => String, { nullable: true, description: 'The day it was sent, YYYY-MM-DD.' }) sentOn!: string | null;
  @Field({ description: 'Not sent and the deadline has passed (Stockholm time).' }) overdue!: boolean;
}

/** A response past its deadline, with what the start page needs to say whose it is. */
@ObjectType({ description: 'A required response past its deadline and not sent.' })
export class OverdueSupervisionResponse {
  @Field(() => ID) caseId!: string;
  @Field(() => SupervisingAuthorityEnum) authority!: SupervisingAuthority;
  @Field() caseNumber!: string;
  @Field(() => ID, { nullable: true }) providerId!: string | null;
  @Field(() => ID, { nullable: true }) unitId!: string | null;
  @Field(() => ID) responseId!: string;
  @Field() required!: string;
  @Field() dueOn!: string;
}
