import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { ProviderOwnership } from '@kvalitetsnav/events';
import { IsId, IsOneOf, IsText } from '@kvalitetsnav/service-kit';
import { ProviderOwnershipEnum } from './provider.entity';

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
