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

  @Field(() => ID, {
    nullable: true,
    description: "The board (nämnd) it belongs to; by default its units' board when they share one.",
  })
  @IsOptional()
  @IsId()
  boardId?: string | null;

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

/** Changes only the fields given; `endDate: null` makes the contract open-ended. */
@InputType()
export class UpdateContractInput {
  @Field(() => ID)
  @IsId()
  id!: string;

  @Field({ nullable: true, description: 'Contract number (diarienummer), unique.' })
  @IsOptional()
  @IsText(100)
  reference?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsText(300)
  title?: string;

  @Field(() => ContractFormEnum, { nullable: true })
  @IsOptional()
  @IsOneOf(ContractFormEnum)
  form?: ContractForm;

  @Field(() => ID, { nullable: true, description: '`null` takes the contract off its board.' })
  @IsOptional()
  @IsId()
  boardId?: string | null;

  @Field(() => [ID], { nullable: true, description: "The units it covers from now on; all must be the provider's." })
  @IsOptional()
  @IsList(0, 500)
  @IsIds()
  unitIds?: string[];

  @Field({ nullable: true })
  @IsOptional()
  @IsIsoDate()
  startDate?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIsoDate()
  endDate?: string | null;
}
