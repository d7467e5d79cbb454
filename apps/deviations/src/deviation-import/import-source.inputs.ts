import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { IsCode, IsList, IsOneOf, IsText } from '@kvalitetsnav/service-kit';
import { MAPPED_FIELDS } from './import-source-rules';

@InputType()
export class ImportColumnInput {
  @Field({ description: `One of ${MAPPED_FIELDS.join(', ')}.` })
  @IsOneOf(MAPPED_FIELDS)
  field!: string;

  @Field({ description: "The export's own header." })
  @IsText(100)
  header!: string;
}

@InputType()
export class ImportValueInput {
  @Field({
    description:
      'A coded field: kind, status, seriousness, complainant, complaint_category, or category (to a code from deviationCategories).',
  })
  @IsOneOf(MAPPED_FIELDS)
  field!: string;

  @Field({ description: 'The value as the export writes it.' })
  @IsText(100)
  from!: string;

  @Field({ description: "Kvalitetsnav's code for it." })
  @IsCode()
  to!: string;
}

/** Registers a source or replaces its mapping; the code stays. */
@InputType()
export class SaveImportSourceInput {
  @Field({ description: 'UPPER_SNAKE, e.g. TRESERVA.' })
  @IsCode()
  code!: string;

  @Field()
  @IsText(100)
  name!: string;

  @Field({ description: "The system of the units' external codes the export names units by, e.g. TRESERVA." })
  @IsCode()
  unitCodeSystem!: string;

  @Field(() => [ImportColumnInput])
  @IsList(1, 20)
  @ValidateNested({ each: true })
  @Type(() => ImportColumnInput)
  columns!: ImportColumnInput[];

  @Field(() => [ImportValueInput])
  @IsList(0, 200)
  @ValidateNested({ each: true })
  @Type(() => ImportValueInput)
  values!: ImportValueInput[];
}
