// Demo data through the public API (as a quality official would enter it), loaded once:
// skipped when providers already exist. Figures are illustrative, areas from domain.md.
// Linköping's two boards (seed 001), each unit under one of them.
const SON = 'Social- och omsorgsnämnden';
const BOARDS = [
  { name: SON, departments: ['Funktionsstöd', 'Individ- och familjeomsorg'] },
  { name: 'Äldrenämnden', departments: ['Hemtjänst', 'Särskilt boende'] },
];
// The service areas seed 001 names beyond the ones every municipality starts with, added as the
// administrator adds them: without a release.
const NEW_SECTORS = [{ code: 'SOCIAL_PSYCHIATRY', name: 'Socialpsykiatri' }];
const NEW_SERVICE_AREAS = [
  { code: 'SHORT_TERM_STAY', name: 'Korttidsvistelse', sectorCode: 'DISABILITY' },
  { code: 'RELIEF_SERVICE', name: 'Avlösarservice', sectorCode: 'DISABILITY' },
  { code: 'SOCIAL_PSYCHIATRY_HOUSING', name: 'Boende socialpsykiatri', sectorCode: 'SOCIAL_PSYCHIATRY' },
  { code: 'DAY_CARE', name: 'Dagverksamhet', sectorCode: 'HOME_CARE' },
];
const PROVIDERS = [
  {
    name: 'Leanlink',
    organisationNumber: '212000-0357',
    ownership: 'MUNICIPAL',
    units: [
      { name: 'Hemtjänst Centrum', serviceArea: 'HOME_CARE', places: null, board: 'Äldrenämnden' },
      { name: 'Ekholmens vård- och omsorgsboende', serviceArea: 'NURSING_HOME', places: 54, board: 'Äldrenämnden' },
      { name: 'Gruppbostad Solrosen', serviceArea: 'LSS_GROUP_HOME', places: 6, board: SON },
    ],
  },
  {
    name: 'Omsorgshuset i Östergötland AB',
    organisationNumber: '556036-0793',
    ownership: 'PRIVATE',
    units: [
      { name: 'Servicebostad Linden', serviceArea: 'LSS_SERVICE_HOME', places: 10, board: SON },
      { name: 'Daglig verksamhet Verkstan', serviceArea: 'DAILY_ACTIVITY', places: 25, board: SON },
      { name: 'Korttidsvistelse Kastanjen', serviceArea: 'SHORT_TERM_STAY', places: 8, board: SON },
    ],
  },
  {
    name: 'Stadsmissionen Stödboende',
    organisationNumber: '802011-1012',
    ownership: 'NON_PROFIT',
    units: [{ name: 'Stödboende Vägen', serviceArea: 'SUPPORTED_HOUSING', places: 12, board: SON }],
  },
];
const DEVIATIONS = [
  { unit: 'Hemtjänst Centrum', kind: 'SOL_LSS', occurredOn: '2022-02-03', description: 'Utebliven insats på kvällen' },
  { unit: 'Hemtjänst Centrum', kind: 'HSL', occurredOn: '2022-03-18', description: 'Läkemedel gavs inte i tid' },
  {
    unit: 'Ekholmens vård- och omsorgsboende',
    kind: 'SOL_LSS',
    occurredOn: '2022-04-09',
    description: 'Fall i badrum utan personal närvarande',
  },
  {
    unit: 'Gruppbostad Solrosen',
    kind: 'LEX_SARAH',
    occurredOn: '2022-05-22',
    description: 'Brister i bemötande rapporterade av anhörig',
  },
];

