import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Identity } from '@kvalitetsnav/auth';
import { RuleViolation, surveysViolation } from '@kvalitetsnav/codes';
import { refuseAll } from '@kvalitetsnav/service-kit';
import { SurveyDefinition } from '../definitions/definition.entity';
import { SurveyRound } from '../rounds/round.entity';
import { RoundUnit } from '../rounds/round-unit.entity';
import { answerRoomRefusal, closedRoundRefusal, ResponseSource, sheetProblems } from './answer-sheet-rules';
import { CsvRowError, parseResponseCsv, rowError } from './response-csv-rules';
import { SurveyResponse } from './response.entity';
import { SubmitSurveyResponseInput } from './responses.inputs';
import { ResponseImportResult } from './responses.models';

@Injectable()
export class ResponsesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async submit(
    input: SubmitSurveyResponseInput,
    identity: Identity,
    source: ResponseSource = 'API',
  ): Promise<SurveyResponse> {
    return this.dataSource.transaction(async (manager) => {
      const { definition } = await this.openRound(manager, input.roundId);
      const answers = input.answers.map((a) => ({ questionId: a.questionId, option: a.option ?? null }));
      refuseAll(sheetProblems(definition.questions, answers));
      refuseAll([await this.roomAt(manager, input.roundId, input.unitId, 1, identity)]);
      const response = manager.create(SurveyResponse, {
        id: randomUUID(),
        roundId: input.roundId,
        unitId: input.unitId,
        gender: input.gender,
        source,
        answers: Object.fromEntries(answers.map((a) => [a.questionId, a.option])),
      });
      await manager.insert(SurveyResponse, response);
      return response;
    });
  }

  async import(roundId: string, csv: string, identity: Identity): Promise<ResponseImportResult> {
    return this.dataSource.transaction(async (manager) => {
      const { definition } = await this.openRound(manager, roundId);
      const { sheets, errors } = parseResponseCsv(csv, definition.questions);
      if (errors.length) return { accepted: false, imported: 0, errors };
      const perUnit = new Map<string, { line: number; count: number }>();
      for (const s of sheets) {
        const seen = perUnit.get(s.unitId);
        perUnit.set(s.unitId, { line: seen?.line ?? s.line, count: (seen?.count ?? 0) + 1 });
      }
      const unitErrors: CsvRowError[] = [];
      for (const [unitId, { line, count }] of perUnit) {
        const refusal = await this.roomAt(manager, roundId, unitId, count, identity);
        if (refusal) unitErrors.push(rowError(line, 'unit_id', refusal));
      }
      if (unitErrors.length) return { accepted: false, imported: 0, errors: unitErrors };
      const rows = sheets.map((s) =>
        manager.create(SurveyResponse, {
          id: randomUUID(),
          roundId,
          unitId: s.unitId,
          gender: s.gender,
          source: 'IMPORT' as const,
          answers: s.answers,
        }),
      );
      for (let i = 0; i < rows.length; i += 500) await manager.insert(SurveyResponse, rows.slice(i, i + 500));
      return { accepted: true, imported: rows.length, errors: [] };
    });
  }

  /** The round row is locked, so concurrent answers cannot pass the offered count together. */
  private async openRound(
    manager: EntityManager,
    roundId: string,
  ): Promise<{ round: SurveyRound; definition: SurveyDefinition }> {
    const round = await manager.findOne(SurveyRound, { where: { id: roundId }, lock: { mode: 'pessimistic_write' } });
    if (!round) throw surveysViolation('UNKNOWN', 'roundId', { entity: 'SURVEY_ROUND', ids: [roundId] });
    refuseAll([closedRoundRefusal(round)]);
    return { round, definition: await manager.findOneByOrFail(SurveyDefinition, { id: round.definitionId }) };
  }

  private async roomAt(
    manager: EntityManager,
    roundId: string,
    unitId: string,
    adding: number,
    identity: Identity,
  ): Promise<RuleViolation | null> {
    const unit = await manager.findOneBy(RoundUnit, { roundId, unitId });
    const answered = unit ? await manager.countBy(SurveyResponse, { roundId, unitId }) : 0;
    return answerRoomRefusal(identity, unitId, unit, answered, adding);
  }
}
