import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Identity } from '@kvalitetsnav/auth';
import { CurrentIdentity, RequireRoles } from '@kvalitetsnav/service-kit';
import { CaseFlowImportResult } from './case-flow-import.models';
import { CaseFlowImportService } from './case-flow-import.service';

@Resolver()
export class CaseFlowImportResolver {
  constructor(private readonly importer: CaseFlowImportService) {}

  @Mutation(() => CaseFlowImportResult, {
    description:
      'Imports months of case flows from CSV (header: unit_id or unit_code, service, month, optionally source, incoming, outgoing, then one column per closure reason, its code in lower case, with the closed cases for it). Each row is a report as submitCaseFlowReport takes it, stored as a new version unless it says what the latest version says (then nothing is stored: importing a file twice adds nothing); created, changed and unchanged count them. With unit_code the rows name their units by their code in unitCodeSystem (e.g. TRESERVA), as the case system exports them. One bad row rejects the whole file. With dryRun: true the file is checked exactly as for an import and its rows returned, but nothing is stored (a preview).',
  })
  @RequireRoles('PROVIDER', 'ADMIN', 'QUALITY_OFFICIAL')
  importCaseFlowReports(
    @Args('csv') csv: string,
    @CurrentIdentity() identity: Identity,
    @Args('dryRun', { defaultValue: false, description: 'Check the file and return its rows, storing nothing.' })
    dryRun: boolean,
    @Args('unitCodeSystem', {
      nullable: true,
      type: () => String,
      description:
        'The system whose unit codes the unit_code column holds, as an UPPER_SNAKE code (e.g. TRESERVA); required with unit_code, refused without it.',
    })
    unitCodeSystem: string | null,
  ): Promise<CaseFlowImportResult> {
    return this.importer.import(csv, identity, dryRun, unitCodeSystem ?? null);
  }
}