const CONTRACTS = [
  {
    reference: 'ON 2019-0112',
    title: 'Verksamhetsuppdrag vård och omsorg',
    form: 'MUNICIPAL_ASSIGNMENT',
    provider: 'Leanlink',
    units: ['Hemtjänst Centrum', 'Ekholmens vård- och omsorgsboende', 'Gruppbostad Solrosen'],
    startDate: '2019-01-01',
    endDate: null,
  },
  {
    reference: 'ON 2020-0457',
    title: 'Bostad med särskild service och daglig verksamhet LSS',
    form: 'LOU',
    provider: 'Omsorgshuset i Östergötland AB',
    units: ['Servicebostad Linden', 'Daglig verksamhet Verkstan'],
    startDate: '2020-04-01',
    endDate: '2099-03-31',
  },
  // Started recently, so a new-start follow-up is scheduled for it.
  {
    reference: 'SN IOP-2026-01',
    title: 'Idéburet offentligt partnerskap stödboende',
    form: 'IOP',
    provider: 'Stadsmissionen Stödboende',
    units: ['Stödboende Vägen'],
    startDateDaysAgo: 60,
    endDate: '2099-12-31',
  },
];

const YES_NO = [
  { code: 'JA', label: 'Ja', positive: true, nonSubstantive: false },
  { code: 'NEJ', label: 'Nej', positive: false, nonSubstantive: false },
  { code: 'VET_INTE', label: 'Vet inte', positive: false, nonSubstantive: true },
];
const SURVEY = {
  code: 'LSS_BOENDE',
  name: 'Brukarundersökning LSS boende',
  questions: [
    { id: 'TRIVS', text: 'Trivs du i ditt boende?', options: YES_NO },
    { id: 'TRYGG', text: 'Känner du dig trygg med personalen?', options: YES_NO },
  ],
};
/** Last year's answers per unit: [gender, TRIVS, TRYGG]. */
const SURVEY_ANSWERS = {
  'Gruppbostad Solrosen': [
    ['WOMAN', 'JA', 'JA'],
    ['MAN', 'JA', 'NEJ'],
    ['WOMAN', 'NEJ', 'JA'],
    ['MAN', 'JA', 'VET_INTE'],
  ],
  'Servicebostad Linden': [
    ['WOMAN', 'JA', 'JA'],
    ['WOMAN', 'JA', 'JA'],
    ['MAN', 'JA', 'JA'],
    ['MAN', 'NEJ', 'JA'],
    ['WOMAN', 'JA', 'NEJ'],
    ['MAN', 'VET_INTE', 'JA'],
    ['WOMAN', 'JA', 'JA'],
  ],
};

