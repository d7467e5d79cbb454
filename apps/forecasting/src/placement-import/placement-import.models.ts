import { Field, Int, ObjectType } from '@nestjs/graphql';
import { MonthlyCsvError } from '../case-flow-import/case-flow-import.models';

@ObjectType({ description: 'Either every row was imported, or none was and the errors say why.' })
export class PlacementImportResult {
  @Field() accepted!: boolean;
  @Field(() => Int, { description: 'Months and forms stored, each replacing what was reported before.' })
  imported!: number;
  @Field(() => [MonthlyCsvError]) errors!: MonthlyCsvError[];
}
