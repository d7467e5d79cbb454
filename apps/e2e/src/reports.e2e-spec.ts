import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEVELOPMENT_JWT_SECRET, signUserToken } from '@kvalitetsnav/auth';
import { postGraphQL, waitFor, refusesUnknownId } from '@kvalitetsnav/testing';
import { issueApiKey, registerProvider, registerUnit } from './register';
import { Stack, startStack } from './stack';

const ARTIFACTS = path.resolve(__dirname, '../../../tmp/test-artifacts/reports');
const YES_NO = [
  { code: 'YES', label: 'Ja', positive: true, nonSubstantive: false },
  { code: 'NO', label: 'Nej', positive: false, nonSubstantive: false },
];

/** The quality report, the board report and the Kolada export, generated from live data through the gateway. */
describe('external reporting through the gateway', () => {
  let stack: Stack;
  let official: Record<string, string>;
  let providerKey: Record<string, string>;
  const gql = (query: string, variables: Record<string, unknown> = {}) =>
    postGraphQL<any>(`${stack.gatewayUrl}/graphql`, query, variables, official);
  const rest = (route: string, init: RequestInit = {}, headers = official) =>
    fetch(`${stack.gatewayUrl}${route}`, {
      ...init,
      headers: { 'content-type': 'application/json', ...headers, ...(init.headers ?? {}) },
    });

  async function finished(id: string) {
    const seen: { status: string; progress: number }[] = [];
    await waitFor(
      async () => {
        const job = await (await rest(`/reports/${id}`)).json();
        seen.push({ status: job.status, progress: job.progress });
        return job.status === 'DONE' || job.status === 'FAILED';
      },
      { what: `report ${id}`, timeoutMs: 120_000, intervalMs: 100 },
    );
    const job = await (await rest(`/reports/${id}`)).json();
    expect({ status: job.status, error: job.error }).toEqual({ status: 'DONE', error: null });
    return { job, seen };
  }

  beforeAll(async () => {
    stack = await startStack();
    official = {
      authorization: `Bearer ${await signUserToken({ sub: 'anna', name: 'Anna Uppföljare', roles: ['QUALITY_OFFICIAL'] }, DEVELOPMENT_JWT_SECRET)}`,
    };
    mkdirSync(ARTIFACTS, { recursive: true });
    const gatewayUrl = stack.gatewayUrl!;
    const { id: providerId } = await registerProvider(gatewayUrl, official, { name: 'Omsorg Öst AB' });
    const unit = async (serviceArea: string, name: string) =>
      (await registerUnit(gatewayUrl, official, providerId, { serviceArea, name })).id;
    const homeCare = await unit('HOME_CARE', 'Hemtjänst Öst');
    const nursing = await unit('NURSING_HOME', 'Ekbackens boende');
    const admin = {
      authorization: `Bearer ${await signUserToken({ sub: 'admin', name: 'Admin', roles: ['ADMIN'] }, DEVELOPMENT_JWT_SECRET)}`,
    };
    providerKey = await issueApiKey(gatewayUrl, admin, providerId, 'x');
    await waitFor(
      async () =>
        !(
          await gql(`mutation($i: ReportDeviationInput!) { reportDeviation(input: $i) { id } }`, {
            i: { unitId: nursing, kind: 'HSL', occurredOn: '2021-06-01', description: 'sond' },
          })
        ).errors,
      { what: 'units in deviations' },
    );

    const rows = [
      ...Array.from(
        { length: 7 },
        (_, i) => `${homeCare},SOL_LSS,2022-0${1 + i}-10,2022-0${1 + i}-10,Utebliven insats,,,,,`,
      ),
      ...Array.from({ length: 2 }, () => `${homeCare},COMPLAINT,2022-05-02,2022-05-02,Bemötande,,,,,`),
      ...Array.from({ length: 5 }, (_, i) => `${nursing},SOL_LSS,2022-0${2 + i}-15,2022-0${2 + i}-15,Fall,,,,,`),
      `${nursing},LEX_SARAH,2022-03-01,2022-03-01,Brist i tillsyn,,,,SERIOUS,2022-03-20`,
      `${nursing},LEX_SARAH,2022-09-01,2022-09-01,Bemötande,,,,NOT_SERIOUS,`,
    ];
    const imported = await gql(`mutation($csv: String!) { importDeviations(csv: $csv) { accepted } }`, {
      csv: [
        'unit_id,kind,occurred_on,reported_on,description,status,actions_registered_on,final_assessed_on,seriousness,ivo_reported_on',
        ...rows,
      ].join('\n'),
    });
    expect(imported.data.importDeviations.accepted).toBe(true);
    for (const decidedOn of ['2022-01-10', '2022-01-20']) {
      await gql(`mutation($i: RegisterDecisionNotExecutedInput!) { registerDecisionNotExecuted(input: $i) { id } }`, {
        i: {
          serviceArea: 'NURSING_HOME',
          law: 'SOL',
          gender: 'WOMAN',
          intervention: 'Särskilt boende',
          decidedOn,
          reason: 'Platsbrist',
        },
      });
    }
    const definition = (
      await gql(`mutation($i: CreateSurveyDefinitionInput!) { createSurveyDefinition(input: $i) { id } }`, {
        i: {
          code: 'ELDERLY',
          name: 'Vad tycker de äldre',
          questions: [{ id: 'Q1', text: 'Är du nöjd med hemtjänsten?', koladaKpi: 'U21468', options: YES_NO }],
        },
      })
    ).data.createSurveyDefinition.id;
    const round = (
      await waitFor(
        async () => {
          const created = await gql(`mutation($i: CreateSurveyRoundInput!) { createSurveyRound(input: $i) { id } }`, {
            i: {
              definitionId: definition,
              name: 'Äldreundersökningen 2022',
              period: '2022',
              units: [
                { unitId: homeCare, offered: 10 },
                { unitId: nursing, offered: 8, optedOut: true, optOutReason: 'Utbrott av influensa' },
              ],
            },
          });
          return refusesUnknownId(created) ? null : created;
        },
        { what: 'the units in surveys' },
      )
    ).data.createSurveyRound.id;
    const answers = ['WOMAN,YES', 'WOMAN,YES', 'WOMAN,NO', 'MAN,YES', 'MAN,YES', 'WOMAN,YES'].map(
      (r) => `${homeCare},${r}`,
    );
    await gql(`mutation($r: ID!, $csv: String!) { importSurveyResponses(roundId: $r, csv: $csv) { accepted } }`, {
      r: round,
      csv: ['unit_id,gender,Q1', ...answers].join('\n'),
    });
    await gql(`mutation($r: ID!) { closeSurveyRound(roundId: $r) { status } }`, { r: round });
    const followUp = (
      await gql(`mutation($i: CreateFollowUpInput!) { createFollowUp(input: $i) { id } }`, {
        i: { type: 'OVERARCHING', title: 'Bemanning på boenden', plannedOn: new Date().toISOString().slice(0, 10) },
      })
    ).data.createFollowUp.id;
    await gql(`mutation($i: PrepareFollowUpInput!) { prepareFollowUp(input: $i) { id } }`, {
      i: {
        followUpId: followUp,
        responsible: 'Anna',
        methods: ['DOCUMENT_REVIEW'],
        checklist: ['CONTRACT', 'COMPLAINTS', 'BUSINESS_REPORT', 'MAS_MAR_INPUT', 'SYSTEM_DATA'].map((item) => ({
          item,
          done: true,
        })),
      },
    });
    await gql(`mutation($id: ID!) { startFollowUp(id: $id) { id } }`, { id: followUp });
    await gql(`mutation($i: ReportFollowUpInput!) { reportFollowUp(input: $i) { id } }`, {
      i: { followUpId: followUp, findings: 'Bemanningen följer avtalen.', decisionNeeded: false, actions: [] },
    });
  });
  afterAll(() => stack?.close());

  it('generates the quality report with progress, its figures matching the data, as HTML and a PDF with pages', async () => {
    const started = await rest('/reports', {
      method: 'POST',
      body: JSON.stringify({ kind: 'QUALITY_REPORT', year: 2022 }),
    });
    expect(started.status).toBe(202);
    const { id } = await started.json();
    const { job, seen } = await finished(id);
    expect(seen.some((s) => s.status !== 'DONE' && s.progress < 100)).toBe(true);
    expect(job.figures).toMatchObject({
      deviationsBySector: { HOME_CARE: 7, NURSING_HOME: 5, DISABILITY: 0 },
      lexSarahBySector: { NURSING_HOME: 2 },
      lexSarahReportedToIvo: 1,
      complaintsBySector: { HOME_CARE: 2 },
      notExecutedByQuarter: { '2022-Q2': 2 },
      surveyResponseRates: [{ name: 'Äldreundersökningen 2022', numerator: 6, denominator: 10 }],
    });

    const html = await (await rest(job.links.html)).text();
    writeFileSync(path.join(ARTIFACTS, 'kvalitetsberattelse-2022.html'), html);
    expect(html).toContain('<h1>Kvalitetsberättelse 2022</h1>');
    expect(html).toContain(
      '<th scope="row">Äldreomsorg, ordinärt boende</th><td>7</td><td>0</td><td>0</td><td>0</td><td>2</td>',
    );
    expect(html).toContain('<th scope="row">Äldreomsorg, särskilt boende</th><td>5</td><td>2</td><td>1</td>');
    expect(html).toContain('svarsfrekvens 60,0 % – 6 svar av 10 erbjudna');
    expect(html).toContain('Utanför underlaget: erbjudna vid 1 enhet som avstod från att delta (8).');
    expect(html).toContain('<th scope="row">2022 kvartal 2</th><td>2</td>');

    const pdfResponse = await rest(job.links.pdf);
    expect(pdfResponse.headers.get('content-type')).toBe('application/pdf');
    const pdfFile = path.join(ARTIFACTS, 'kvalitetsberattelse-2022.pdf');
    writeFileSync(pdfFile, Buffer.from(await pdfResponse.arrayBuffer()));
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfFile], { encoding: 'utf8' }))![1]);
    expect(pages).toBeGreaterThanOrEqual(3);
    execFileSync('pdftoppm', ['-r', '40', '-gray', pdfFile, path.join(ARTIFACTS, 'page')]);
    const images = readdirSync(ARTIFACTS).filter((f) => f.startsWith('page') && f.endsWith('.pgm'));
    expect(images).toHaveLength(pages);
    for (const image of images) expect(inkShare(readFileSync(path.join(ARTIFACTS, image)))).toBeGreaterThan(0.005);
    execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', pdfFile, path.join(ARTIFACTS, 'first-page')]);
  });

  it('generates the half-yearly board report of follow-ups', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const month = Number(today.slice(5, 7));
    const body = {
      kind: 'BOARD_REPORT',
      year: month === 12 ? Number(today.slice(0, 4)) + 1 : Number(today.slice(0, 4)),
      month: month === 12 || month <= 5 ? 'JUNE' : 'NOVEMBER',
    };
    const { id } = await (await rest('/reports', { method: 'POST', body: JSON.stringify(body) })).json();
    const { job } = await finished(id);
    expect(job.figures).toEqual({ reported: 1, decisionCases: 0 });
    const html = await (await rest(job.links.html)).text();
    expect(html).toContain('Bemanning på boenden');
    expect((await rest(job.links.pdf)).status).toBe(200);
    // A board's report has its contracts' follow-ups only: a board without contracts has none.
    const ofBoard = await (
      await rest('/reports', {
        method: 'POST',
        body: JSON.stringify({ ...body, boardId: '00000000-0000-4000-8000-000000000001' }),
      })
    ).json();
    expect((await finished(ofBoard.id)).job.figures).toEqual({ reported: 0, decisionCases: 0 });
  });

  it("exports the municipality's own KPIs in Kolada's shape", async () => {
    const response = await rest('/reports/kolada?year=2022');
    expect(response.status).toBe(200);
    const { values } = await response.json();
    const kpi = (id: string) => values.find((v: { kpi: string }) => v.kpi === id)?.values;
    expect(kpi('KVN0003')).toEqual([{ gender: 'T', value: 2, count: null }]);
    expect(kpi('KVN0004')).toEqual([{ gender: 'T', value: 2, count: null }]);
    expect(kpi('KVN-RR-ELDERLY')).toEqual([{ gender: 'T', value: 60, count: 10 }]);
    expect(kpi('U21468')).toEqual([
      { gender: 'T', value: 83.3, count: 6 },
      { gender: 'K', value: null, count: null }, // 4 answers: under 5, suppressed
      { gender: 'M', value: null, count: null },
    ]);
    expect(
      values.every((v: { municipality: string; period: number }) => v.municipality === '0580' && v.period === 2022),
    ).toBe(true);
  });

  it('refuses bad requests, strangers and providers with clear codes', async () => {
    const bad = await rest('/reports', {
      method: 'POST',
      body: JSON.stringify({ kind: 'QUALITY_REPORT', year: 1999 }),
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors[0]).toMatchObject({
      message: 'year: year must be 2000 to 2100',
      extensions: { code: 'VALIDATION_FAILED', field: 'year' },
    });
    const noMonth = await rest('/reports', {
      method: 'POST',
      body: JSON.stringify({ kind: 'BOARD_REPORT', year: 2022 }),
    });
    expect((await noMonth.json()).errors[0].extensions.field).toBe('month');
    const badBoard = await rest('/reports', {
      method: 'POST',
      body: JSON.stringify({ kind: 'BOARD_REPORT', year: 2022, month: 'JUNE', boardId: 'Äldrenämnden' }),
    });
    expect((await badBoard.json()).errors[0].extensions).toMatchObject({ field: 'boardId', rule: 'NOT_AN_ID' });
    expect((await rest('/reports', { method: 'POST', body: '{}' }, {})).status).toBe(401);
    expect((await rest('/reports/kolada?year=2022', {}, providerKey)).status).toBe(403);
    expect((await rest('/reports/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });
});

/** Share of pixels darker than near-white in a binary PGM (P5) image. */
function inkShare(pgm: Buffer): number {
  const header = pgm.toString('latin1', 0, 64).split(/\s+/);
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(pgm.length - width * height);
  let ink = 0;
  for (const p of pixels) if (p < 200) ink += 1;
  return ink / pixels.length;
}
