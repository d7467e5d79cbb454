import { Module } from '@nestjs/common';
import { ProviderReportsModule } from '../provider-reports/provider-reports.module';
import { StaffingImportResolver } from './staffing-import.resolver';
import { StaffingImportService } from './staffing-import.service';

/** Staffing reports of many units and half-years at once, from a spreadsheet's CSV. */
@Module({ imports: [ProviderReportsModule], providers: [StaffingImportService, StaffingImportResolver] })
export class StaffingImportModule {}
