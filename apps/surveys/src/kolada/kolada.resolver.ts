import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { RequireRoles } from '@kvalitetsnav/service-kit';
import { KoladaImportResult } from './kolada.models';
import { KoladaImportService } from './kolada.service';

@Resolver()
export class KoladaImportResolver {
  constructor(private readonly kolada: KoladaImportService) {}

  @Mutation(() => KoladaImportResult, {
    description:
      "Imports KPI values in the JSON shape of Kolada's API (values[].kpi, municipality, period, values[].gender T/K/M, value).",
  })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL')
  importKoladaValues(@Args('json') json: string): Promise<KoladaImportResult> {
    return this.kolada.import(json);
  }
}
