import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { MonthlyCsvError, MonthlyImportChangeEnum } from '../case-flow-import/case-flow-import.models';
import type { ImportChange } from '../case-flow-import/monthly-change-rules';

@ObjectType({ description: 'A row of a placement file as it is (or, on a dry run, would be) stored.' })
export class PlacementImportRow {
  @Field(() => Int, { description: 'The line in the file; the header is line 1.' }) line!: number;
  @Field(() => ID, { nullable: true, description: "None: the administration's own figures." }) unitId!: string | null;
  @Field(() => String, { nullable: true }) unitName!: string | null;
  @Field(() => MonthlyImportChangeEnum, { description: 'What importing the row does (on a dry run: would do).' })
  change!: ImportChange;
  @Field() month!: string;
  @Field() form!: string;
  @Field(() => Int) placed!: number;
  @Field(() => Int) careDays!: number;
  @Field(() => Float) costSek!: number;
  @Field(() => Int) ended!: number;
  @Field(() => Int) endedDurationDays!: number;
}

@ObjectType({
  description:
    'Either every row was imported, or none was and the errors say why. On a dry run nothing is stored: accepted says whether the file would be, and rows what would be.',
})
export class PlacementImportResult {
  @Field({ description: 'The file passed every rule (and, unless a dry run, was stored).' }) accepted!: boolean;
  @Field({ description: 'Nothing was stored: the file was only checked.' }) dryRun!: boolean;
  @Field(() => Int, {
    description:
      'Months, forms and units stored, each replacing what was reported before (created and changed); 0 on a dry run.',
  })
  imported!: number;
  @Field(() => Int, { description: 'Rows with nothing reported before for their month, form and unit.' })
  created!: number;
  @Field(() => Int, { description: 'Rows that replace different figures reported before.' })
  changed!: number;
  @Field(() => Int, { description: 'Rows as reported before, not stored again.' })
  unchanged!: number;
  @Field(() => [PlacementImportRow], {
    description: 'The rows stored or, on a dry run, to be stored; none if refused.',
  })
  rows!: PlacementImportRow[];
  @Field(() => [MonthlyCsvError]) errors!: MonthlyCsvError[];
}
