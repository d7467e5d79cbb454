import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';

const score =
  (field: string): PropertyDecorator =>
  (target, key) => {
    IsInt({ message: `${field} must be a whole number 1 to 5` })(target, key);
    Min(1, { message: `${field} must be a whole number 1 to 5` })(target, key);
    Max(5, { message: `${field} must be a whole number 1 to 5` })(target, key);
  };

@InputType({ description: 'The weekly pulse: scores 1 (no problem) to 5 (severe).' })
export class SubmitPulseAnswerInput {
  @Field(() => ID, {
    nullable: true,
    description: "Officials answering for a provider name it; a provider's key answers for its own.",
  })
  @IsOptional()
  @IsUUID('all', { message: 'providerId must be a UUID' })
  providerId?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO week, e.g. 2022-W07; default this week.' })
  @IsOptional()
  @IsString()
  week?: string | null;
  @Field(() => Int) @score('impact') impact!: number;
  @Field(() => Int) @score('staffing') staffing!: number;
  @Field(() => Int) @score('protectiveEquipment') protectiveEquipment!: number;
  @Field(() => Int) @score('worry') worry!: number;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 5000, { message: 'comment must be 1 to 5000 characters' })
  comment?: string | null;
}
