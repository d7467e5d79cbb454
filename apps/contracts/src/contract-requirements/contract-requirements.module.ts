import { Module } from '@nestjs/common';
import { ChangeLogModule } from '../change-log/change-log.module';
import {
  ContractRequirementsFieldResolver,
  ContractRequirementsResolver,
  RequirementChecksResolver,
} from './contract-requirements.resolver';
import { ContractRequirementsService } from './contract-requirements.service';

@Module({
  imports: [ChangeLogModule],
  providers: [
    ContractRequirementsService,
    ContractRequirementsResolver,
    ContractRequirementsFieldResolver,
    RequirementChecksResolver,
  ],
})
export class ContractRequirementsModule {}
