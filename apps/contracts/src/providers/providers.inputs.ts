import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { ProviderOwnership } from '@kvalitetsnav/events';
import { IsFlag, IsId, IsOneOf, IsText, IsWholeNumber } from '@kvalitetsnav/service-kit';
import { ProviderOwnershipEnum } from './provider.entity';
import { ProviderSortField, ProviderSortFieldEnum } from './providers.models';

@InputType()
export class CreateProviderInput {
  @Field()
  @IsText(200)
  name!: string;

  @Field({ description: 'NNNNNN-NNNN, with a valid check digit.' })
  @IsText(40)
  organisationNumber!: string;

  @Field(() => ProviderOwnershipEnum)
  @IsOneOf(ProviderOwnershipEnum)
  ownership!: ProviderOwnership;
}

/** Changes only the fields given. */
@InputType()
export class UpdateProviderInput {
  @Field(() => ID)
  @IsId()
  id!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsText(200)
  name?: string;

  @Field({ nullable: true, description: 'NNNNNN-NNNN, with a valid check digit.' })
  @IsOptional()
  @IsText(40)
  organisationNumber?: string;

  @Field(() => ProviderOwnershipEnum, { nullable: true })
  @IsOptional()
  @IsOneOf(ProviderOwnershipEnum)
  ownership?: ProviderOwnership;
}

/** Which providers, in what order, and which part of the list. */
@InputType()
export class ProvidersPageInput {
  @Field({ nullable: true, description: 'Providers whose name contains this, in any case.' })
  @IsOptional()
  @IsText(200)
  nameContains?: string;

  @Field(() => ProviderOwnershipEnum, { nullable: true })
  @IsOptional()
  @IsOneOf(ProviderOwnershipEnum)
  ownership?: ProviderOwnership;

  @Field(() => ProviderSortFieldEnum, { nullable: true, defaultValue: 'NAME' })
  @IsOptional()
  @IsOneOf(ProviderSortFieldEnum)
  sortBy?: ProviderSortField;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsFlag()
  descending?: boolean;

  @Field(() => Int, { nullable: true, defaultValue: 0, description: 'How many providers to skip.' })
  @IsOptional()
  @IsWholeNumber(0, 1_000_000)
  offset?: number;

  @Field(() => Int, { nullable: true, defaultValue: 25, description: 'At most this many, 1 to 100.' })
  @IsOptional()
  @IsWholeNumber(1, 100)
  limit?: number;
}
