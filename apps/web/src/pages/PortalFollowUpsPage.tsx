import { Link } from 'react-router-dom';
import { stockholmToday } from '@kvalitetsnav/calendar';
import { enumLabel } from '@kvalitetsnav/swedish';
import { formatDate } from '../components/form';
import { ScrollBox } from '../components/ScrollBox';
import { ErrorMessage, Loading, Page } from '../components/ui';
import { useGatewayQuery } from '../queries';
import { OWN_FOLLOW_UPS } from './PortalFollowUpsPage.operations';

/** The municipality's follow-ups of the provider's contracts, and what each requires of the provider. */
export function PortalFollowUpsPage() {
  const { data, error, isLoading } = useGatewayQuery(OWN_FOLLOW_UPS, {});
  const today = stockholmToday();
  const followUps = data?.followUps ?? [];
  return (
    <Page title="Uppföljningar">
      <p>
        Kommunens uppföljningar av era avtal. När en uppföljning är rapporterad svarar ni på varje åtgärd som krävs med
        en åtgärdsplan och meddelar när den är genomförd.
      </p>
      <ErrorMessage error={error} />
      {isLoading && <Loading what="uppföljningar" />}
      {data && (
        <ScrollBox label="Uppföljningar av era avtal">
          <table>
            <caption>Uppföljningar av era avtal</caption>
            <thead>
              <tr>
                <th scope="col">Uppföljning</th>
                <th scope="col">Avtal</th>
                <th scope="col">Status</th>
                <th scope="col">Planerad</th>
                <th scope="col">Åtgärder som väntar på er</th>
              </tr>
            </thead>
            <tbody>
              {followUps.map((f) => {
                const waiting = f.actions.filter((a) => a.status === 'OPEN' || a.status === 'PLAN_RECEIVED');
                const late = waiting.filter((a) => a.deadline < today).length;
                return (
                  <tr key={f.id}>
                    <td>
                      <Link to={`/portal/uppfoljningar/${f.id}`}>{f.title}</Link>
                    </td>
                    <td>{f.contract?.reference ?? '–'}</td>
                    <td>{enumLabel('FollowUpStatus', f.status)}</td>
                    <td>{formatDate(f.plannedOn)}</td>
                    <td>
                      {waiting.length}
                      {late > 0 && <strong> ({late} försenade)</strong>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollBox>
      )}
      {data && !followUps.length && <p>Kommunen har inga uppföljningar av era avtal ännu.</p>}
    </Page>
  );
}
