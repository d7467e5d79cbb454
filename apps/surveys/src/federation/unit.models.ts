import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';

/** The Unit entity owned by contracts, extended here with survey results. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Unit {
  @Field(() => ID)
  id!: string;
}
