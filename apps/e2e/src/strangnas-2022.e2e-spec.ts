import { DEVELOPMENT_JWT_SECRET, signUserToken } from '@kvalitetsnav/auth';
import { postGraphQL, waitFor } from '@kvalitetsnav/testing';
import { registerProvider, registerUnit } from './register';
import { Stack, startStack } from './stack';

/**
 * Strängnäs socialkontor's year 2022 as its quality report (seed 004) tells it: deviations,
 * lex Sarah, complaints per sector and decisions not executed per quarter. Imported from a file
 * in the case system's own layout (its headers and words, `;`, its unit codes and case numbers)
 * through a saved mapping, twice, then counted back through the gateway.
 */
const SECTORS = [
  {
    sector: 'INDIVIDUAL_AND_FAMILY_CARE',
    area: 'INDIVIDUAL_AND_FAMILY_CARE',
    deviations: 41,
    lexSarah: 2,
    complaints: 21,
  },
  { sector: 'AUTHORITY', area: 'AUTHORITY', deviations: 196, lexSarah: 3, complaints: 58 },
  { sector: 'DISABILITY', area: 'LSS_GROUP_HOME', deviations: 654, lexSarah: 3, complaints: 18 },
  { sector: 'NURSING_HOME', area: 'NURSING_HOME', deviations: 1241, lexSarah: 17, complaints: 62 },
  { sector: 'HOME_CARE', area: 'HOME_CARE', deviations: 1458, lexSarah: 1, complaints: 42 },
] as const;
const LEX_SARAH_TO_IVO = 3;
/** How the case system names things, and the mapping a quality official saves once for it. */
const CASE_SYSTEM_KIND: Record<string, string> = {
  SOL_LSS: 'Avvikelse SoL/LSS',
  HSL: 'Avvikelse HSL',
  LEX_SARAH: 'Lex Sarah-rapport',
  COMPLAINT: 'Synpunkt/klagomål',
};
const CASE_SYSTEM_SERIOUSNESS: Record<string, string> = { SERIOUS: 'Allvarligt', NOT_SERIOUS: 'Ej allvarligt' };
const TRESERVA = {
  code: 'TRESERVA',
  name: 'Treserva',
  unitCodeSystem: 'TRESERVA',
  columns: [
    { field: 'external_id', header: 'Ärendenummer' },
    { field: 'unit_code', header: 'Enhetskod' },
    { field: 'kind', header: 'Ärendetyp' },
    { field: 'occurred_on', header: 'Händelsedatum' },
    { field: 'reported_on', header: 'Registreringsdatum' },
    { field: 'description', header: 'Rubrik' },
    { field: 'seriousness', header: 'Bedömning' },
    { field: 'ivo_reported_on', header: 'Anmäld IVO' },
  ],
  values: [
    ...Object.entries(CASE_SYSTEM_KIND).map(([to, from]) => ({ field: 'kind', from, to })),
    ...Object.entries(CASE_SYSTEM_SERIOUSNESS).map(([to, from]) => ({ field: 'seriousness', from, to })),
  ],
};
const NOT_EXECUTED_PER_QUARTER = [10, 12, 14, 17];

/** Spread over the year by index, the same every run. */
const dayOfYear = (i: number) => new Date(Date.UTC(2022, 0, 1 + ((i * 37) % 365))).toISOString().slice(0, 10);

