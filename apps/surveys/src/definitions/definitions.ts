import { Injectable } from '@nestjs/common';
import { Args, Field, ID, InputType, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { RequireRoles } from '@kvalitetsnav/service-kit';
import { invalid } from '../errors/surveys-error';
import { SurveyDefinition, SurveyKind, SurveyKindEnum } from './definition.entity';
import { definitionProblems } from './definition-rules';

const CODE = /^[A-Z][A-Z0-9_]{0,59}$/;

@InputType()
export class AnswerOptionInput {
  @Field() @Matches(CODE, { message: 'options.code must be UPPER_SNAKE, 1 to 60 characters' }) code!: string;
  @Field() @IsString() @Length(1, 200, { message: 'options.label must be 1 to 200 characters' }) label!: string;
  @Field() @IsBoolean() positive!: boolean;
  @Field({ defaultValue: false }) @IsBoolean() nonSubstantive!: boolean;
}

@InputType()
export class SurveyQuestionInput {
  @Field()
  @Matches(/^[A-Za-z0-9_-]{1,40}$/, { message: 'questions.id must be 1 to 40 letters, digits, "_" or "-"' })
  id!: string;
  @Field() @IsString() @Length(1, 1000, { message: 'questions.text must be 1 to 1000 characters' }) text!: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Z]\d{5}$/, { message: 'questions.koladaKpi must look like U28532' })
  koladaKpi?: string | null;
  @Field(() => [AnswerOptionInput])
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => AnswerOptionInput)
  options!: AnswerOptionInput[];
}

@InputType()
export class CreateSurveyDefinitionInput {
  @Field({ description: 'Stable code; a definition with the same code gets the next version.' })
  @Matches(CODE, { message: 'code must be UPPER_SNAKE, 1 to 60 characters' })
  code!: string;
  @Field() @IsString() @Length(1, 300, { message: 'name must be 1 to 300 characters' }) name!: string;
  @Field(() => SurveyKindEnum, { defaultValue: 'USER_SURVEY' })
  @IsEnum(SurveyKindEnum, { message: 'kind must be USER_SURVEY or END_OF_INTERVENTION' })
  kind!: SurveyKind;
  @Field({ defaultValue: false }) @IsBoolean() pictureSupported!: boolean;
  @Field(() => [SurveyQuestionInput])
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => SurveyQuestionInput)
  questions!: SurveyQuestionInput[];
}

@Injectable()
export class DefinitionsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(): Promise<SurveyDefinition[]> {
    return this.dataSource.getRepository(SurveyDefinition).find({ order: { code: 'ASC', version: 'DESC' } });
  }

  find(id: string): Promise<SurveyDefinition | null> {
    return this.dataSource.getRepository(SurveyDefinition).findOneBy({ id });
  }

  async create(input: CreateSurveyDefinitionInput): Promise<SurveyDefinition> {
    const problems = definitionProblems(input.questions);
    if (problems.length) throw invalid(problems[0].field, problems.map((p) => p.message).join('; '));
    return this.dataSource.transaction(async (manager) => {
      // One writer per code at a time, so versions do not collide.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`survey_definition:${input.code}`]);
      const [{ max }] = await manager.query(
        `SELECT COALESCE(MAX(version), 0) AS max FROM survey_definition WHERE code = $1`,
        [input.code],
      );
      const definition = manager.create(SurveyDefinition, {
        id: randomUUID(),
        code: input.code,
        version: Number(max) + 1,
        name: input.name.trim(),
        kind: input.kind,
        pictureSupported: input.pictureSupported,
        questions: input.questions.map((q) => ({
          id: q.id,
          text: q.text.trim(),
          koladaKpi: q.koladaKpi ?? null,
          options: q.options.map((o) => ({ ...o, label: o.label.trim() })),
        })),
      });
      await manager.insert(SurveyDefinition, definition);
      return definition;
    });
  }
}

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
}
