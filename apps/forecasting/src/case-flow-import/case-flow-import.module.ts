import { Module } from '@nestjs/common';
import { CaseFlowsModule } from '../case-flows/case-flows.module';
import { CaseFlowImportResolver } from './case-flow-import.resolver';
import { CaseFlowImportService } from './case-flow-import.service';

/** Months of case-flow reports at once, from a spreadsheet's CSV. */
@Module({ imports: [CaseFlowsModule], providers: [CaseFlowImportService, CaseFlowImportResolver] })
export class CaseFlowImportModule {}
