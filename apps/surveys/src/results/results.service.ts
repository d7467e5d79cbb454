import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Identity } from '@kvalitetsnav/auth';
import { surveysViolation } from '@kvalitetsnav/codes';
import { SERVICE_CONFIG } from '@kvalitetsnav/service-kit';
import { SurveysConfig } from '../config';
import { SurveyDefinition } from '../definitions/definition.entity';
import { koladaGender, koladaKpiFor } from '../kolada/kolada-rules';
import { KoladaValue } from '../kolada/kolada-value.entity';
import { SurveyResponse } from '../responses/response.entity';
import { SurveyRound } from '../rounds/round.entity';
import { RoundUnit } from '../rounds/round-unit.entity';
import { refuseAll } from '@kvalitetsnav/service-kit';
import { crossTabRefusals, crossTabulate } from './crosstab-rules';
import { computeResults, pooledShare, ResultGrouping, visibleGroups } from './result-rules';
import { SurveyAnswerShare, SurveyCrossTab, SurveyResultGroup, UnitSurveyResult } from './results.models';

@Injectable()
export class ResultsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: SurveysConfig,
  ) {}

  /** A provider sees its own per-unit and per-provider groups, and every aggregate. */
  async results(
    identity: Identity,
    roundId: string,
    groupBy: ResultGrouping,
    compareWithRoundId?: string | null,
  ): Promise<SurveyResultGroup[]> {
    const current = await this.compute(roundId, groupBy);
    const groups = visibleGroups(identity, groupBy, current.groups, current.units);
    const previous = compareWithRoundId ? await this.compute(compareWithRoundId, groupBy, 'compareWithRoundId') : null;
    const kolada = await this.koladaValues(current.definition, current.round.period);
    return groups.map((g) => ({
      ...g,
      name: current.names.get(g.key) ?? null,
      previousResponseRate: previous?.groups.find((p) => p.key === g.key)?.responseRate ?? null,
      questions: g.questions.map((q) => {
        const question = current.definition.questions.find((d) => d.id === q.questionId);
        const kpi = question ? koladaKpiFor(question, groupBy, g.key) : null;
        const gender = koladaGender(g.key);
        const lookup = (municipality: string) =>
          kpi
            ? kolada.find((k) => k.kpi === kpi && k.municipality === municipality && k.gender === gender)?.value
            : undefined;
        const national = lookup('0000');
        const own = lookup(this.config.KOLADA_MUNICIPALITY);
        const before = previous?.groups
          .find((p) => p.key === g.key)
          ?.questions.find((p) => p.questionId === q.questionId)?.sharePositive?.share;
        return {
          ...q,
          national: national === undefined ? null : national / 100,
          koladaOwn: own === undefined ? null : own / 100,
          previous: before ?? null,
        };
      }),
    }));
  }

  /** The answer distribution as rows: per visible group, question and option, hidden where the share is. */
  async distribution(identity: Identity, roundId: string, groupBy: ResultGrouping): Promise<SurveyAnswerShare[]> {
    const current = await this.compute(roundId, groupBy);
    return visibleGroups(identity, groupBy, current.groups, current.units).flatMap((g) =>
      g.questions.flatMap((q) =>
        q.distribution.map((option) => ({
          groupKey: g.key,
          groupName: current.names.get(g.key) ?? null,
          questionId: q.questionId,
          questionText: q.text,
          suppressed: q.suppressed,
          ...option,
        })),
      ),
    );
  }

  /**
   * Two questions of a round against each other over all its answers: an aggregate every
   * provider's answers make up, so whoever sees the round's total sees it.
   */
  async crossTab(roundId: string, rowQuestionId: string, columnQuestionId: string): Promise<SurveyCrossTab> {
    const round = await this.dataSource.getRepository(SurveyRound).findOneBy({ id: roundId });
    if (!round) throw surveysViolation('UNKNOWN', 'roundId', { entity: 'SURVEY_ROUND', ids: [roundId] });
    const definition = await this.dataSource
      .getRepository(SurveyDefinition)
      .findOneByOrFail({ id: round.definitionId });
    refuseAll(crossTabRefusals(definition.questions, rowQuestionId, columnQuestionId));
    const question = (id: string) => definition.questions.find((q) => q.id === id)!;
    const sheets = await this.dataSource
      .getRepository(SurveyResponse)
      .find({ where: { roundId }, select: { answers: true } });
    const table = crossTabulate(question(rowQuestionId), question(columnQuestionId), sheets, round.minCell);
    return {
      roundId,
      minCell: round.minCell,
      rowQuestionId,
      rowQuestionText: question(rowQuestionId).text,
      columnQuestionId,
      columnQuestionText: question(columnQuestionId).text,
      ...table,
    };
  }

  /**
   * Per unit, per closed round it took part in: its rate and all questions pooled. Many units
   * share a round, so each round's results are computed once for all of them.
   */
  async forUnits(unitIds: readonly string[]): Promise<UnitSurveyResult[][]> {
    const memberships = await this.dataSource.getRepository(RoundUnit).findBy({ unitId: In([...unitIds]) });
    const roundIds = [...new Set(memberships.map((m) => m.roundId))];
    const rounds = roundIds.length
      ? await this.dataSource
          .getRepository(SurveyRound)
          .find({ where: { id: In(roundIds), status: 'CLOSED' }, order: { closedOn: 'DESC' } })
      : [];
    const groupsOf = new Map<string, Awaited<ReturnType<ResultsService['compute']>>['groups']>();
    for (const round of rounds) groupsOf.set(round.id, (await this.compute(round.id, 'UNIT')).groups);
    return unitIds.map((unitId) =>
      rounds.flatMap((round) => {
        const membership = memberships.find((m) => m.roundId === round.id && m.unitId === unitId);
        if (!membership) return [];
        const group = groupsOf.get(round.id)!.find((g) => g.key === unitId)!;
        return [
          {
            roundId: round.id,
            roundName: round.name,
            period: round.period,
            optedOut: membership.optedOut,
            answers: group.answers,
            responseRate: group.responseRate!,
            sharePositive: membership.optedOut ? null : pooledShare(group),
          },
        ];
      }),
    );
  }

  private async compute(roundId: string, groupBy: ResultGrouping, field = 'roundId') {
    const round = await this.dataSource.getRepository(SurveyRound).findOneBy({ id: roundId });
    if (!round) throw surveysViolation('UNKNOWN', field, { entity: 'SURVEY_ROUND', ids: [roundId] });
    const definition = await this.dataSource
      .getRepository(SurveyDefinition)
      .findOneByOrFail({ id: round.definitionId });
    const units = await this.dataSource.getRepository(RoundUnit).findBy({ roundId });
    const sheets = await this.dataSource
      .getRepository(SurveyResponse)
      .find({ where: { roundId }, select: { unitId: true, gender: true, answers: true } });
    const groups = computeResults(definition.questions, units, sheets, groupBy, round.minCell);
    const names = new Map<string, string>(groupBy === 'UNIT' ? units.map((u) => [u.unitId, u.name]) : []);
    if (groupBy === 'PROVIDER') {
      const providers: { id: string; name: string }[] = await this.dataSource.query(
        `SELECT id, name FROM provider_ref WHERE id = ANY($1)`,
        [groups.map((g) => g.key)],
      );
      providers.forEach((p) => names.set(p.id, p.name));
    }
    return { round, definition, units, groups, names };
  }

  private koladaValues(definition: SurveyDefinition, period: string): Promise<KoladaValue[]> {
    const kpis = definition.questions
      .flatMap((q) => [q.koladaKpi, ...(q.koladaKpiByServiceArea ?? []).map((k) => k.kpi)])
      .filter((k): k is string => Boolean(k));
    return kpis.length
      ? this.dataSource.getRepository(KoladaValue).findBy({ kpi: In(kpis), period: period.slice(0, 4) })
      : Promise.resolve([]);
  }
}
