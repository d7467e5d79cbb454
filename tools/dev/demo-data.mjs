// Demo data through the public API (as a quality official would enter it), loaded once:
// skipped when providers already exist. Figures are illustrative, areas from domain.md.
const PROVIDERS = [
  { name: 'Leanlink', organisationNumber: '212000-0357', ownership: 'MUNICIPAL', units: [
    { name: 'Hemtjänst Centrum', serviceArea: 'HOME_CARE', places: null },
    { name: 'Ekholmens vård- och omsorgsboende', serviceArea: 'NURSING_HOME', places: 54 },
    { name: 'Gruppbostad Solrosen', serviceArea: 'LSS_GROUP_HOME', places: 6 },
  ] },
  { name: 'Omsorgshuset i Östergötland AB', organisationNumber: '556036-0793', ownership: 'PRIVATE', units: [
    { name: 'Servicebostad Linden', serviceArea: 'LSS_SERVICE_HOME', places: 10 },
    { name: 'Daglig verksamhet Verkstan', serviceArea: 'DAILY_ACTIVITY', places: 25 },
  ] },
  { name: 'Stadsmissionen Stödboende', organisationNumber: '802011-1012', ownership: 'NON_PROFIT', units: [
    { name: 'Stödboende Vägen', serviceArea: 'SUPPORTED_HOUSING', places: 12 },
  ] },
];
const DEVIATIONS = [
  { unit: 'Hemtjänst Centrum', kind: 'SOL_LSS', occurredOn: '2022-02-03', description: 'Utebliven insats på kvällen' },
  { unit: 'Hemtjänst Centrum', kind: 'HSL', occurredOn: '2022-03-18', description: 'Läkemedel gavs inte i tid' },
  { unit: 'Ekholmens vård- och omsorgsboende', kind: 'SOL_LSS', occurredOn: '2022-04-09', description: 'Fall i badrum utan personal närvarande' },
  { unit: 'Gruppbostad Solrosen', kind: 'LEX_SARAH', occurredOn: '2022-05-22', description: 'Brister i bemötande rapporterade av anhörig' },
];

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
  const gql = async (query, variables = {}) => {
    const res = await fetch(`${gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return res.json();
  };
  const existing = await gql('{ providers { id } }');
  if (existing.data?.providers?.length) {
    log(`[demo] ${existing.data.providers.length} providers already present; demo data not loaded again`);
    return;
  }
  const unitIds = {};
  for (const p of PROVIDERS) {
    const { units, ...input } = p;
    const created = await gql('mutation($input: CreateProviderInput!) { createProvider(input: $input) { id } }', { input });
    if (created.errors) throw new Error(`demo provider ${p.name}: ${created.errors[0].message}`);
    for (const u of units) {
      const unit = await gql('mutation($input: CreateUnitInput!) { createUnit(input: $input) { id } }', {
        input: { ...u, providerId: created.data.createProvider.id },
      });
      if (unit.errors) throw new Error(`demo unit ${u.name}: ${unit.errors[0].message}`);
      unitIds[u.name] = unit.data.createUnit.id;
    }
  }
  for (const d of DEVIATIONS) {
    const input = { unitId: unitIds[d.unit], kind: d.kind, occurredOn: d.occurredOn, description: d.description };
    // The unit reaches deviations through Kafka a moment after it is created.
    for (let attempt = 0; ; attempt++) {
      const result = await gql('mutation($input: ReportDeviationInput!) { reportDeviation(input: $input) { id } }', { input });
      if (!result.errors) break;
      if (result.errors[0].extensions?.code !== 'NOT_FOUND' || attempt > 100) throw new Error(`demo deviation: ${result.errors[0].message}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  log(`[demo] loaded ${PROVIDERS.length} providers, ${Object.keys(unitIds).length} units and ${DEVIATIONS.length} deviations`);
}
