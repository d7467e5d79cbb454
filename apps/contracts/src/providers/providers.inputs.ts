import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsString, Length } from 'class-validator';
import { ProviderOwnership } from '@kvalitetsnav/events';
import { ProviderOwnershipEnum } from './provider.entity';

@InputType()
export class CreateProviderInput {
  @Field()
  @IsString()
  @Length(1, 200, { message: 'name must be 1 to 200 characters' })
  name!: string;

  @Field({ description: 'NNNNNN-NNNN, with a valid check digit.' })
  @IsString()
  organisationNumber!: string;

  @Field(() => ProviderOwnershipEnum)
  @IsEnum(ProviderOwnershipEnum)
  ownership!: ProviderOwnership;
}
