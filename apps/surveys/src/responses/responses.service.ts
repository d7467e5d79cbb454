import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Identity } from '@kvalitetsnav/auth';
import { SurveyDefinition } from '../definitions/definition.entity';
import { conflict, invalid, notFound, SurveysError, SurveysErrorCode } from '../errors/surveys-error';
import { SurveyRound } from '../rounds/round.entity';
import { RoundUnit } from '../rounds/round-unit.entity';
import { CsvRowError, parseResponseCsv } from './response-csv-rules';
import { ResponseSource, sheetProblems } from './answer-sheet-rules';
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
      const problems = sheetProblems(definition.questions, answers);
      if (problems.length) throw invalid(problems[0].field, problems.map((p) => p.message).join('; '));
      await this.roomAt(manager, input.roundId, input.unitId, 1, identity);
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
      const perUnit = new Map<string, number>();
      for (const s of sheets) perUnit.set(s.unitId, (perUnit.get(s.unitId) ?? 0) + 1);
      const unitErrors: CsvRowError[] = [];
      for (const [unitId, count] of perUnit) {
        try {
          await this.roomAt(manager, roundId, unitId, count, identity);
        } catch (error) {
          if (!(error instanceof SurveysError)) throw error;
          unitErrors.push({
            line: sheets.find((s) => s.unitId === unitId)!.line,
            column: 'unit_id',
            message: error.message,
          });
        }
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
    if (!round) throw notFound('roundId', `roundId ${roundId} is not a known round`);
    if (round.status === 'CLOSED')
      throw conflict('roundId', `the round closed on ${round.closedOn} and takes no more answers`);
    return { round, definition: await manager.findOneByOrFail(SurveyDefinition, { id: round.definitionId }) };
  }

  private async roomAt(
    manager: EntityManager,
    roundId: string,
    unitId: string,
    adding: number,
    identity: Identity,
  ): Promise<void> {
    const unit = await manager.findOneBy(RoundUnit, { roundId, unitId });
    if (!unit) throw notFound('unitId', `unit ${unitId} does not take part in this round`);
    if (identity.roles.includes('PROVIDER') && identity.providerId !== unit.providerId)
      throw new SurveysError(SurveysErrorCode.FORBIDDEN, `unit ${unitId} is a unit of another provider`, 'unitId');
    if (unit.optedOut) throw invalid('unitId', `unit ${unit.name} opted out of this round`);
    const answered = await manager.countBy(SurveyResponse, { roundId, unitId });
    if (answered + adding > unit.offered)
      throw invalid(
        'unitId',
        `unit ${unit.name} would have ${answered + adding} answers but only ${unit.offered} were offered the survey`,
      );
  }
}
