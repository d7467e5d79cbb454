import { Module } from '@nestjs/common';
import { CaseFlowsResolver } from './case-flows.resolver';
import { CaseFlowsService } from './case-flows.service';

/** Monthly case-flow reports from providers and the administration, and the throughput they add up to. */
@Module({ providers: [CaseFlowsService, CaseFlowsResolver], exports: [CaseFlowsService] })
export class CaseFlowsModule {}
