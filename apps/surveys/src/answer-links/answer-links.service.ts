import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { Identity } from '@kvalitetsnav/auth';
import { surveysViolation } from '@kvalitetsnav/codes';
import { refuseAll } from '@kvalitetsnav/service-kit';
import { SurveyDefinition } from '../definitions/definition.entity';
import { closedRoundRefusal } from '../responses/answer-sheet-rules';
import { ResponsesService } from '../responses/responses.service';
import { RoundUnit } from '../rounds/round-unit.entity';
import { SurveyRound } from '../rounds/round.entity';
import { answerCodeRefusal, linkedUnits, newAnswerCode } from './answer-link-rules';
import { SurveyAnswerLink } from './answer-link.entity';
import { SubmitSurveyAnswerByCodeInput } from './answer-links.inputs';
import { AnswerLinkSurvey, SurveyAnswerLinkModel } from './answer-links.models';

@Injectable()
export class AnswerLinksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly responses: ResponsesService,
  ) {}

  /**
   * Each taking unit's link; a unit gets its code the first time links are asked for, so rounds
   * made before links existed have them too.
   */
  async linksOf(roundId: string): Promise<SurveyAnswerLinkModel[]> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(SurveyRound, { id: roundId })))
        throw surveysViolation('UNKNOWN', 'roundId', { entity: 'SURVEY_ROUND', ids: [roundId] });
      const units = linkedUnits(await manager.find(RoundUnit, { where: { roundId }, order: { name: 'ASC' } }));
      if (!units.length) return [];
      await manager
        .createQueryBuilder()
        .insert()
        .into(SurveyAnswerLink)
        .values(units.map((u) => ({ roundId, unitId: u.unitId, code: newAnswerCode() })))
        .orIgnore()
        .execute();
      const links = await manager.findBy(SurveyAnswerLink, { roundId, unitId: In(units.map((u) => u.unitId)) });
      // Every taking unit has a code now: the insert above made the missing ones.
      const codes = new Map(links.map((l) => [l.unitId, l.code]));
      return units.flatMap((u) => {
        const code = codes.get(u.unitId);
        return code ? [{ unitId: u.unitId, unitName: u.name, code }] : [];
      });
    });
  }

  async surveyByCode(code: string): Promise<AnswerLinkSurvey> {
    const manager = this.dataSource.manager;
    const link = await this.linkOf(manager, code);
    const round = await manager.findOneByOrFail(SurveyRound, { id: link.roundId });
    refuseAll([closedRoundRefusal(round)]);
    const definition = await manager.findOneByOrFail(SurveyDefinition, { id: round.definitionId });
    const unit = await manager.findOneByOrFail(RoundUnit, { roundId: link.roundId, unitId: link.unitId });
    return {
      surveyName: definition.name,
      unitName: unit.name,
      pictureSupported: definition.pictureSupported,
      questions: definition.questions.map((q) => ({
        id: q.id,
        text: q.text,
        options: q.options.map((o) => ({ code: o.code, label: o.label })),
      })),
    };
  }

  /** One anonymous sheet for the link's unit, under every rule an answer sheet has (open round, room at the unit). */
  async submitByCode(input: SubmitSurveyAnswerByCodeInput, identity: Identity): Promise<boolean> {
    const link = await this.linkOf(this.dataSource.manager, input.code);
    await this.responses.submit(
      { roundId: link.roundId, unitId: link.unitId, gender: input.gender ?? 'NOT_STATED', answers: input.answers },
      identity,
      'WEB',
    );
    return true;
  }

  private async linkOf(manager: EntityManager, code: string): Promise<SurveyAnswerLink> {
    const link = code.length <= 100 ? await manager.findOneBy(SurveyAnswerLink, { code }) : null;
    const refusal = answerCodeRefusal(code, link);
    if (refusal || !link) throw refusal ?? surveysViolation('UNKNOWN_ANSWER_CODE', 'code');
    return link;
  }
}
