import { Module } from '@nestjs/common';
import { QuestionGuidesResolver } from './question-guides.resolver';
import { QuestionGuidesService } from './question-guides.service';

@Module({
  providers: [QuestionGuidesService, QuestionGuidesResolver],
  exports: [QuestionGuidesService],
})
export class QuestionGuidesModule {}
