import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';

/** The Unit entity owned by contracts, extended here with its case flows. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Unit {
  @Field(() => ID) id!: string;
}
