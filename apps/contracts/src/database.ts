import { Provider } from './providers/provider.entity';
import { Unit } from './units/unit.entity';
import { ProviderApiKey } from './api-keys/provider-api-key.entity';
import { ProvidersAndUnits1732400000100 } from './migrations/1732400000100-providers-and-units';
import { ProviderApiKeys1732400000200 } from './migrations/1732400000200-provider-api-keys';
import { ContractsAndChangeLog1732400000300 } from './migrations/1732400000300-contracts-and-change-log';
import { ChangeLogEntry } from './change-log/change-log-entry.entity';
import { Contract } from './contracts/contract.entity';
import { FollowUps1732400000500 } from './migrations/1732400000500-follow-ups';
import { ActionRechecks1796127448234 } from './migrations/1796127448234-action-rechecks';
import { ApiKeyLastUsed1796200000300 } from './migrations/1796200000300-api-key-last-used';
import { FollowUp } from './follow-ups/follow-up.entity';
import { FollowUpAction } from './follow-ups/follow-up-action.entity';
import { FollowUpPlan } from './planning/follow-up-plan.entity';
import { FollowUpSelection } from './planning/follow-up-selection.entity';
import { CaseFlowMonth } from './risk-signals/case-flow-month.entity';
import { RiskSignal } from './risk-signals/risk-signal.entity';
import { ProviderReports1732400000400 } from './migrations/1732400000400-provider-reports';
import { BusinessReport } from './provider-reports/business-report.entity';
import { StaffingReport } from './provider-reports/staffing-report.entity';
import { ProviderContacts1796200000100 } from './migrations/1796200000100-provider-contacts';
import { Reminders1796200000200 } from './migrations/1796200000200-reminders';
import { ProviderContact } from './provider-contacts/provider-contact.entity';
import { Reminder } from './reminders/reminder.entity';
import { PulseAnswered } from './reminders/pulse-answered.entity';
import { PulsePeriodRef } from './reminders/pulse-period-ref.entity';
import { SupervisionCase } from './supervision/supervision-case.entity';
import { SupervisionCases1796400000200 } from './migrations/1796400000200-supervision-cases';
import { Boards1796500000100 } from './migrations/1796500000100-boards';
import { Board } from './boards/board.entity';
import { Department } from './boards/department.entity';
import { PulseWeeks1796300000100 } from './migrations/1796300000100-pulse-weeks';
import { ThematicFollowUps1796400000100 } from './migrations/1796400000100-thematic-follow-ups';
import { QuestionGuide } from './question-guides/question-guide.entity';
import { FollowUpLink } from './thematic-follow-ups/follow-up-link.entity';
import { ThematicScope } from './thematic-follow-ups/thematic-scope.entity';
import { UnitFinding } from './thematic-follow-ups/unit-finding.entity';
import { OrderingListEntry } from './ordering-list/ordering-list-entry.entity';
import { OrderingList1796500000400 } from './migrations/1796500000400-ordering-list';
import { ContractRequirement } from './contract-requirements/contract-requirement.entity';
import { RequirementFinding } from './contract-requirements/requirement-finding.entity';
import { ContractRequirements1796500000300 } from './migrations/1796500000300-contract-requirements';
import { ServiceAreaLists1796600000100 } from './migrations/1796600000100-service-area-lists';
import { RequirementFindingSnapshot1796600000400 } from './migrations/1796600000400-requirement-finding-snapshot';
import { UnitExternalCodes1796700000100 } from './migrations/1796700000100-unit-external-codes';
import { ServiceArea } from './service-areas/service-area.entity';
import { UnitExternalCode } from './units/unit-external-code.entity';
import { Sector } from './service-areas/sector.entity';

/** The contracts database: its entities and, in order, the migrations that build it. */
export const CONTRACTS_ENTITIES = [
  Provider,
  Unit,
  ProviderApiKey,
  Contract,
  ChangeLogEntry,
  BusinessReport,
  StaffingReport,
  RiskSignal,
  CaseFlowMonth,
  FollowUpPlan,
  FollowUpSelection,
  FollowUp,
  FollowUpAction,
  ProviderContact,
  Reminder,
  PulsePeriodRef,
  PulseAnswered,
  SupervisionCase,
  Board,
  Department,
  QuestionGuide,
  ThematicScope,
  UnitFinding,
  FollowUpLink,
  OrderingListEntry,
  ContractRequirement,
  RequirementFinding,
  Sector,
  ServiceArea,
  UnitExternalCode,
];
export const CONTRACTS_MIGRATIONS = [
  ProvidersAndUnits1732400000100,
  ProviderApiKeys1732400000200,
  ContractsAndChangeLog1732400000300,
  ProviderReports1732400000400,
  FollowUps1732400000500,
  ActionRechecks1796127448234,
  ProviderContacts1796200000100,
  Reminders1796200000200,
  ApiKeyLastUsed1796200000300,
  PulseWeeks1796300000100,
  SupervisionCases1796400000200,
  ThematicFollowUps1796400000100,
  OrderingList1796500000400,
  ContractRequirements1796500000300,
  Boards1796500000100,
  ServiceAreaLists1796600000100,
  RequirementFindingSnapshot1796600000400,
  UnitExternalCodes1796700000100,
];
