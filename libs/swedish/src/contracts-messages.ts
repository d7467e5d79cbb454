import { ContractsRules } from '@kvalitetsnav/codes';
import { enumLabel } from './enum-labels';
import { either, list, SwedishRules } from './rule-messages';
import { swedishNumber } from './numbers';

const quoted = (text: string) => `”${text}”`;

/** Swedish for the rules only the contracts service refuses by. */
export const CONTRACTS_RULE_MESSAGES: SwedishRules<typeof ContractsRules> = {
  ORGANISATION_NUMBER_INVALID: (p, f) =>
    p.problem === 'NOT_DIGITS'
      ? `${f} får bara innehålla siffror och ett bindestreck.`
      : p.problem === 'NOT_TEN_DIGITS'
        ? `${f} måste ha tio siffror (NNNNNN-NNNN).`
        : `${f} har fel kontrollsiffra. Kontrollera numret.`,
  API_KEY_NOT_VALID: () => 'API-nyckeln är ogiltig eller har återkallats.',

  END_BEFORE_START: (p, f) => `${f} kan inte ligga före startdatum ${p.startDate}.`,
  UNITS_OF_ANOTHER_PROVIDER: (p) =>
    p.ids.length === 1
      ? `Enheten ${p.ids[0]} hör inte till ${p.providerName}.`
      : `Enheterna ${list(p.ids)} hör inte till ${p.providerName}.`,
  TERMINATED_BEFORE_START: (p, f) => `${f} kan inte ligga före avtalets startdatum ${p.startDate}.`,
  TERMINATED_AFTER_END: (p, f) => `${f} kan inte ligga efter avtalets slutdatum ${p.endDate}.`,
  ALREADY_TERMINATED: (p) => `Avtalet är redan uppsagt från och med ${p.terminatedOn}.`,

  CONTRACT_REQUIRED: (p) =>
    `En uppföljning av typen ${quoted(enumLabel('FollowUpType', p.type))} gäller ett avtal. Välj vilket avtal.`,
  IOP_CONTRACT_REQUIRED: (p) =>
    `En årlig IOP-uppföljning gäller ett idéburet offentligt partnerskap (IOP), men det valda avtalet är ${quoted(enumLabel('ContractForm', p.form))}.`,
  TRIGGER_REQUIRED: (_, f) => `Ange vilken signal som ledde till den signalstyrda uppföljningen (${f}).`,
  PREPARATION_CLOSED: (p) =>
    `Uppföljningen har status ${quoted(enumLabel('FollowUpStatus', p.status))} och kan inte längre förberedas.`,
  ASSISTANT_IS_RESPONSIBLE: () => 'Biträdande tjänsteman måste vara någon annan än den ansvariga tjänstemannen.',
  FOLLOW_UP_TRANSITION: (p) =>
    `En uppföljning med status ${quoted(enumLabel('FollowUpStatus', p.from))} kan inte få status ${quoted(
      enumLabel('FollowUpStatus', p.to),
    )}. Det går bara från ${either(p.allowedFrom.map((s) => quoted(enumLabel('FollowUpStatus', s))))}.`,
  RESPONSIBLE_REQUIRED: () => 'Ange en ansvarig tjänsteman innan uppföljningen startar.',
  PREPARATION_NOT_DONE: (p) =>
    `Förberedelserna är inte klara. Kvar att göra: ${list(p.missing.map((item) => enumLabel('ChecklistItem', item).toLowerCase()))}.`,
  METHOD_REQUIRED: () => 'Ange minst en metod innan uppföljningen rapporteras.',
  FINDINGS_REQUIRED: () => 'Skriv in iakttagelserna för att kunna rapportera uppföljningen.',
  DEADLINE_PASSED: (p) => `Sista dag för åtgärden (${p.value}) har redan passerat – i dag är det ${p.today}.`,
  ACTIONS_NOT_VERIFIED: (p) =>
    p.count === 1
      ? 'En åtgärd är ännu inte kontrollerad vid återkontroll.'
      : `${p.count} åtgärder är ännu inte kontrollerade vid återkontroll.`,
  NOT_REPORTED: (p) =>
    `Bara en rapporterad uppföljning kan publiceras. Den här har status ${quoted(enumLabel('FollowUpStatus', p.status))}.`,
  ALREADY_PUBLISHED: (p) => `Rapporten publicerades redan ${p.publishedOn}.`,
  NO_DECISION_CASE: () => 'Uppföljningen har inget beslutsärende och redovisas i stället i halvårsrapporten.',
  MEETING_BEFORE_REPORT: (p, f) => `${f} kan inte ligga före rapportdatum ${p.reportedOn}.`,
  ALREADY_PRESENTED: (p) => `Uppföljningen redovisades redan för nämnden ${p.boardMeetingOn}.`,
  ACTIONS_CLOSED: (p) =>
    `Uppföljningen har status ${quoted(enumLabel('FollowUpStatus', p.status))}. Åtgärder kan bara ändras medan den är rapporterad.`,
  ACTION_TRANSITION: (p) =>
    `En åtgärd med status ${quoted(enumLabel('FollowUpActionStatus', p.from))} kan inte få status ${quoted(
      enumLabel('FollowUpActionStatus', p.to),
    )}. Det går bara från ${either(p.allowedFrom.map((s) => quoted(enumLabel('FollowUpActionStatus', s))))}.`,

  NO_PLAN_FOR_YEAR: (p) => `Det finns ingen uppföljningsplan för ${p.year}. Spara årets plan först.`,
  SELECTION_ALREADY_ACCEPTED: () => 'Förslagen i det här urvalet är redan inplanerade.',
  NOT_PROPOSED: (p) =>
    p.ids.length === 1
      ? `Avtalet ${p.ids[0]} föreslogs inte i det här urvalet.`
      : `Avtalen ${list(p.ids)} föreslogs inte i det här urvalet.`,
  PLANNED_OUTSIDE_PERIOD: (p, f) => `${f} ${p.value} ligger utanför urvalets planperiod (${p.from}–${p.to}).`,
  PLAN_PERIOD_UNKNOWN: (p) => `Planen har ${p.periods} perioder; period ${p.period} finns inte.`,
  PLAN_PERIOD_ENDS_BEFORE_START: (p) => `Perioden slutar ${p.endsOn}, före sin början ${p.startsOn}.`,
  PLAN_PERIODS_OVERLAP: (p) => `Period ${p.period} överlappar period ${p.other}. Perioderna får inte gå in i varandra.`,
  PLAN_PERIOD_OUTSIDE_YEAR: (p, f) =>
    `${f} ${p.value} ligger utanför planåret (${p.from}–${p.to}). Första perioden får börja 1 december året före.`,
  LIST_CODE_NEEDED: (p) =>
    `Ange en kod: av namnet ${quoted(p.name)} går ingen kod att göra (versaler A–Z, siffror och understreck).`,
  DEPARTMENT_OF_OTHER_BOARD: (p) => `Avdelningen ${quoted(p.department)} hör till en annan nämnd än enhetens.`,
  NEW_DEADLINE_WHEN_MET: (_, f) => `${f} anges bara när åtgärden inte är uppfylld vid återkontrollen.`,

  HALF_YEAR_IN_THE_FUTURE: (p) =>
    `Halvår ${p.half} ${p.year} har inte börjat än – det börjar ${p.startsOn}, och i dag är det ${p.today}.`,
  JOB_TITLES_EXCEED_STAFF: (p) =>
    `Befattningarna summerar till ${p.titled} personer, men rapporten har ${p.staff} (chefer samt tillsvidare-, visstids- och timanställda).`,
  JOB_TITLE_TWICE: (p) => `Befattningen ${quoted(p.title)} står med mer än en gång.`,
  SECTION_TWICE: (p) => `Avsnittet ${quoted(enumLabel('BusinessReportSection', p.section))} står med mer än en gång.`,
  SECTION_REQUIRED: (p) => `Avsnittet ${quoted(enumLabel('BusinessReportSection', p.section))} måste finnas med.`,
  HALF_REQUIRED: (p) => `Ange halvår för ${enumLabel('ProviderReportKind', p.kind).toLowerCase()}.`,

  EMAIL_INVALID: (p) => `${quoted(p.value)} är ingen e-postadress. Skriv den som namn@exempel.se.`,
  TOPIC_REQUIRED: () => 'Välj minst en sak som kontaktpersonen vill få besked om.',
  STAFFING_CSV_UNREADABLE: () =>
    'Filen går inte att läsa som CSV. Kontrollera citattecknen och att varje rad har lika många kolumner som rubrikraden.',
  STAFFING_CSV_EMPTY: () => 'Filen är tom. Första raden ska vara rubrikraden med kolumnernas namn.',
  STAFFING_CSV_COLUMN_MISSING: (p) => `Kolumnen ${p.column} måste finnas i rubrikraden.`,
  STAFFING_CSV_COLUMN_UNKNOWN: (p) =>
    `Kolumnen ${p.column} finns inte i formatet. Kolumnerna som kan användas är ${list(p.known)}.`,
  STAFFING_CSV_TOO_MANY_ROWS: (p) =>
    `Filen har ${swedishNumber(p.rows)} rader men får ha högst ${swedishNumber(p.max)}. Dela upp den i flera filer.`,
  STAFFING_CSV_ROW_REPEATED: (p) =>
    `Rad ${p.line} rapporterar redan samma enhet och halvår. En enhets halvår får bara finnas en gång i filen.`,
  STAFFING_CSV_JOB_TITLE: (p, f) =>
    `${f}: ${quoted(p.value)} är inte en befattning med antal, som ${quoted('Undersköterska:12')}. Skilj befattningarna åt med semikolon.`,
  SUPERVISION_BEFORE_OPENED: (p, f) => `${f} kan inte ligga före den dag ärendet öppnades, ${p.openedOn}.`,
  SUPERVISION_CASE_CLOSED: (p) => `Tillsynsärendet avslutades ${p.closedOn} och kan inte ändras.`,
  SUPERVISION_RESPONSES_UNSENT: (p) =>
    p.count === 1
      ? 'Ett begärt svar är inte skickat. Ärendet kan avslutas när alla svar är skickade.'
      : `${p.count} begärda svar är inte skickade. Ärendet kan avslutas när alla svar är skickade.`,
  SUPERVISION_RESPONSE_SENT: (p) => `Svaret är redan skickat (${p.sentOn}).`,
  ALREADY_ON_ORDERING_LIST: (p) => `Avtalet står redan som nummer ${p.position} på beställarens lista.`,
  NOT_ON_ORDERING_LIST: () => 'Avtalet står inte på beställarens lista.',
  ORDERING_POSITION_OUT_OF_RANGE: (p, f) => `${f} måste vara mellan 1 och ${p.max}, inte ${p.value}.`,
  CONTRACT_NOT_IN_FORCE: (p) =>
    `Avtalet har ${p.status === 'TERMINATED' ? 'sagts upp' : 'löpt ut'} och kan inte följas upp.`,
  GUIDE_OPTIONS_REQUIRED: (_, f) => `${f}: en flervalsfråga behöver minst två svarsalternativ.`,
  GUIDE_CONDITION_UNKNOWN: (p, f) => `${f}: ${quoted(p.value)} är ingen tidigare ja/nej-fråga i guiden.`,
  ANSWER_TYPE_MISMATCH: (p, f) =>
    `${f} passar inte fråga ${quoted(p.question)}, som ska besvaras med ${
      p.answerType === 'YES_NO'
        ? 'ja eller nej'
        : p.answerType === 'NUMBER'
          ? 'ett tal'
          : p.answerType === 'CHOICE'
            ? 'ett av svarsalternativen'
            : 'text'
    }.`,
  ANSWER_MISSING: (p, f) => `${f}: fråga ${quoted(p.question)} är inte besvarad.`,
  ANSWER_NOT_ASKED: (p, f) =>
    `${f}: fråga ${quoted(p.question)} ställs bara när ${quoted(p.condition)} besvarats med ja.`,
  ANSWER_QUESTION_UNKNOWN: (p, f) => `${f}: guiden har ingen fråga ${quoted(p.question)}.`,
  UNIT_OUTSIDE_SCOPE: (_, f) => `${f} ingår inte bland enheterna som uppföljningen omfattar.`,
  SCOPE_EMPTY: (_, f) => `${f}: urvalet omfattar inga enheter.`,
  NOT_THEMATIC: () => 'Uppföljningen är inte övergripande eller tematisk.',
  UNIT_WITHOUT_CONTRACT: (_, f) => `${f} har inget avtal att göra en fördjupad uppföljning av.`,
  REQUIREMENT_KEY_TAKEN: (p, f) =>
    `${f}: avtalet har redan ett krav med nyckeln ${quoted(p.value)}. Välj en annan nyckel.`,
  REQUIREMENT_PERCENT_OVER_100: (_, f) => `${f} är en andel i procent och kan vara högst 100.`,
  REQUIREMENT_OF_ANOTHER_CONTRACT: (_, f) => `${f} är inte ett krav i uppföljningens avtal.`,
  REQUIREMENT_FINDING_CLOSED: (p) =>
    `Uppföljningen har status ${quoted(enumLabel('FollowUpStatus', p.status))} och tar inte emot fler iakttagelser.`,
  REQUIREMENT_HAS_FINDINGS: (p) =>
    p.count === 1
      ? 'Kravet har en iakttagelse från en uppföljning och kan inte tas bort.'
      : `Kravet har ${p.count} iakttagelser från uppföljningar och kan inte tas bort.`,
};

/**
 * Swedish names of the columns of contracts' staffing CSV (importStaffingReports), for the
 * per-row errors.
 */
export const CONTRACTS_STAFFING_CSV_COLUMNS: Readonly<Record<string, string>> = {
  unit_id: 'Enhetens id (unit_id)',
  unit_code: 'Enhetens kod (unit_code)',
  year: 'År (year)',
  half: 'Halvår (half)',
  managers: 'Chefer (managers)',
  permanent: 'Tillsvidareanställda (permanent)',
  temporary: 'Visstidsanställda (temporary)',
  hourly: 'Timanställda (hourly)',
  sick_leave_percent: 'Sjukfrånvaro i procent (sick_leave_percent)',
  staff_turnover_percent: 'Personalomsättning i procent (staff_turnover_percent)',
  job_titles: 'Befattningar (job_titles)',
};