/** A definition, last year's round answered and closed, and this year's round open for answers by link. */
async function loadSurveyDemo(gql, unitIds, log) {
  const must = async (what, query, variables) => {
    const result = await gql(query, variables);
    if (result.errors) throw new Error(`demo ${what}: ${result.errors[0].message}`);
    return result.data;
  };
  const definitionId = (
    await must(
      'survey definition',
      'mutation($input: CreateSurveyDefinitionInput!) { createSurveyDefinition(input: $input) { id } }',
      {
        input: SURVEY,
      },
    )
  ).createSurveyDefinition.id;
  const units = [
    { unitId: unitIds['Gruppbostad Solrosen'], offered: 6 },
    { unitId: unitIds['Servicebostad Linden'], offered: 10 },
  ];
  const year = new Date().getFullYear();
  const round = async (name, period) => {
    // The units reach surveys through Kafka a moment after they are created.
    for (let attempt = 0; ; attempt++) {
      const result = await gql(
        'mutation($input: CreateSurveyRoundInput!) { createSurveyRound(input: $input) { id } }',
        {
          input: { definitionId, name, period, units },
        },
      );
      if (!result.errors) return result.data.createSurveyRound.id;
      if (result.errors[0].extensions?.code !== 'NOT_FOUND' || attempt > 100)
        throw new Error(`demo survey round: ${result.errors[0].message}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  };
  const lastYear = await round(`LSS boende ${year - 1}`, String(year - 1));
  const rows = Object.entries(SURVEY_ANSWERS).flatMap(([unit, answers]) =>
    answers.map((a) => [unitIds[unit], ...a].join(',')),
  );
  await must(
    'survey answers',
    'mutation($r: ID!, $csv: String!) { importSurveyResponses(roundId: $r, csv: $csv) { accepted } }',
    {
      r: lastYear,
      csv: ['unit_id,gender,TRIVS,TRYGG', ...rows].join('\n'),
    },
  );
  await must('survey close', 'mutation($r: ID!) { closeSurveyRound(roundId: $r) { id } }', { r: lastYear });
  await round(`LSS boende ${year}`, String(year));
  log('[demo] loaded 1 survey with a closed round and an open one');
}

/**
 * A crisis pulse from this week on, answered per unit: one provider has answered for two of its
 * three units (one with a signal), the third unit and the other providers are still missing.
 */
async function loadPulseDemo(gql, unitIds, log) {
  const opened = await gql('mutation($input: OpenPulsePeriodInput!) { openPulsePeriod(input: $input) { id } }', {
    input: { name: 'Covid-19' },
  });
  if (opened.errors) throw new Error(`demo pulse period: ${opened.errors[0].message}`);
  const scores = (impact, staffing, protective, worry) => [
    { key: 'IMPACT', value: impact },
    { key: 'STAFFING', value: staffing },
    { key: 'PROTECTIVE_EQUIPMENT', value: protective },
    { key: 'WORRY', value: worry },
  ];
  const answers = [
    {
      unitId: unitIds['Servicebostad Linden'],
      answers: scores(3, 4, 2, 3),
      comment: 'Flera sjukskrivna i personalgruppen; vi tar in timvikarier.',
    },
    { unitId: unitIds['Korttidsvistelse Kastanjen'], answers: scores(2, 2, 1, 2), comment: null },
  ];
  for (const input of answers) {
    // The unit reaches surveys through Kafka a moment after it is created.
    for (let attempt = 0; ; attempt++) {
      const result = await gql(
        'mutation($input: SubmitPulseAnswerInput!) { submitPulseAnswer(input: $input) { id } }',
        { input },
      );
      if (!result.errors) break;
      if (result.errors[0].extensions?.code !== 'NOT_FOUND' || attempt > 100)
        throw new Error(`demo pulse answer: ${result.errors[0].message}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  log('[demo] opened a pulse period this week; 1 provider has answered for 2 of its units');
}

// Three years of monthly case flows at two units, so the forecasting page has history to forecast
// from (it needs 24 months in a row). Deterministic: a season, a slow rise and a small wobble.
const CASE_FLOWS = [
  { unit: 'Hemtjänst Centrum', service: 'HOME_CARE', base: 42, season: [6, 4, 2, 0, -2, -5, -9, -6, 2, 4, 3, 1] },
  { unit: 'Stödboende Vägen', service: 'SUPPORTED_HOUSING', base: 9, season: [1, 1, 0, 0, -1, -1, -2, -1, 1, 2, 1, 0] },
];
const CASE_FLOW_MONTHS = 36;

/** The month `back` months before this one, as YYYY-MM. */
function monthBack(back) {
  const now = new Date();
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
  return d.toISOString().slice(0, 7);
}

async function loadCaseFlowDemo(gql, unitIds, log) {
  const lines = ['unit_id,service,month,incoming,outgoing,goals_met'];
  for (const { unit, service, base, season } of CASE_FLOWS)
    for (let back = CASE_FLOW_MONTHS; back >= 1; back--) {
      const month = monthBack(back);
      const i = CASE_FLOW_MONTHS - back;
      const incoming = base + season[Number(month.slice(5)) - 1] + Math.round(i / 6) + ((i * 7) % 5) - 2;
      const outgoing = Math.max(0, incoming - 2 + (i % 3));
      lines.push([unitIds[unit], service, month, incoming, outgoing, outgoing].join(','));
    }
  const csv = `${lines.join('\n')}\n`;
  // The units reach forecasting through Kafka a moment after they are created.
  for (let attempt = 0; ; attempt++) {
    const result = await gql(
      'mutation($csv: String!) { importCaseFlowReports(csv: $csv) { accepted imported errors { line column message } } }',
      { csv },
    );
    const imported = result.data?.importCaseFlowReports;
    if (imported?.accepted) break;
    if (attempt > 100) {
      const why = result.errors?.[0]?.message ?? JSON.stringify(imported?.errors?.slice(0, 3));
      throw new Error(`demo case flows: ${why}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  log(`[demo] loaded ${CASE_FLOW_MONTHS} months of case flows at ${CASE_FLOWS.length} units`);
}

const SUPERVISED_UNIT = 'Servicebostad Linden';

/** An IVO case about a unit, its response late: on the start page and in the contract's risk. */
async function loadSupervisionDemo(gql, unitIds, log) {
  const registered = await gql(
    'mutation($input: RegisterSupervisionCaseInput!) { registerSupervisionCase(input: $input) { id } }',
    {
      input: {
        authority: 'IVO',
        caseNumber: '3.5.1-12345/2026',
        unitId: unitIds[SUPERVISED_UNIT],
        examined: 'Bemanning och kompetens nattetid efter en lex Sarah-anmälan',
        openedOn: isoDaysFromToday(-45),
      },
    },
  );
  if (registered.errors) throw new Error(`demo supervision case: ${registered.errors[0].message}`);
  const response = await gql(
    'mutation($input: AddSupervisionResponseInput!) { addSupervisionResponse(input: $input) { id } }',
    {
      input: {
        caseId: registered.data.registerSupervisionCase.id,
        required: 'Redovisa vidtagna åtgärder för nattbemanningen',
        dueOn: isoDaysFromToday(-5),
      },
    },
  );
  if (response.errors) throw new Error(`demo supervision response: ${response.errors[0].message}`);
  log('[demo] registered 1 IVO case with a response overdue');
}

const isoDaysFromToday = (days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function loadFollowUpDemo(gql, providerIds, unitIds, boardIds, log) {
  const must = async (what, query, variables) => {
    const result = await gql(query, variables);
    if (result.errors) throw new Error(`demo ${what}: ${result.errors[0].message}`);
    return result.data;
  };
  const contractIds = {};
  for (const c of CONTRACTS) {
    const { provider, units, startDateDaysAgo, ...rest } = c;
    const input = {
      ...rest,
      providerId: providerIds[provider],
      unitIds: units.map((u) => unitIds[u]),
      startDate: c.startDate ?? isoDaysFromToday(-startDateDaysAgo),
    };
    delete input.startDateDaysAgo;
    contractIds[c.reference] = (
      await must(
        `contract ${c.reference}`,
        'mutation($input: CreateContractInput!) { createContract(input: $input) { id } }',
        { input },
      )
    ).createContract.id;
  }
  const year = Number(isoDaysFromToday(0).slice(0, 4));
  await must('plan', 'mutation($input: FollowUpPlanInput!) { saveFollowUpPlan(input: $input) { id } }', {
    input: {
      year,
      focusAreas: ['Bemanning', 'Granskning av delegeringar', 'Avvikelsehantering', 'Brukarnöjdhet inom LSS'],
      periods: [
        { startsOn: `${year}-01-01`, endsOn: `${year}-06-30`, target: 10 },
        { startsOn: `${year}-07-01`, endsOn: `${year}-12-31`, target: 10 },
      ],
    },
  });
  // The board's own plan runs 1 December–31 May and 1 June–30 November, as in seed 002.
  await must('board plan', 'mutation($input: FollowUpPlanInput!) { saveFollowUpPlan(input: $input) { id } }', {
    input: {
      year,
      boardId: boardIds[SON],
      focusAreas: ['Bemanning', 'Genomförandeplaner inom LSS'],
      periods: [
        { startsOn: `${year - 1}-12-01`, endsOn: `${year}-05-31`, target: 6 },
        { startsOn: `${year}-06-01`, endsOn: `${year}-11-30`, target: 6 },
      ],
    },
  });
  const followUp = (
    await must('follow-up', 'mutation($input: CreateFollowUpInput!) { createFollowUp(input: $input) { id } }', {
      input: {
        type: 'SPECIFIC',
        title: 'Fördjupad uppföljning Servicebostad Linden',
        purpose: 'Bemanning och genomförandeplaner',
        contractId: contractIds['ON 2020-0457'],
        plannedOn: isoDaysFromToday(-30),
      },
    })
  ).createFollowUp.id;
  const checklist = ['CONTRACT', 'COMPLAINTS', 'BUSINESS_REPORT', 'MAS_MAR_INPUT', 'SYSTEM_DATA'].map((item) => ({
    item,
    done: true,
  }));
  await must('preparation', 'mutation($input: PrepareFollowUpInput!) { prepareFollowUp(input: $input) { id } }', {
    input: {
      followUpId: followUp,
      responsible: 'Anna Lind',
      assistant: 'Erik Holm',
      methods: ['INTERVIEW', 'OBSERVATION', 'DOCUMENT_REVIEW'],
      checklist,
    },
  });
  await must('start', 'mutation($id: ID!) { startFollowUp(id: $id) { id } }', { id: followUp });
  await must('report', 'mutation($input: ReportFollowUpInput!) { reportFollowUp(input: $input) { id } }', {
    input: {
      followUpId: followUp,
      findings:
        'Bemanningen motsvarar avtalets krav dagtid men inte nattetid. Genomförandeplaner saknades för två av tio brukare.',
      decisionNeeded: false,
      actions: [
        { description: 'Upprätta genomförandeplaner för samtliga brukare', deadline: isoDaysFromToday(30) },
        { description: 'Redovisa plan för nattbemanning enligt avtal', deadline: isoDaysFromToday(60) },
      ],
    },
  });
  for (const [unit, sickLeavePercent] of [
    ['Servicebostad Linden', 8.4],
    ['Daglig verksamhet Verkstan', 5.1],
  ]) {
    await must(
      'staffing report',
      'mutation($input: SubmitStaffingReportInput!) { submitStaffingReport(input: $input) { id } }',
      {
        input: {
          unitId: unitIds[unit],
          year: year - 1,
          half: 2,
          managers: 1,
          permanent: 9,
          temporary: 2,
          hourly: 4,
          jobTitles: [
            { title: 'Stödassistent', headcount: 11 },
            { title: 'Stödpedagog', headcount: 4 },
          ],
          sickLeavePercent,
          staffTurnoverPercent: 12.5,
        },
      },
    );
  }
  await must(
    'business report',
    'mutation($input: SubmitBusinessReportInput!) { submitBusinessReport(input: $input) { id } }',
    {
      input: {
        unitId: unitIds['Servicebostad Linden'],
        year: year - 1,
        sections: [
          { section: 'SUMMARY', text: 'Året präglades av stabil bemanning och arbete med delaktighet.' },
          { section: 'USER_PARTICIPATION', text: 'Boenderåd hålls varje månad.' },
        ],
        figures: {
          usersServed: 10,
          placesAvailable: 10,
          complaintsReceived: 1,
          deviationsReported: 7,
          lexSarahReports: 0,
          qualifiedStaffPercent: 82,
        },
      },
    },
  );
  log(
    `[demo] loaded ${CONTRACTS.length} contracts, the ${year} follow-up plan, a reported follow-up and provider reports`,
  );
}

/** Boards and the lists are the administrator's to keep: a token of that role for them alone. */
async function loadBoards(gatewayUrl, gql) {
  const tokenResponse = await fetch(`${gatewayUrl}/auth/dev-token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ role: 'ADMIN', name: 'Demodata' }),
  });
  const { token } = await tokenResponse.json();
  const asAdmin = (query, variables) => gql(query, variables, token);
  for (const input of NEW_SECTORS) {
    const sector = await asAdmin('mutation($input: RegisterSectorInput!) { registerSector(input: $input) { code } }', {
      input,
    });
    if (sector.errors) throw new Error(`demo sector ${input.name}: ${sector.errors[0].message}`);
  }
  for (const input of NEW_SERVICE_AREAS) {
    const area = await asAdmin(
      'mutation($input: RegisterServiceAreaInput!) { registerServiceArea(input: $input) { code } }',
      { input },
    );
    if (area.errors) throw new Error(`demo service area ${input.name}: ${area.errors[0].message}`);
  }
  const boardIds = {};
  for (const { name, departments } of BOARDS) {
    const board = await asAdmin('mutation($input: RegisterBoardInput!) { registerBoard(input: $input) { id } }', {
      input: { name },
    });
    if (board.errors) throw new Error(`demo board ${name}: ${board.errors[0].message}`);
    boardIds[name] = board.data.registerBoard.id;
    for (const department of departments) {
      const created = await asAdmin(
        'mutation($input: RegisterDepartmentInput!) { registerDepartment(input: $input) { id } }',
        { input: { boardId: boardIds[name], name: department } },
      );
      if (created.errors) throw new Error(`demo department ${department}: ${created.errors[0].message}`);
    }
  }
  return boardIds;
}

export async function loadDemoData(gatewayUrl, { log = console.log } = {}) {
  const tokenResponse = await fetch(`${gatewayUrl}/auth/dev-token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ role: 'QUALITY_OFFICIAL', name: 'Demodata' }),
  });
  if (!tokenResponse.ok) {
    log('[demo] development sign-in is off; no demo data loaded');
    return;
  }
  const { token } = await tokenResponse.json();
  const gql = async (query, variables = {}, as = token) => {
    const res = await fetch(`${gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${as}` },
      body: JSON.stringify({ query, variables }),
    });
    return res.json();
  };
  const existing = await gql('{ providers { id } }');
  if (existing.data?.providers?.length) {
    log(`[demo] ${existing.data.providers.length} providers already present; demo data not loaded again`);
    return;
  }
  const boardIds = await loadBoards(gatewayUrl, gql);
  const unitIds = {};
  const providerIds = {};
  for (const p of PROVIDERS) {
    const { units, ...input } = p;
    const created = await gql('mutation($input: CreateProviderInput!) { createProvider(input: $input) { id } }', {
      input,
    });
    if (created.errors) throw new Error(`demo provider ${p.name}: ${created.errors[0].message}`);
    providerIds[p.name] = created.data.createProvider.id;
    for (const { board, ...u } of units) {
      const unit = await gql('mutation($input: CreateUnitInput!) { createUnit(input: $input) { id } }', {
        input: { ...u, providerId: created.data.createProvider.id, boardId: boardIds[board] ?? null },
      });
      if (unit.errors) throw new Error(`demo unit ${u.name}: ${unit.errors[0].message}`);
      unitIds[u.name] = unit.data.createUnit.id;
    }
  }
  for (const d of DEVIATIONS) {
    const input = { unitId: unitIds[d.unit], kind: d.kind, occurredOn: d.occurredOn, description: d.description };
    // The unit reaches deviations through Kafka a moment after it is created.
    for (let attempt = 0; ; attempt++) {
      const result = await gql('mutation($input: ReportDeviationInput!) { reportDeviation(input: $input) { id } }', {
        input,
      });
      if (!result.errors) break;
      if (result.errors[0].extensions?.code !== 'NOT_FOUND' || attempt > 100)
        throw new Error(`demo deviation: ${result.errors[0].message}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  log(
    `[demo] loaded ${PROVIDERS.length} providers, ${Object.keys(unitIds).length} units and ${DEVIATIONS.length} deviations`,
  );
  await loadFollowUpDemo(gql, providerIds, unitIds, boardIds, log);
  await loadSurveyDemo(gql, unitIds, log);
  await loadPulseDemo(gql, unitIds, log);
  await loadSupervisionDemo(gql, unitIds, log);
  await loadCaseFlowDemo(gql, unitIds, log);
}
