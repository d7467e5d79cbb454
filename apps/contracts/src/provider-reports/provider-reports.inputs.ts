import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { IsCount, IsId, IsList, IsNumberBetween, IsOneOf, IsText, IsWholeNumber } from '@kvalitetsnav/service-kit';
import { BusinessReportSection, BusinessReportSectionEnum } from './provider-reports.models';

/** Headcounts and figures: whole people, at most a large municipality's worth. */
const MAX_COUNT = 100_000;

@InputType()
export class BusinessReportSectionInput {
  @Field(() => BusinessReportSectionEnum)
  @IsOneOf(BusinessReportSectionEnum)
  section!: BusinessReportSection;

  @Field()
  @IsText(20_000)
  text!: string;
}

@InputType()
export class BusinessReportFiguresInput {
  @Field(() => Int, { nullable: true }) @IsOptional() @IsCount(MAX_COUNT) usersServed?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsCount(MAX_COUNT) placesAvailable?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsCount(MAX_COUNT) complaintsReceived?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsCount(MAX_COUNT) deviationsReported?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsCount(MAX_COUNT) lexSarahReports?: number | null;
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumberBetween(0, 100)
  qualifiedStaffPercent?: number | null;
}

@InputType()
export class SubmitBusinessReportInput {
  @Field(() => ID)
  @IsId()
  unitId!: string;

  @Field(() => Int)
  @IsWholeNumber(2000, 2100)
  year!: number;

  @Field(() => [BusinessReportSectionInput], { description: 'The template sections; SUMMARY is required.' })
  @IsList(0, 20)
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
  @IsText(200)
  title!: string;

  @Field(() => Int)
  @IsCount(MAX_COUNT)
  headcount!: number;
}

@InputType()
export class SubmitStaffingReportInput {
  @Field(() => ID)
  @IsId()
  unitId!: string;

  @Field(() => Int)
  @IsWholeNumber(2000, 2100)
  year!: number;

  @Field(() => Int, { description: '1 for January–June, 2 for July–December.' })
  @IsOneOf([1, 2])
  half!: 1 | 2;

  @Field(() => Int) @IsCount(MAX_COUNT) managers!: number;
  @Field(() => Int) @IsCount(MAX_COUNT) permanent!: number;
  @Field(() => Int) @IsCount(MAX_COUNT) temporary!: number;
  @Field(() => Int) @IsCount(MAX_COUNT) hourly!: number;

  @Field(() => [JobTitleCountInput])
  @IsList(0, 100)
  @ValidateNested({ each: true })
  @Type(() => JobTitleCountInput)
  jobTitles!: JobTitleCountInput[];

  @Field(() => Float) @IsNumberBetween(0, 100) sickLeavePercent!: number;
  @Field(() => Float) @IsNumberBetween(0, 100) staffTurnoverPercent!: number;
}
