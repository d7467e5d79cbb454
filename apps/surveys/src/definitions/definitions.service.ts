import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { surveysViolation } from '@kvalitetsnav/codes';
import { refuseAll } from '@kvalitetsnav/service-kit';
import { SurveyDefinition } from './definition.entity';
import { definitionProblems, koladaChangeProblems } from './definition-rules';
import { CreateSurveyDefinitionInput, SetSurveyQuestionKoladaInput } from './definitions.inputs';

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
    refuseAll(definitionProblems(input.questions));
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
          koladaKpiByServiceArea: (q.koladaKpiByServiceArea ?? []).map((k) => ({
            serviceArea: k.serviceArea,
            kpi: k.kpi,
          })),
          options: q.options.map((o) => ({ ...o, label: o.label.trim() })),
        })),
      });
      await manager.insert(SurveyDefinition, definition);
      return definition;
    });
  }

  /** Replaces one question's Kolada KPIs in place: the answers and their scale stay as they were. */
  async setKolada(input: SetSurveyQuestionKoladaInput): Promise<SurveyDefinition> {
    return this.dataSource.transaction(async (manager) => {
      const definition = await manager.findOne(SurveyDefinition, {
        where: { id: input.definitionId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!definition)
        throw surveysViolation('UNKNOWN', 'definitionId', { entity: 'SURVEY_DEFINITION', ids: [input.definitionId] });
      refuseAll(koladaChangeProblems(definition.questions, input));
      definition.questions = definition.questions.map((q) =>
        q.id === input.questionId
          ? {
              ...q,
              koladaKpi: input.koladaKpi ?? null,
              koladaKpiByServiceArea: input.koladaKpiByServiceArea.map((k) => ({
                serviceArea: k.serviceArea,
                kpi: k.kpi,
              })),
            }
          : q,
      );
      await manager.update(SurveyDefinition, { id: definition.id }, { questions: definition.questions });
      return definition;
    });
  }
}
