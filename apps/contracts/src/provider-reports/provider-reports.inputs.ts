import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { BusinessReportSection, BusinessReportSectionEnum } from './provider-report.models';

const count = (field: string) => [
  IsInt({ message: `${field} must be a whole number` }),
  Min(0, { message: `${field} must be 0 or more` }),
  Max(100_000, { message: `${field} must be at most 100000` }),
];
const percent = (field: string) => [
  IsNumber({ allowNaN: false, allowInfinity: false }, { message: `${field} must be a number` }),
  Min(0, { message: `${field} must be between 0 and 100` }),
  Max(100, { message: `${field} must be between 0 and 100` }),
];
const apply =
  (decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) =>
    decorators.forEach((d) => d(target, key));
const year = [
  IsInt({ message: 'year must be a whole number' }),
  Min(2000, { message: 'year must be 2000 or later' }),
  Max(2100, { message: 'year must be 2100 or earlier' }),
];

@InputType()
export class BusinessReportSectionInput {
  @Field(() => BusinessReportSectionEnum)
  @IsEnum(BusinessReportSectionEnum, { message: 'sections.section must be a section of the template' })
  section!: BusinessReportSection;

  @Field()
  @IsString()
  @Length(1, 20_000, { message: 'sections.text must be 1 to 20000 characters' })
  text!: string;
}

@InputType()
export class BusinessReportFiguresInput {
  @Field(() => Int, { nullable: true }) @IsOptional() @apply(count('figures.usersServed')) usersServed?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @apply(count('figures.placesAvailable')) placesAvailable?:
    number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @apply(count('figures.complaintsReceived')) complaintsReceived?:
    number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @apply(count('figures.deviationsReported')) deviationsReported?:
    number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @apply(count('figures.lexSarahReports')) lexSarahReports?:
    number | null;
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @apply(percent('figures.qualifiedStaffPercent'))
  qualifiedStaffPercent?: number | null;
}

@InputType()
export class SubmitBusinessReportInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'unitId must be a UUID' })
  unitId!: string;

  @Field(() => Int)
  @apply(year)
  year!: number;

  @Field(() => [BusinessReportSectionInput], { description: 'The template sections; SUMMARY is required.' })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => BusinessReportSectionInput)
  sections!: BusinessReportSectionInput[];

  @Field(() => BusinessReportFiguresInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => BusinessReportFiguresInput)
  figures?: BusinessReportFiguresInput | null;
}

@InputType()
export class JobTitleCountInput {
  @Field()
  @IsString()
  @Length(1, 200, { message: 'jobTitles.title must be 1 to 200 characters' })
  title!: string;

  @Field(() => Int)
  @apply(count('jobTitles.headcount'))
  headcount!: number;
}

@InputType()
export class SubmitStaffingReportInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'unitId must be a UUID' })
  unitId!: string;

  @Field(() => Int)
  @apply(year)
  year!: number;

  @Field(() => Int, { description: '1 for January–June, 2 for July–December.' })
  @IsIn([1, 2], { message: 'half must be 1 or 2' })
  half!: 1 | 2;

  @Field(() => Int) @apply(count('managers')) managers!: number;
  @Field(() => Int) @apply(count('permanent')) permanent!: number;
  @Field(() => Int) @apply(count('temporary')) temporary!: number;
  @Field(() => Int) @apply(count('hourly')) hourly!: number;

  @Field(() => [JobTitleCountInput])
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => JobTitleCountInput)
  jobTitles!: JobTitleCountInput[];

  @Field(() => Float) @apply(percent('sickLeavePercent')) sickLeavePercent!: number;
  @Field(() => Float) @apply(percent('staffTurnoverPercent')) staffTurnoverPercent!: number;
}
