import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { ContractForm } from '@kvalitetsnav/events';
import { IsId, IsIds, IsIsoDate, IsList, IsOneOf, IsText } from '@kvalitetsnav/service-kit';
import { ContractFormEnum } from './contract.entity';

@InputType()
export class CreateContractInput {
  @Field({ description: 'Contract number (diarienummer), unique.' })
  @IsText(100)
  reference!: string;

  @Field()
  @IsText(300)
  title!: string;

  @Field(() => ContractFormEnum)
  @IsOneOf(ContractFormEnum)
  form!: ContractForm;

  @Field(() => ID)
  @IsId()
  providerId!: string;

  @Field(() => [ID], { description: "Units the contract covers; all must be the provider's." })
  @IsList(0, 500)
  @IsIds()
  unitIds!: string[];

  @Field()
  @IsIsoDate()
  startDate!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIsoDate()
  endDate?: string | null;
}

@InputType()
export class TerminateContractInput {
  @Field(() => ID)
  @IsId()
  contractId!: string;

  @Field({ description: 'Terminated from this day, YYYY-MM-DD.' })
  @IsIsoDate()
  terminatedOn!: string;

  @Field()
  @IsText(2000)
  reason!: string;
}
