import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { RuleParams } from '@kvalitetsnav/codes';
import { RuleParamsScalar } from '@kvalitetsnav/service-kit';

@ObjectType({ description: 'A problem in a Kolada file: where, and which rule it broke.' })
export class KoladaFileProblem {
  @Field(() => String, { nullable: true, description: 'The path in the file, e.g. values.0.kpi.' })
  field!: string | null;
  @Field({ description: 'The rule broken, as extensions.rule of an error (e.g. NOT_A_KOLADA_KPI).' }) rule!: string;
  @Field(() => RuleParamsScalar) params!: RuleParams;
  @Field({ description: 'English, for API users.' }) message!: string;
}

@ObjectType({ description: 'Either every value was stored, or none was and the problems say why.' })
export class KoladaImportResult {
  @Field() accepted!: boolean;
  @Field(() => Int) imported!: number;
  @Field(() => [String], {
    description: 'Each problem as "path: problem" in English.',
    deprecationReason: 'Use problems (rule and params) with the Swedish catalogue (libs/swedish)',
  })
  errors!: string[];
  @Field(() => [KoladaFileProblem]) problems!: KoladaFileProblem[];
}
