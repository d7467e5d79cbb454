import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Either every value was stored, or none was and the errors say why.' })
export class KoladaImportResult {
  @Field() accepted!: boolean;
  @Field(() => Int) imported!: number;
  @Field(() => [String]) errors!: string[];
}
