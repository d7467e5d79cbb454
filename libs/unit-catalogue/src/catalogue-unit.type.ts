import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

export interface CatalogueUnitShape {
  id: string;
  providerId: string;
  name: string;
  serviceArea: string;
  places: number | null;
}

/**
 * A GraphQL type for a service's copy of a unit. Each subgraph names its own (types with one
 * name in several subgraphs would have to be declared shareable), so this is a factory.
 */
export function catalogueUnitType(name: string, description: string) {
  @ObjectType(name, { description })
  class CatalogueUnit implements CatalogueUnitShape {
    @Field(() => ID)
    id!: string;

    @Field(() => ID)
    providerId!: string;

    @Field()
    name!: string;

    @Field()
    serviceArea!: string;

    @Field(() => Int, { nullable: true })
    places!: number | null;
  }
  return CatalogueUnit;
}
