import type { ComponentType } from 'react';
import type { UserRole } from '@kvalitetsnav/swedish';
import type { TypedDocumentString } from './__generated__/graphql';
import {
  MEDICAL,
  OFFICIALS,
  ORDERERS,
  OWN_READS_READERS,
  PROTECTED_TEXT_READERS,
  PROVIDERS,
  READERS,
  WRITERS,
} from './session';
import { SERVICE_AREA_LIST } from './components/ServiceAreas.operations';
import * as accessLog from './pages/AccessLogPage.operations';
import * as boards from './pages/BoardsPage.operations';
import * as decisions from './pages/DeviationDecisionsPage.operations';
import * as improvements from './pages/DeviationImprovementsPage.operations';
import * as deviation from './pages/DeviationPage.operations';
import * as rootCauses from './pages/DeviationRootCausesPage.operations';
import * as categories from './pages/DeviationCategoriesPage.operations';
import * as deviations from './pages/DeviationsPage.operations';
import * as deviationImport from './components/DeviationImport.operations';
import * as importSources from './pages/DeviationImportSourcesPage.operations';
import * as followUp from './pages/FollowUpPage.operations';
import * as followUps from './pages/FollowUpsPage.operations';
import * as questionGuides from './pages/QuestionGuidesPage.operations';
import * as thematic from './pages/ThematicFollowUpPage.operations';
import * as forecastData from './pages/ForecastDataPage.operations';
import * as forecasts from './pages/ForecastsPage.operations';
import * as portalFollowUps from './pages/PortalFollowUpsPage.operations';
import * as portalReports from './pages/PortalReportsPage.operations';
import * as portal from './pages/portal.operations';
import * as portalCases from './pages/PortalCasesPage.operations';
import * as portalDeviation from './pages/PortalDeviationPage.operations';
import * as portalDeviations from './pages/PortalDeviationsPage.operations';
import * as portalPulse from './pages/PortalPulsePage.operations';
import * as portalStart from './pages/PortalStartPage.operations';
import * as provider from './pages/ProviderPage.operations';
import * as contacts from './pages/ProviderContacts.operations';
import * as reminders from './pages/RemindersPage.operations';
import * as retention from './pages/RetentionPage.operations';
import * as providers from './pages/ProvidersPage.operations';
import * as reports from './pages/ReportsPage.operations';
import * as pulse from './pages/PulsePage.operations';
import * as supervision from './pages/SupervisionPage.operations';
import * as serviceAreas from './pages/ServiceAreasPage.operations';
import * as orderingList from './pages/OrderingListPage.operations';
import * as start from './pages/StartPage.operations';
import * as answerForm from './pages/SurveyAnswerForm.operations';
import * as answerLink from './pages/SurveyAnswerLinkPage.operations';
import * as coverage from './pages/SurveyCoverage.operations';
import * as crossTab from './pages/SurveyCrossTab.operations';
import * as roundAdmin from './pages/SurveyRoundAdmin.operations';
import * as roundForm from './pages/SurveyRoundForm.operations';
import * as surveyKolada from './pages/SurveyKolada.operations';
import * as surveys from './pages/SurveysPage.operations';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any operation: the list only names them
export type AnyDocument = TypedDocumentString<any, any>;

/** A query a page runs: for everyone who sees the page, or only for the roles named. */
export type Read = AnyDocument | { document: AnyDocument; roles: readonly UserRole[] };

export interface PageRoute {
  path: string;
  /** The menu's text; a page without one is reached by links. */
  menu?: string;
  /** Who sees the page (in the menu, and at all); the gateway enforces the same rules. */
  roles: readonly UserRole[];
  /**
   * Every query the page runs, and for whom. REPORTING's allow-list at the gateway is built from
   * the reads of the pages it sees (npm run reporting-operations), so what is listed here runs.
   */
  reads: readonly Read[];
  /** The page's own chunk, loaded when first shown. */
  load: () => Promise<ComponentType>;
  /** Shown without signing in (a survey's answer link); its operations are the gateway's anonymous ones. */
  public?: true;
  /** Roles this address sends to another page instead (a provider's staff at `/` go to the portal). */
  sends?: { roles: readonly UserRole[]; to: string };
}

