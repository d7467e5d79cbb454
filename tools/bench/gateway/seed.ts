import { aProviderInput, monthBack, postGraphQL, waitFor, refusesUnknownId } from '@kvalitetsnav/testing';

export interface SeedSize {
  providers: number;
  unitsPerProvider: number;
}

export interface Seeded {
  providerIds: string[];
  unitIds: string[];
}

const AREAS = ['LSS_GROUP_HOME', 'HOME_CARE', 'NURSING_HOME', 'FAMILY_SUPPORT'] as const;
const OPTIONS = [
  { code: 'YES', label: 'Ja', positive: true, nonSubstantive: false },
  { code: 'NO', label: 'Nej', positive: false, nonSubstantive: false },
];

/**
 * Realistic rows in all four subgraphs, written the way users write them (mutations through the
 * gateway), so every benchmarked query reads real data: providers and units in contracts;
 * deviations, monthly case flows and one closed survey round on the units once Kafka has
 * carried them into each service's read model.
 */
export async function seed(gatewayUrl: string, headers: Record<string, string>, size: SeedSize): Promise<Seeded> {
  const gql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const result = await postGraphQL<T>(`${gatewayUrl}/graphql`, query, variables, headers);
    if (result.errors || !result.data)
      throw new Error(`seeding failed: ${JSON.stringify(result.errors ?? result.status)}`);
    return result.data;
  };

  const providerIds: string[] = [];
  const units: { id: string; area: string }[] = [];
  for (let p = 0; p < size.providers; p++) {
    const { createProvider } = await gql<{ createProvider: { id: string } }>(
      `mutation($i: CreateProviderInput!) { createProvider(input: $i) { id } }`,
      { i: aProviderInput({ name: `Omsorgsbolag ${p + 1} AB` }) },
    );
    providerIds.push(createProvider.id);
    for (let u = 0; u < size.unitsPerProvider; u++) {
      const area = AREAS[(p + u) % AREAS.length];
      const { createUnit } = await gql<{ createUnit: { id: string } }>(
        `mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }`,
        {
          i: { providerId: createProvider.id, name: `Enhet ${p + 1}.${u + 1}`, serviceArea: area, places: 6 + u },
        },
      );
      units.push({ id: createUnit.id, area });
    }
  }

  // Deviations learns of units over Kafka too; a report on a unit it does not know yet is refused.
  for (const [i, unit] of units.entries()) {
    for (let d = 0; d < 3; d++) {
      const input = {
        unitId: unit.id,
        kind: d % 2 ? 'HSL' : 'SOL_LSS',
        occurredOn: `${monthBack(d + 1)}-1${d}`,
        description: `Utebliven insats ${i}.${d}`,
      };
      await waitFor(
        async () =>
          (
            await postGraphQL(
              `${gatewayUrl}/graphql`,
              `mutation($i: ReportDeviationInput!) { reportDeviation(input: $i) { id } }`,
              { i: input },
              headers,
            )
          ).data,
        {
          timeoutMs: 60_000,
          intervalMs: 250,
          what: `deviation ${i}.${d} accepted`,
        },
      );
    }
  }

  await Promise.all(
    units.map(async (unit, i) => {
      for (let back = 6; back >= 1; back--) {
        const outgoing = 2 + ((i + back) % 4);
        const input = {
          unitId: unit.id,
          service: unit.area,
          month: monthBack(back),
          incoming: 3 + ((i * back) % 5),
          outgoing,
          closedByReason: [{ reason: 'GOALS_MET', count: outgoing }],
        };
        // Forecasting learns of units over Kafka too: until it knows one, a report answers UNKNOWN.
        const result = await waitFor(
          async () => {
            const r = await postGraphQL(
              `${gatewayUrl}/graphql`,
              `mutation($i: SubmitCaseFlowReportInput!) { submitCaseFlowReport(input: $i) { id } }`,
              { i: input },
              headers,
            );
            return refusesUnknownId(r) ? false : r;
          },
          { timeoutMs: 60_000, intervalMs: 250, what: `case flows of unit ${i} accepted` },
        );
        if (result.errors || !result.data) throw new Error(`seeding failed: ${JSON.stringify(result.errors)}`);
      }
    }),
  );

  const { createSurveyDefinition } = await gql<{ createSurveyDefinition: { id: string } }>(
    `mutation($i: CreateSurveyDefinitionInput!) { createSurveyDefinition(input: $i) { id } }`,
    {
      i: {
        code: 'BENCH_USER_SURVEY',
        name: 'Brukarundersökning',
        pictureSupported: false,
        questions: [{ id: 'Q1', text: 'Trivs du?', options: OPTIONS }],
      },
    },
  );
  // Surveys learns of the units through Kafka; until it has, the round is refused as naming unknown units.
  const { createSurveyRound } = await waitFor(
    async () => {
      const result = await postGraphQL<{ createSurveyRound: { id: string } }>(
        `${gatewayUrl}/graphql`,
        `mutation($i: CreateSurveyRoundInput!) { createSurveyRound(input: $i) { id } }`,
        {
          i: {
            definitionId: createSurveyDefinition.id,
            name: 'Brukarundersökning 2024',
            period: '2024',
            units: units.map((u) => ({ unitId: u.id, offered: 10 })),
          },
        },
        headers,
      );
      if (refusesUnknownId(result)) return null;
      if (result.errors || !result.data)
        throw new Error(`seeding failed: ${JSON.stringify(result.errors ?? result.status)}`);
      return result.data;
    },
    { timeoutMs: 60_000, intervalMs: 250, what: 'the units in the surveys read model' },
  );
  const rows = units.flatMap((u, i) =>
    Array.from({ length: 6 }, (_, k) => `${u.id},${k % 2 ? 'MAN' : 'WOMAN'},${(i + k) % 3 ? 'YES' : 'NO'}`),
  );
  await gql(`mutation($r: ID!, $csv: String!) { importSurveyResponses(roundId: $r, csv: $csv) { imported } }`, {
    r: createSurveyRound.id,
    csv: ['unit_id,gender,Q1', ...rows].join('\n'),
  });
  await gql(`mutation($r: ID!) { closeSurveyRound(roundId: $r) { status } }`, { r: createSurveyRound.id });

  return { providerIds, unitIds: units.map((u) => u.id) };
}
