import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { ServiceArea } from '@kvalitetsnav/events';
import { IsId, IsIsoDate, IsOneOf, IsText, ServiceAreaEnum } from '@kvalitetsnav/service-kit';

@InputType()
export class RegisterDecisionNotExecutedInput {
  @Field(() => ServiceAreaEnum)
  @IsOneOf(ServiceAreaEnum)
  serviceArea!: ServiceArea;
  @Field() @IsText(300) intervention!: string;
  @Field() @IsIsoDate() decidedOn!: string;
  @Field() @IsText(2000) reason!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() unitId?: string | null;
}

@InputType()
export class MarkDecisionExecutedInput {
  @Field(() => ID) @IsId() decisionId!: string;
  @Field() @IsIsoDate() executedOn!: string;
}