const officials = (document: AnyDocument): Read => ({ document, roles: OFFICIALS });
/** Officials and the MAS/MAR, who sees deviations and takes part in follow-ups. */
const WITH_MEDICAL: readonly UserRole[] = [...OFFICIALS, ...MEDICAL];
const writers = (document: AnyDocument): Read => ({ document, roles: WRITERS });

/** Every page of the app, in menu order. */
export const ROUTES: readonly PageRoute[] = [
  {
    path: '/',
    menu: 'Att hantera',
    roles: [...READERS, ...MEDICAL, ...ORDERERS],
    sends: { roles: PROVIDERS, to: '/portal' },
    reads: [
      ...[
        start.OVERDUE_ACTIONS,
        start.OVERDUE_SUPERVISION,
        start.MISSING_REPORTS,
        start.PULSE,
        start.RISKS,
        start.PROVIDER_ACTIVITY,
        start.CASE_FLOW_DELIVERIES,
        start.IOP_WITHOUT_FOLLOW_UP,
      ].map(officials),
      { document: start.OVERDUE_DEVIATIONS, roles: WITH_MEDICAL },
    ],
    load: () => import('./pages/StartPage').then((m) => m.StartPage),
  },
  {
    path: '/utforare',
    menu: 'Utförare',
    roles: OFFICIALS,
    reads: [providers.PROVIDERS, SERVICE_AREA_LIST],
    load: () => import('./pages/ProvidersPage').then((m) => m.ProvidersPage),
  },
  {
    path: '/utforare/:id',
    roles: OFFICIALS,
    // The history is the writers' (changeHistory's @RequireRoles).
    reads: [
      provider.PROVIDER,
      { document: provider.CHANGE_HISTORY, roles: WRITERS },
      { document: provider.PROVIDER_API_KEYS, roles: ['ADMIN'] },
      // Contacts are the writers' and the provider's own (Provider.contacts).
      { document: contacts.PROVIDER_CONTACTS, roles: WRITERS },
      SERVICE_AREA_LIST,
    ],
    load: () => import('./pages/ProviderPage').then((m) => m.ProviderPage),
  },
  {
    path: '/uppfoljning',
    menu: 'Uppföljning',
    roles: OFFICIALS,
    reads: [
      followUps.FOLLOW_UPS,
      followUps.FOLLOW_UPS_LIST,
      followUps.FOLLOW_UP_COVERAGE,
      writers(followUps.KEPT_ORDERING_LIST),
      SERVICE_AREA_LIST,
    ],
    load: () => import('./pages/FollowUpsPage').then((m) => m.FollowUpsPage),
  },
  {
    path: '/uppfoljning/:id',
    roles: OFFICIALS,
    reads: [followUp.FOLLOW_UP],
    load: () => import('./pages/FollowUpPage').then((m) => m.FollowUpPage),
  },
  {
    path: '/fragequider',
    menu: 'Frågeguider',
    roles: WITH_MEDICAL,
    reads: [questionGuides.QUESTION_GUIDES, SERVICE_AREA_LIST],
    load: () => import('./pages/QuestionGuidesPage').then((m) => m.QuestionGuidesPage),
  },
  {
    path: '/fragequider/:id',
    roles: WITH_MEDICAL,
    reads: [thematic.THEMATIC_FOLLOW_UP, SERVICE_AREA_LIST],
    load: () => import('./pages/ThematicFollowUpPage').then((m) => m.ThematicFollowUpPage),
  },
  {
    path: '/avvikelser',
    menu: 'Avvikelser',
    roles: WITH_MEDICAL,
    reads: [
      deviations.DEVIATIONS,
      deviations.STATISTICS,
      deviations.BREAKDOWNS,
      deviations.UNITS,
      deviations.BOARDS,
      deviations.DEVIATION_CATEGORIES,
      writers(deviationImport.IMPORT_SOURCES),
      writers(deviationImport.PREVIEW_IMPORT),
    ],
    load: () => import('./pages/DeviationsPage').then((m) => m.DeviationsPage),
  },
  {
    path: '/avvikelser/ej-verkstallda-beslut',
    roles: OFFICIALS,
    reads: [decisions.OPEN_DECISIONS, decisions.QUARTERS, decisions.QUARTER_REPORT, SERVICE_AREA_LIST],
    load: () => import('./pages/DeviationDecisionsPage').then((m) => m.DeviationDecisionsPage),
  },
  {
    path: '/avvikelser/forbattringar',
    roles: OFFICIALS,
    reads: [
      improvements.IMPROVEMENTS,
      improvements.IMPROVEMENT_STATISTICS,
      improvements.IMPROVEMENT_UNITS,
      improvements.SOURCE_DEVIATION,
      improvements.UNIT_DEVIATIONS,
      improvements.IMPROVEMENT_FOLLOW_UPS,
    ],
    load: () => import('./pages/DeviationImprovementsPage').then((m) => m.DeviationImprovementsPage),
  },
  {
    // Before '/avvikelser/:id' in the list; the router prefers the fixed path either way.
    path: '/avvikelser/grundorsaker',
    roles: WRITERS,
    reads: [rootCauses.ALL_ROOT_CAUSES],
    load: () => import('./pages/DeviationRootCausesPage').then((m) => m.DeviationRootCausesPage),
  },
  {
    path: '/avvikelser/importkallor',
    roles: WRITERS,
    reads: [deviationImport.IMPORT_SOURCES, importSources.IMPORT_SOURCE_CATEGORIES],
    load: () => import('./pages/DeviationImportSourcesPage').then((m) => m.DeviationImportSourcesPage),
  },
  {
    path: '/avvikelser/kategorier',
    roles: WRITERS,
    reads: [categories.ALL_CATEGORIES],
    load: () => import('./pages/DeviationCategoriesPage').then((m) => m.DeviationCategoriesPage),
  },
  {
    path: '/avvikelser/:id',
    roles: WITH_MEDICAL,
    reads: [
      deviation.DEVIATION,
      deviation.ROOT_CAUSES,
      deviation.CATEGORIES,
      deviation.FOLLOW_UPS,
      SERVICE_AREA_LIST,
      // Opened on request (Visa originaltext), and logged when read.
      { document: deviation.DEVIATION_ORIGINAL, roles: PROTECTED_TEXT_READERS },
    ],
    load: () => import('./pages/DeviationPage').then((m) => m.DeviationPage),
  },
  {
    // Who read an individual's data (protected originals, deviations opened, decisions not executed): the whole log, searched.
    path: '/atkomstlogg',
    menu: 'Åtkomstlogg',
    roles: ['ADMIN'],
    reads: [accessLog.ACCESS_LOG],
    load: () => import('./pages/AccessLogPage').then((m) => m.AccessLogPage),
  },
  {
    // Retention (gallring): originals and free texts of long-closed deviations culled, and the runs.
    path: '/gallring',
    menu: 'Gallring',
    roles: ['ADMIN'],
    reads: [retention.RETENTION_SETTINGS, retention.RETENTION_RUNS],
    load: () => import('./pages/RetentionPage').then((m) => m.RetentionPage),
  },
  {
    // Each reader's own logged reads (myAccessLog).
    path: '/mina-lasningar',
    menu: 'Mina läsningar',
    roles: OWN_READS_READERS,
    reads: [accessLog.MY_ACCESS_LOG],
    load: () => import('./pages/AccessLogPage').then((m) => m.MyReadsPage),
  },
  {
    path: '/brukarundersokningar',
    menu: 'Brukarundersökningar',
    roles: READERS,
    reads: [
      surveys.ROUNDS,
      surveys.RESULTS,
      surveys.DISTRIBUTION,
      crossTab.CROSS_TAB,
      officials(answerForm.ANSWER_ROUND),
      officials(answerForm.ANSWER_DEFINITION),
      ...[
        roundForm.DEFINITIONS,
        roundForm.UNITS,
        roundAdmin.ANSWER_LINKS,
        coverage.ROUND_UNITS,
        surveyKolada.DEFINITION_KOLADA,
      ].map(writers),
      SERVICE_AREA_LIST,
    ],
    load: () => import('./pages/SurveysPage').then((m) => m.SurveysPage),
  },
  {
    // A respondent's, e.g. on a tablet: no sign-in, no menu entry; the code in the address is the only key.
    path: '/svara/:code',
    roles: [],
    public: true,
    reads: [answerLink.SURVEY_BY_CODE],
    load: () => import('./pages/SurveyAnswerLinkPage').then((m) => m.SurveyAnswerLinkPage),
  },
  {
    // The crisis pulse: officials open its weeks with their questions, see the trend, follow up signals; providers answer in the portal.
    path: '/pulsenkat',
    menu: 'Pulsenkät',
    roles: OFFICIALS,
    reads: [
      pulse.PULSE_PERIODS,
      pulse.PULSE_WEEK_OVERVIEW,
      pulse.PULSE_TREND,
      pulse.PULSE_TREND_PER_UNIT,
      pulse.PULSE_TREND_OF,
    ],
    load: () => import('./pages/PulsePage').then((m) => m.PulsePage),
  },
  {
    // The ordering function's list: the selection of the half-year starts from it.
    path: '/bestallarlista',
    menu: 'Beställarlista',
    roles: [...OFFICIALS, ...ORDERERS],
    reads: [orderingList.ORDERING_LIST],
    load: () => import('./pages/OrderingListPage').then((m) => m.OrderingListPage),
  },
  {
    // IVO's and JO's cases; open ones raise the contract's risk in the selection.
    path: '/tillsyn',
    menu: 'Tillsyn',
    roles: OFFICIALS,
    reads: [supervision.SUPERVISION_PROVIDERS, supervision.SUPERVISION_CASES],
    load: () => import('./pages/SupervisionPage').then((m) => m.SupervisionPage),
  },
  {
    // The administration's boards and departments; units, contracts and plans belong to a board.
    path: '/namnder',
    menu: 'Nämnder',
    roles: OFFICIALS,
    reads: [boards.BOARDS],
    load: () => import('./pages/BoardsPage').then((m) => m.BoardsPage),
  },
  {
    // The municipality's sectors and service areas: units, figures and reports are named by them.
    path: '/verksamhetsomraden',
    menu: 'Verksamhetsområden',
    roles: OFFICIALS,
    reads: [serviceAreas.SERVICE_AREAS_PAGE],
    load: () => import('./pages/ServiceAreasPage').then((m) => m.ServiceAreasPage),
  },
  {
    path: '/prognoser',
    menu: 'Prognoser',
    roles: READERS,
    reads: [
      officials(forecasts.UNITS),
      officials(forecasts.READINESS),
      forecasts.FORECAST,
      forecasts.PROJECTION,
      SERVICE_AREA_LIST,
    ],
    load: () => import('./pages/ForecastsPage').then((m) => m.ForecastsPage),
  },
  {
    // Reached from the forecasts page: the figures the forecasts and projections are made from.
    path: '/prognoser/underlag',
    roles: WRITERS,
    reads: [forecastData.UNITS, forecastData.CLOSURE_REASONS, SERVICE_AREA_LIST],
    load: () => import('./pages/ForecastDataPage').then((m) => m.ForecastDataPage),
  },
  {
    // The reminders recorded: what was mailed, bounced, or (with mail off) kept here only.
    path: '/utskick',
    menu: 'Utskick',
    roles: WRITERS,
    reads: [reminders.REMINDERS],
    load: () => import('./pages/RemindersPage').then((m) => m.RemindersPage),
  },
  {
    // Reports are made by the gateway's REST endpoint (/reports), not by GraphQL from the browser.
    path: '/rapporter',
    menu: 'Rapporter',
    roles: READERS,
    reads: [officials(reports.BOARDS)],
    load: () => import('./pages/ReportsPage').then((m) => m.ReportsPage),
  },
  // The provider portal: a provider's staff member's own menu, everything confined to their provider by the API.
  {
    path: '/portal',
    menu: 'Att göra',
    roles: PROVIDERS,
    reads: [
      portal.PORTAL_UNITS,
      portalStart.REPORTS_DUE,
      portalStart.OPEN_ACTIONS,
      portalStart.MISSING_CASE_FLOWS,
      portalStart.PULSE_WEEK,
    ],
    load: () => import('./pages/PortalStartPage').then((m) => m.PortalStartPage),
  },
  {
    path: '/portal/rapporter',
    menu: 'Rapporter',
    roles: PROVIDERS,
    reads: [portal.PORTAL_UNITS, portalReports.SUBMITTED_REPORTS, SERVICE_AREA_LIST],
    load: () => import('./pages/PortalReportsPage').then((m) => m.PortalReportsPage),
  },
  {
    path: '/portal/uppfoljningar',
    menu: 'Uppföljningar',
    roles: PROVIDERS,
    reads: [portalFollowUps.OWN_FOLLOW_UPS],
    load: () => import('./pages/PortalFollowUpsPage').then((m) => m.PortalFollowUpsPage),
  },
  {
    path: '/portal/uppfoljningar/:id',
    roles: PROVIDERS,
    reads: [portalFollowUps.OWN_FOLLOW_UP],
    load: () => import('./pages/PortalFollowUpPage').then((m) => m.PortalFollowUpPage),
  },
  {
    path: '/portal/avvikelser',
    menu: 'Avvikelser',
    roles: PROVIDERS,
    reads: [portal.PORTAL_UNITS, portalDeviations.PORTAL_DEVIATIONS, deviations.DEVIATION_CATEGORIES],
    load: () => import('./pages/PortalDeviationsPage').then((m) => m.PortalDeviationsPage),
  },
  {
    path: '/portal/avvikelser/:id',
    roles: PROVIDERS,
    reads: [portalDeviation.PORTAL_DEVIATION],
    load: () => import('./pages/PortalDeviationPage').then((m) => m.PortalDeviationPage),
  },
  {
    path: '/portal/puls',
    menu: 'Pulsenkät',
    roles: PROVIDERS,
    reads: [portalPulse.PORTAL_PULSE],
    load: () => import('./pages/PortalPulsePage').then((m) => m.PortalPulsePage),
  },
  {
    path: '/portal/arenden',
    menu: 'Ärenden',
    roles: PROVIDERS,
    reads: [
      portal.PORTAL_UNITS,
      forecastData.CLOSURE_REASONS,
      portalCases.PORTAL_MISSING_MONTHS,
      portalCases.PORTAL_CASE_FLOWS,
      portalCases.PORTAL_PLACEMENTS,
      SERVICE_AREA_LIST,
    ],
    load: () => import('./pages/PortalCasesPage').then((m) => m.PortalCasesPage),
  },
  {
    path: '/portal/konto',
    menu: 'Konto',
    roles: PROVIDERS,
    reads: [portal.PORTAL_UNITS, provider.PROVIDER_API_KEYS],
    load: () => import('./pages/PortalAccountPage').then((m) => m.PortalAccountPage),
  },
];

/** The queries a role runs on a page. */
export function readsOf(route: PageRoute, role: UserRole): AnyDocument[] {
  if (!route.roles.includes(role)) return [];
  return route.reads.flatMap((read) =>
    'document' in read ? (read.roles.includes(role) ? [read.document] : []) : [read],
  );
}
