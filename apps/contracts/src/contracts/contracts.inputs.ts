import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsISO8601, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { ContractForm } from '@kvalitetsnav/events';
import { ContractFormEnum } from './contract.entity';

const DATE = { strict: true, strictSeparator: true } as const;

@InputType()
export class CreateContractInput {
  @Field({ description: 'Contract number (diarienummer), unique.' })
  @IsString()
  @Length(1, 100, { message: 'reference must be 1 to 100 characters' })
  reference!: string;

  @Field()
  @IsString()
  @Length(1, 300, { message: 'title must be 1 to 300 characters' })
  title!: string;

  @Field(() => ContractFormEnum)
  @IsEnum(ContractFormEnum)
  form!: ContractForm;

  @Field(() => ID)
  @IsUUID('all', { message: 'providerId must be a UUID' })
  providerId!: string;

  @Field(() => [ID], { description: "Units the contract covers; all must be the provider's." })
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, message: 'unitIds must hold UUIDs' })
  unitIds!: string[];

  @Field()
  @IsISO8601(DATE, { message: 'startDate must be a date YYYY-MM-DD' })
  @Length(10, 10, { message: 'startDate must be a date YYYY-MM-DD' })
  startDate!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO8601(DATE, { message: 'endDate must be a date YYYY-MM-DD' })
  @Length(10, 10, { message: 'endDate must be a date YYYY-MM-DD' })
  endDate?: string | null;
}

@InputType()
export class TerminateContractInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'contractId must be a UUID' })
  contractId!: string;

  @Field({ description: 'Terminated from this day, YYYY-MM-DD.' })
  @IsISO8601(DATE, { message: 'terminatedOn must be a date YYYY-MM-DD' })
  @Length(10, 10, { message: 'terminatedOn must be a date YYYY-MM-DD' })
  terminatedOn!: string;

  @Field()
  @IsString()
  @Length(1, 2000, { message: 'reason must be 1 to 2000 characters' })
  reason!: string;
}
