import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequireRoles } from '@kvalitetsnav/service-kit';
import { QuestionGuide } from './question-guide.entity';
import { PublishQuestionGuideInput } from './question-guides.inputs';
import { QuestionGuidesService } from './question-guides.service';

@Resolver(() => QuestionGuide)
export class QuestionGuidesResolver {
  constructor(private readonly guides: QuestionGuidesService) {}

  @Query(() => [QuestionGuide], { description: 'The latest version of every question guide.' })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'MEDICALLY_RESPONSIBLE')
  questionGuides(): Promise<QuestionGuide[]> {
    return this.guides.latest();
  }

  @Query(() => QuestionGuide, { nullable: true })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'MEDICALLY_RESPONSIBLE')
  questionGuide(@Args('id', { type: () => ID }) id: string): Promise<QuestionGuide | null> {
    return this.guides.find(id);
  }

  @Mutation(() => QuestionGuide, { description: 'Publishes a new version of a guide; earlier versions stay as used.' })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL')
  publishQuestionGuide(@Args('input') input: PublishQuestionGuideInput): Promise<QuestionGuide> {
    return this.guides.publish(input);
  }
}