describe('a year like Strängnäs 2022, through the gateway', () => {
  let stack: Stack;
  let auth: Record<string, string>;
  const gql = (query: string, variables: Record<string, unknown> = {}) =>
    postGraphQL<any>(`${stack.gatewayUrl}/graphql`, query, variables, auth);

  beforeAll(async () => {
    stack = await startStack();
    auth = {
      authorization: `Bearer ${await signUserToken({ sub: 'sas', name: 'Socialt ansvarig samordnare', roles: ['QUALITY_OFFICIAL'] }, DEVELOPMENT_JWT_SECRET)}`,
    };
  });
  afterAll(() => stack?.close());

  it("gives back the report's counts per sector and per quarter", async () => {
    const gatewayUrl = stack.gatewayUrl!;
    const { id: provider } = await registerProvider(gatewayUrl, auth, {
      name: 'Strängnäs kommun, socialkontoret',
      ownership: 'MUNICIPAL',
    });
    const units: Record<string, string> = {};
    for (const s of SECTORS) {
      const created = await registerUnit(gatewayUrl, auth, provider, {
        name: `Strängnäs ${s.sector}`,
        serviceArea: s.area,
        externalCodes: [{ system: 'TRESERVA', code: `SK-${s.sector.slice(0, 4)}` }],
      });
      units[s.sector] = created.id;
    }
    await waitFor(
      async () =>
        !(await gql(`query($u: ID!) { deviationStatistics(filter: { unitId: $u }) { total } }`, { u: units.HOME_CARE }))
          .errors &&
        (
          await gql(`mutation($i: ReportDeviationInput!) { reportDeviation(input: $i) { id } }`, {
            i: { unitId: units.HOME_CARE, kind: 'SOL_LSS', occurredOn: '2021-12-31', description: 'sondering' },
          })
        ).errors === undefined,
      { what: 'units in the deviations read model' },
    );

    const saved = await gql(`mutation($i: SaveImportSourceInput!) { saveDeviationImportSource(input: $i) { code } }`, {
      i: TRESERVA,
    });
    expect(saved.errors).toBeUndefined();
    // The export as it comes: a time on the registration date, and columns the import reads past.
    const lines = [
      'Ärendenummer;Enhetskod;Ärendetyp;Händelsedatum;Registreringsdatum;Rubrik;Bedömning;Anmäld IVO;Handläggare',
    ];
    const row = (n: number, sector: string, kind: string, text: string, seriousness = '', ivo = '') =>
      lines.push(
        `SK-2022-${String(n).padStart(5, '0')};SK-${sector.slice(0, 4)};${CASE_SYSTEM_KIND[kind]};${dayOfYear(n)};${dayOfYear(n)} 09:12;${text};${seriousness};${ivo};Handläggare ${n % 7}`,
      );
    let ivo = LEX_SARAH_TO_IVO;
    let n = 0;
    for (const s of SECTORS) {
      for (let i = 0; i < s.deviations; i++, n++)
        row(n, s.sector, n % 5 === 0 ? 'HSL' : 'SOL_LSS', 'Planerad insats genomfördes inte');
      for (let i = 0; i < s.lexSarah; i++, n++) {
        const serious = s.sector === 'NURSING_HOME' && ivo-- > 0;
        if (serious) row(n, s.sector, 'LEX_SARAH', 'Brister i utförande', 'Allvarligt', dayOfYear(n));
        else row(n, s.sector, 'LEX_SARAH', 'Brister i utförande', 'Ej allvarligt');
      }
      for (let i = 0; i < s.complaints; i++, n++) row(n, s.sector, 'COMPLAINT', 'Synpunkt på bemötande');
    }
    const importFile = () =>
      gql(
        `mutation($csv: String!) { importDeviations(csv: $csv, source: "TRESERVA") {
          accepted imported created changed unchanged errors { line column rule } } }`,
        { csv: lines.join('\n') },
      );
    const rows = lines.length - 1;
    expect((await importFile()).data?.importDeviations).toEqual({
      accepted: true,
      imported: rows,
      created: rows,
      changed: 0,
      unchanged: 0,
      errors: [],
    });
    // The same period imported again adds nothing and changes nothing.
    expect((await importFile()).data?.importDeviations).toEqual({
      accepted: true,
      imported: 0,
      created: 0,
      changed: 0,
      unchanged: rows,
      errors: [],
    });

    // Each quarter's decisions fall due in that quarter and are executed before it ends.
    const quarterDates = [
      ['2021-11-15', '2022-03-20'],
      ['2022-02-01', '2022-06-10'],
      ['2022-05-01', '2022-09-15'],
      ['2022-08-01', '2022-12-15'],
    ];
    for (const [q, count] of NOT_EXECUTED_PER_QUARTER.entries()) {
      for (let i = 0; i < count; i++) {
        const decided = await gql(
          `mutation($i: RegisterDecisionNotExecutedInput!) { registerDecisionNotExecuted(input: $i) { id } }`,
          {
            i: {
              serviceArea: 'LSS_SERVICE_HOME',
              law: 'LSS',
              gender: i % 2 ? 'MAN' : 'WOMAN',
              intervention: 'Bostad med särskild service',
              decidedOn: quarterDates[q][0],
              reason: 'Nyproduktion av boenden har inte startat enligt tidsplan',
            },
          },
        );
        await gql(`mutation($i: MarkDecisionExecutedInput!) { markDecisionExecuted(input: $i) { id } }`, {
          i: { decisionId: decided.data.registerDecisionNotExecuted.id, executedOn: quarterDates[q][1] },
        });
      }
    }

    const year = `filter: { from: "2022-01-01", to: "2022-12-31" }`;
    const result = await gql(`{
      deviationStatisticsBy(groupBy: SECTOR, ${year}) { key statistics { deviations lexSarah lexSarahReportedToIvo complaints } }
      deviationStatistics(${year}) { deviations lexSarah lexSarahReportedToIvo complaints }
      decisionsNotExecutedByQuarter(year: 2022) { quarter count }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data.deviationStatisticsBy).toEqual(
      SECTORS.map((s) => ({
        key: s.sector,
        statistics: {
          deviations: s.deviations,
          lexSarah: s.lexSarah,
          lexSarahReportedToIvo: s.sector === 'NURSING_HOME' ? 3 : 0,
          complaints: s.complaints,
        },
      })),
    );
    expect(result.data.deviationStatistics).toEqual({
      deviations: 3590,
      lexSarah: 26,
      lexSarahReportedToIvo: 3,
      complaints: 201,
    });
    expect(result.data.decisionsNotExecutedByQuarter).toEqual(
      NOT_EXECUTED_PER_QUARTER.map((count, i) => ({ quarter: `2022-Q${i + 1}`, count })),
    );
  });
});
