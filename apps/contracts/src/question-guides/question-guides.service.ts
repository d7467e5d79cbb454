import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { refuseAll } from '@kvalitetsnav/service-kit';
import { QuestionGuide } from './question-guide.entity';
import { guideViolations, nextGuideVersion } from './question-guide-rules';
import { PublishQuestionGuideInput } from './question-guides.inputs';

@Injectable()
export class QuestionGuidesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The latest version of every guide. */
  async latest(): Promise<QuestionGuide[]> {
    const all = await this.dataSource.getRepository(QuestionGuide).find({ order: { title: 'ASC', version: 'DESC' } });
    return all.filter((g) => !all.some((other) => other.key === g.key && other.version > g.version));
  }

  find(id: string): Promise<QuestionGuide | null> {
    return this.dataSource.getRepository(QuestionGuide).findOneBy({ id });
  }

  publish(input: PublishQuestionGuideInput): Promise<QuestionGuide> {
    const questions = input.questions.map((q) => ({
      key: q.key,
      text: q.text.trim(),
      answerType: q.answerType,
      options: q.answerType === 'CHOICE' ? (q.options ?? []).map((o) => o.trim()) : [],
      requirement: q.requirement?.trim() || null,
      askedWhenYes: q.askedWhenYes || null,
    }));
    refuseAll(guideViolations(questions));
    return this.dataSource.transaction(async (manager) => {
      // Two publishers of one key wait for each other, so each gets its own version.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`question_guide:${input.key}`]);
      const versions = (await manager.findBy(QuestionGuide, { key: input.key })).map((g) => g.version);
      const guide = manager.create(QuestionGuide, {
        id: randomUUID(),
        key: input.key,
        version: nextGuideVersion(versions),
        title: input.title.trim(),
        questions,
      });
      await manager.insert(QuestionGuide, guide);
      return guide;
    });
  }
}
