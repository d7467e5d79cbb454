import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
} from 'class-validator';

const year = (target: object, key: string | symbol) => {
  IsInt({ message: 'year must be a whole number' })(target, key);
  Min(2000, { message: 'year must be 2000 or later' })(target, key);
  Max(2100, { message: 'year must be 2100 or earlier' })(target, key);
};
const target = (field: string) => (t: object, key: string | symbol) => {
  IsInt({ message: `${field} must be a whole number` })(t, key);
  Min(0, { message: `${field} must be 0 or more` })(t, key);
  Max(500, { message: `${field} must be at most 500` })(t, key);
};

@InputType()
export class FollowUpPlanInput {
  @Field(() => Int)
  @year
  year!: number;

  @Field(() => [String], { description: 'Focus areas for the year.' })
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(1, 300, { each: true, message: 'focusAreas must hold texts of 1 to 300 characters' })
  focusAreas!: string[];

  @Field(() => Int, { description: 'At least this many specific follow-ups January–June.' })
  @target('targetFirstHalf')
  targetFirstHalf!: number;

  @Field(() => Int, { description: 'At least this many specific follow-ups July–December.' })
  @target('targetSecondHalf')
  targetSecondHalf!: number;
}

@InputType()
export class PlanFollowUpsInput {
  @Field(() => Int)
  @year
  year!: number;

  @Field(() => Int, { description: '1 for January–June, 2 for July–December.' })
  @IsIn([1, 2], { message: 'half must be 1 or 2' })
  half!: 1 | 2;

  @Field(() => Int, { description: 'Places: how many contracts to propose.' })
  @IsInt({ message: 'count must be a whole number' })
  @Min(1, { message: 'count must be at least 1' })
  @Max(200, { message: 'count must be at most 200' })
  count!: number;

  @Field(() => [ID], { description: "The ordering function's list, most wanted first.", defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, message: 'orderedContractIds must hold UUIDs' })
  orderedContractIds!: string[];

  @Field(() => String, { nullable: true, description: 'Repeats an earlier draw; a new one is made when absent.' })
  @IsOptional()
  @IsString()
  @Length(1, 200, { message: 'seed must be 1 to 200 characters' })
  seed?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Score risk as of this day (default today), to repeat an earlier selection.',
  })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true }, { message: 'asOf must be a date YYYY-MM-DD' })
  @Length(10, 10, { message: 'asOf must be a date YYYY-MM-DD' })
  asOf?: string | null;
}
