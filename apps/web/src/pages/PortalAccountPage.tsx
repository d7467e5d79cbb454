import { ApiKeyList } from '../components/ApiKeys';
import { ProviderContacts } from '../components/ProviderContacts';
import { ErrorMessage, Loading, Page } from '../components/ui';
import { useGatewayQuery } from '../queries';
import { useSession } from '../session';
import { PORTAL_UNITS } from './portal.operations';
import { PROVIDER_API_KEYS } from './ProviderPage.operations';

/** The provider's account: the API keys its own systems report with, and its contact persons. */
export function PortalAccountPage() {
  const { providerId = '' } = useSession();
  const provider = useGatewayQuery(PORTAL_UNITS, { id: providerId }, { enabled: Boolean(providerId) });
  const keys = useGatewayQuery(PROVIDER_API_KEYS, { providerId }, { enabled: Boolean(providerId) });
  return (
    <Page title="Konto">
      <p>
        Kontot för <strong>{provider.data?.provider?.name ?? 'er utförare'}</strong>.
      </p>
      <section aria-labelledby="api-keys">
        <h2 id="api-keys">API-nycklar</h2>
        <p>
          Med en API-nyckel kan ert eget verksamhetssystem lämna rapporter till kommunen utan att någon loggar in.
          Nycklarna utfärdas och återkallas av kommunens administratör: kontakta kommunen om ni behöver en ny nyckel
          eller om en nyckel ska sluta gälla, till exempel om den kan ha kommit i fel händer. Själva nyckeln visas bara
          en gång, när den utfärdas; här ser ni början av den, när den senast användes (tiden sparas högst en gång i
          minuten) och om den är återkallad.
        </p>
        <ErrorMessage error={keys.error} />
        {keys.isLoading && <Loading what="API-nycklarna" />}
        {keys.data && <ApiKeyList keys={keys.data.providerApiKeys} />}
      </section>
      <section aria-labelledby="contact-persons">
        <h2 id="contact-persons">Kontaktpersoner</h2>
        <p>
          Kontaktpersonerna får kommunens påminnelser per e-post: om rapporter som ska lämnas eller är försenade, och om
          åtgärder vars tidsfrist närmar sig eller har gått ut.
        </p>
        {providerId && <ProviderContacts providerId={providerId} canEdit />}
      </section>
    </Page>
  );
}
