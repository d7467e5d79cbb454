import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';

/** The Provider entity owned by contracts, extended here with its case flows. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Provider {
  @Field(() => ID) id!: string;
}
