import { useState } from 'react';
import { Link } from 'react-router-dom';
import { enumLabel } from '@kvalitetsnav/swedish';
import type { DeviationSortField, PortalDeviationsQuery } from '../__generated__/graphql';
import { RegisterComplaintForm, ReportDeviationForm } from '../components/DeviationForms';
import { PagedColumn, PagedTable } from '../components/PagedTable';
import { ErrorMessage, Loading, Page } from '../components/ui';
import { useGatewayQuery } from '../queries';
import { useSession } from '../session';
import { PORTAL_UNITS } from './portal.operations';
import { PORTAL_DEVIATIONS } from './PortalDeviationsPage.operations';

type Row = PortalDeviationsQuery['deviationsPage']['items'][number];

const PAGE_SIZE = 25;

/**
 * The lex Sarah / lex Maria text is kept as written only for the municipality's quality staff
 * (the API's protectedDescription); everyone else, the provider too, reads it without them.
 */
const DESCRIPTION_HINT =
  'Skriv inga personuppgifter som inte behövs. Personnummer tas bort ur texten innan den sparas; i en lex Sarah- eller lex Maria-rapport sparas originaltexten skyddad och kan bara läsas av kommunens kvalitetsansvariga.';

export const portalCaseLink = (id: string) => `/portal/avvikelser/${id}`;

/** What a provider may do with its cases here, and what the municipality does. */
function WhatYouCanDo() {
  return (
    <section className="card" aria-labelledby="portal-deviations-rules">
      <h2 id="portal-deviations-rules">Så fungerar det</h2>
      <ul>
        <li>
          Ni registrerar avvikelser enligt SoL/LSS och HSL, lex Sarah- och lex Maria-rapporter och synpunkter och
          klagomål för era egna enheter. Ej verkställda beslut registreras av kommunen.
        </li>
        <li>
          En registrerad rapport kan inte ändras eller tas bort. Har något blivit fel, registrera en ny rapport och
          skriv i beskrivningen vilken den rättar.
        </li>
        <li>
          Åtgärder ska registreras och ärendet slutbedömas inom två månader från rapporten. Ärendets historik visas när
          du öppnar det.
        </li>
        <li>Ni ser bara era egna enheters ärenden.</li>
      </ul>
    </section>
  );
}

/** A provider's deviations, lex Sarah / lex Maria reports and complaints: registering them, and the list. */
export function PortalDeviationsPage() {
  const { providerId = '' } = useSession();
  const units = useGatewayQuery(PORTAL_UNITS, { id: providerId }, { enabled: Boolean(providerId) });
  const [sort, setSort] = useState<{ by: DeviationSortField; descending: boolean }>({
    by: 'REPORTED',
    descending: true,
  });
  const [offset, setOffset] = useState(0);
  const list = useGatewayQuery(PORTAL_DEVIATIONS, {
    filter: {},
    paging: { offset, limit: PAGE_SIZE, sortBy: sort.by, descending: sort.descending },
  });
  const own = units.data?.provider?.units ?? [];

  const columns: PagedColumn<Row, DeviationSortField>[] = [
    {
      header: 'Rapporterad',
      sortBy: 'REPORTED',
      cell: (d) => <Link to={portalCaseLink(d.id)}>{d.reportedOn}</Link>,
    },
    { header: 'Hände', sortBy: 'OCCURRED', cell: (d) => d.occurredOn },
    { header: 'Slag', sortBy: 'KIND', cell: (d) => enumLabel('DeviationKind', d.kind) },
    { header: 'Enhet', sortBy: 'UNIT', cell: (d) => d.unit.name },
    { header: 'Status', sortBy: 'STATUS', cell: (d) => enumLabel('DeviationStatus', d.status) },
    {
      header: 'Slutbedömd senast',
      cell: (d) =>
        d.twoMonthRule.overdue ? <strong>Försenad ({d.twoMonthRule.deadline})</strong> : d.twoMonthRule.deadline,
    },
  ];

  return (
    <Page title="Avvikelser">
      <WhatYouCanDo />
      <ErrorMessage error={units.error} />
      {units.isLoading && <Loading what="era enheter" />}
      {units.data && !own.length && <p>Utföraren har inga enheter registrerade hos kommunen.</p>}
      {own.length > 0 && (
        <div className="grid">
          <ReportDeviationForm units={own} caseLink={portalCaseLink} descriptionHint={DESCRIPTION_HINT} />
          <RegisterComplaintForm units={own} caseLink={portalCaseLink} descriptionHint={DESCRIPTION_HINT} />
        </div>
      )}

      <h2>Era avvikelser och klagomål</h2>
      <ErrorMessage error={list.error} />
      {list.isLoading && <Loading what="avvikelser" />}
      {list.data && (
        <PagedTable
          caption="Era avvikelser och klagomål"
          columns={columns}
          rows={list.data.deviationsPage.items}
          rowKey={(d) => d.id}
          page={list.data.deviationsPage}
          sort={sort}
          onSort={(next) => {
            setSort(next);
            setOffset(0);
          }}
          onPage={setOffset}
        />
      )}
    </Page>
  );
}
