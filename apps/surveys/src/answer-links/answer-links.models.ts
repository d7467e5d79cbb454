import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('SurveyAnswerLink', {
  description: "A unit's answer link in a round: the code a respondent opens at /svara/<code>.",
})
export class SurveyAnswerLinkModel {
  @Field(() => ID) unitId!: string;
  @Field() unitName!: string;
  @Field({ description: 'Random and unguessable; opens the survey without signing in.' }) code!: string;
}

@ObjectType()
export class AnswerLinkOption {
  @Field() code!: string;
  @Field() label!: string;
}

@ObjectType()
export class AnswerLinkQuestion {
  @Field() id!: string;
  @Field() text!: string;
  @Field(() => [AnswerLinkOption]) options!: AnswerLinkOption[];
}

@ObjectType({
  description: 'What a respondent sees behind an answer link: the questions and the unit’s name, nothing else.',
})
export class AnswerLinkSurvey {
  @Field() surveyName!: string;
  @Field() unitName!: string;
  @Field() pictureSupported!: boolean;
  @Field(() => [AnswerLinkQuestion]) questions!: AnswerLinkQuestion[];
}
