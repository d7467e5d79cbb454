import { Link } from 'react-router-dom';
import { enumLabel } from '@kvalitetsnav/swedish';
import { formatDate } from '../components/form';
import { Block, ErrorMessage, Loading } from '../components/ui';
import { useGatewayQuery } from '../queries';
import { periodLabel } from './portal';
import { CASE_FLOW_DELIVERIES, PROVIDER_ACTIVITY } from './StartPage.operations';

/** What providers handed in lately: reports, case flows, answers to required actions; each a link to where it is read. */
export function ProviderActivityBlock() {
  const activity = useGatewayQuery(PROVIDER_ACTIVITY, {});
  const deliveries = useGatewayQuery(CASE_FLOW_DELIVERIES, {});
  const items = [
    ...(activity.data?.providerActivity ?? []).map((a) => ({
      at: String(a.at),
      key: `${a.kind}-${a.at}-${a.provider.id}`,
      content: (
        <>
          <Link to={a.followUpId ? `/uppfoljning/${a.followUpId}` : `/utforare/${a.provider.id}`}>
            {enumLabel('ProviderActivityKind', a.kind)}
          </Link>{' '}
          från {a.provider.name}
          {a.unit && `, ${a.unit.name}`}
          {a.year && ` ${periodLabel(a.year, a.half)}`}
          {a.version && a.version > 1 && ` (version ${a.version})`}
          {a.action && `: ${a.action}`}
        </>
      ),
    })),
    ...(deliveries.data?.caseFlowDeliveries ?? []).map((d) => ({
      at: String(d.at),
      key: `flow-${d.at}-${d.unitName}`,
      content: (
        <>
          <Link to={`/utforare/${d.providerId}`}>Ärendeflöden</Link> från {d.providerName}, {d.unitName}:{' '}
          {d.months.length === 1
            ? d.months[0]
            : `${d.months.length} månader (${d.months[0]}–${d.months[d.months.length - 1]})`}
        </>
      ),
    })),
  ]
    .sort((a, b) => b.at.localeCompare(a.at))
    .slice(0, 12);
  return (
    <Block title="Nytt från utförarna">
      <ErrorMessage error={activity.error ?? deliveries.error} />
      {(activity.isLoading || deliveries.isLoading) && <Loading what="inlämnat" />}
      {activity.data &&
        deliveries.data &&
        (items.length ? (
          <ul>
            {items.map((item) => (
              <li key={item.key}>
                {item.content} – {formatDate(item.at)}
              </li>
            ))}
          </ul>
        ) : (
          <p>Utförarna har inte lämnat något ännu.</p>
        ))}
    </Block>
  );
}
