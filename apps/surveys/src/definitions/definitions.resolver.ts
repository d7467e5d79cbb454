import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequireRoles } from '@kvalitetsnav/service-kit';
import { SurveyDefinition } from './definition.entity';
import { CreateSurveyDefinitionInput, SetSurveyQuestionKoladaInput } from './definitions.inputs';
import { DefinitionsService } from './definitions.service';

@Resolver(() => SurveyDefinition)
export class DefinitionsResolver {
  constructor(private readonly definitions: DefinitionsService) {}

  @Query(() => [SurveyDefinition], { description: 'Every definition and version, newest version first.' })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER')
  surveyDefinitions(): Promise<SurveyDefinition[]> {
    return this.definitions.list();
  }

  @Query(() => SurveyDefinition, { nullable: true })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'REPORTING', 'PROVIDER')
  surveyDefinition(@Args('id', { type: () => ID }) id: string): Promise<SurveyDefinition | null> {
    return this.definitions.find(id);
  }

  @Mutation(() => SurveyDefinition, {
    description: 'Creates a definition, or the next version of one with the same code.',
  })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL')
  createSurveyDefinition(@Args('input') input: CreateSurveyDefinitionInput): Promise<SurveyDefinition> {
    return this.definitions.create(input);
  }

  @Mutation(() => SurveyDefinition, {
    description:
      "Replaces one question's Kolada KPIs (the total's and each service area's) in this version, for every round of it.",
  })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL')
  setSurveyQuestionKolada(@Args('input') input: SetSurveyQuestionKoladaInput): Promise<SurveyDefinition> {
    return this.definitions.setKolada(input);
  }
}
