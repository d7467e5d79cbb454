import type { Role } from '@kvalitetsnav/auth';

/**
 * Who may run what, through the gateway: the written policy. The README's matrix is rendered
 * from it (npm run role-matrix) and role-matrix.e2e-spec walks all of it against the real stack.
 * PROVIDER is a provider's staff member (portal) or API key, confined to its own data; REPORTING runs only allow-listed operations.
 */
export const ROLE_MATRIX: Record<string, Role[]> = {
  'query providers': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER'],
  'query providersPage': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER'],
  'query provider': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER'],
  'query units': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER'],
  'query unit': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER'],
  'query providerApiKeys': ['ADMIN', 'PROVIDER'],
  'query changeHistory': ['ADMIN', 'QUALITY_OFFICIAL'],
  'query contracts': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER'],
  'query contract': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER'],
  'query businessReports': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER'],
  'query staffingReports': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER'],
  'query reportsDue': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER'],
  'query unitsMissingReport': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER'],
  'query followUps': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER'],
  'query followUpsPage': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER'],
  'query followUp': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER'],
  'query overdueFollowUpActions': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER'],
  'query boardQueue': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER'],
  'query halfYearFollowUpReport': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER'],
  'query followUpPlan': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER'],
  'query followUpPlans': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER'],
  'query followUpSelection': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER'],
  'query deviations': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER'],
  'query deviationsPage': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER'],
  'query deviation': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER'],
  'query overdueDeviations': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER'],
  'query deviationStatistics': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'REPORTING', 'PROVIDER'],
  'query deviationStatisticsBy': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'REPORTING', 'PROVIDER'],
  'query deviationTrend': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'REPORTING', 'PROVIDER'],
  'query decisionsNotExecuted': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER'],
  'query decisionsNotExecutedByQuarter': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'REPORTING'],
  'query rootCauses': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER'],
  'query improvements': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER'],
  'query caseFlowReports': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER'],
  'query caseFlowKpis': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'REPORTING', 'PROVIDER'],
  'query missingCaseFlowMonths': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER'],
  'query closureReasons': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'REPORTING', 'PROVIDER'],
  'query forecast': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'REPORTING', 'PROVIDER'],
  'query forecastReadiness': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER'],
  'query placementSummary': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'REPORTING'],
  'query projection': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'REPORTING'],
  'query surveyDefinitions': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER'],
  'query surveyDefinition': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'REPORTING', 'PROVIDER'],
  'query surveyRounds': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'REPORTING', 'PROVIDER'],
  'query surveyRound': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'REPORTING', 'PROVIDER'],
  'query surveyResults': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'REPORTING', 'PROVIDER'],
  'query surveyAnswerLinks': ['ADMIN', 'QUALITY_OFFICIAL'],
  // Also for a caller without credentials (ANONYMOUS), the only two: gateway-anonymous.e2e-spec walks that.
  'query surveyByAnswerCode': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER'],
  'query pulseOverview': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER'],
  'mutation createProvider': ['ADMIN', 'QUALITY_OFFICIAL'],
  'mutation updateProvider': ['ADMIN', 'QUALITY_OFFICIAL'],
  'mutation createUnit': ['ADMIN', 'QUALITY_OFFICIAL'],
  'mutation updateUnit': ['ADMIN', 'QUALITY_OFFICIAL'],
  'mutation createProviderApiKey': ['ADMIN'],
  'mutation revokeProviderApiKey': ['ADMIN'],
  'mutation createContract': ['ADMIN', 'QUALITY_OFFICIAL'],
  'mutation updateContract': ['ADMIN', 'QUALITY_OFFICIAL'],
  'mutation terminateContract': ['ADMIN', 'QUALITY_OFFICIAL'],
  'mutation submitBusinessReport': ['ADMIN', 'QUALITY_OFFICIAL', 'PROVIDER'],
  'mutation submitStaffingReport': ['ADMIN', 'QUALITY_OFFICIAL', 'PROVIDER'],
  'mutation createFollowUp': ['ADMIN', 'QUALITY_OFFICIAL'],
  'mutation prepareFollowUp': ['ADMIN', 'QUALITY_OFFICIAL'],
  'mutation startFollowUp': ['ADMIN', 'QUALITY_OFFICIAL'],
  'mutation reportFollowUp': ['ADMIN', 'QUALITY_OFFICIAL'],
  'mutation closeFollowUp': ['ADMIN', 'QUALITY_OFFICIAL'],
  'mutation cancelFollowUp': ['ADMIN', 'QUALITY_OFFICIAL'],
  'mutation publishFollowUpReport': ['ADMIN', 'QUALITY_OFFICIAL'],
  'mutation presentFollowUpToBoard': ['ADMIN', 'QUALITY_OFFICIAL'],
  'mutation submitActionPlan': ['ADMIN', 'QUALITY_OFFICIAL', 'PROVIDER'],
  'mutation completeFollowUpAction': ['ADMIN', 'QUALITY_OFFICIAL', 'PROVIDER'],
  'mutation recheckFollowUpAction': ['ADMIN', 'QUALITY_OFFICIAL'],
  'mutation saveFollowUpPlan': ['ADMIN', 'QUALITY_OFFICIAL'],
  'mutation planFollowUps': ['ADMIN', 'QUALITY_OFFICIAL'],
  'mutation acceptFollowUpProposals': ['ADMIN', 'QUALITY_OFFICIAL'],
  'mutation reportDeviation': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER'],
  'mutation registerComplaint': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER'],
  'mutation changeDeviationStatus': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER'],
  'mutation assessSeriousness': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER'],
  'mutation reportDeviationToIvo': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER'],
  'mutation setDeviationRootCauses': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER'],
  'mutation importDeviations': ['ADMIN', 'QUALITY_OFFICIAL', 'PROVIDER'],
  'mutation registerDecisionNotExecuted': ['ADMIN', 'QUALITY_OFFICIAL'],
  'mutation markDecisionExecuted': ['ADMIN', 'QUALITY_OFFICIAL'],
  'mutation createRootCause': ['ADMIN', 'QUALITY_OFFICIAL'],
  'mutation setRootCauseActive': ['ADMIN', 'QUALITY_OFFICIAL'],
  'mutation createImprovement': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER'],
  'mutation completeImprovementPhase': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER'],
  'mutation linkDeviationToFollowUp': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER'],
  'mutation submitCaseFlowReport': ['ADMIN', 'QUALITY_OFFICIAL', 'PROVIDER'],
  'mutation submitPlacementReport': ['ADMIN', 'QUALITY_OFFICIAL'],
  'mutation importCaseFlowReports': ['ADMIN', 'QUALITY_OFFICIAL', 'PROVIDER'],
  'mutation importPlacementReports': ['ADMIN', 'QUALITY_OFFICIAL'],
  'mutation importPopulation': ['ADMIN', 'QUALITY_OFFICIAL'],
  'mutation setUsageRates': ['ADMIN', 'QUALITY_OFFICIAL'],
  'mutation createSurveyDefinition': ['ADMIN', 'QUALITY_OFFICIAL'],
  'mutation createSurveyRound': ['ADMIN', 'QUALITY_OFFICIAL'],
  'mutation closeSurveyRound': ['ADMIN', 'QUALITY_OFFICIAL'],
  'mutation submitSurveyResponse': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER'],
  'mutation importSurveyResponses': ['ADMIN', 'QUALITY_OFFICIAL', 'PROVIDER'],
  'mutation submitSurveyAnswerByCode': ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER'],
  'mutation importKoladaValues': ['ADMIN', 'QUALITY_OFFICIAL'],
  'mutation submitPulseAnswer': ['ADMIN', 'QUALITY_OFFICIAL', 'PROVIDER'],
};

export const MATRIX_ROLES: Role[] = ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'REPORTING', 'PROVIDER'];

export const MATRIX_START = '<!-- role-matrix:start (npm run role-matrix) -->';
export const MATRIX_END = '<!-- role-matrix:end -->';

/** The matrix as a Markdown table, queries first, in schema order. */
export function renderMatrix(matrix = ROLE_MATRIX): string {
  const header = `| operation | ${MATRIX_ROLES.join(' | ')} |`;
  const rule = `|---|${MATRIX_ROLES.map(() => ':-:').join('|')}|`;
  const rows = Object.entries(matrix).map(
    ([operation, roles]) =>
      `| \`${operation}\` | ${MATRIX_ROLES.map((r) => (roles.includes(r) ? '✓' : '')).join(' | ')} |`,
  );
  return [MATRIX_START, header, rule, ...rows, MATRIX_END].join('\n');
}
