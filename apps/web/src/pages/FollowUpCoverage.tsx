import { Link } from 'react-router-dom';
import { enumLabel, swedishNumber } from '@kvalitetsnav/swedish';
import type { FollowUpCoverageQuery } from '../__generated__/graphql';
import { ScrollBox } from '../components/ScrollBox';
import { ErrorMessage, Loading } from '../components/ui';
import { useGatewayQuery } from '../queries';
import { FOLLOW_UP_COVERAGE } from './FollowUpsPage.operations';
import { useServiceAreas } from '../components/ServiceAreas';

type IopFlag = FollowUpCoverageQuery['followUpCoverage']['iopWithoutFollowUp'][number];

const share = (numerator: number, denominator: number) =>
  denominator ? ` (${swedishNumber(Math.round((100 * numerator) / denominator))} %)` : '';

/** An IOP contract due for its yearly follow-up, linking to its provider's page. */
export function IopFlagItem({ flag }: { flag: IopFlag }) {
  return (
    <>
      <Link to={`/utforare/${flag.providerId}`}>
        Avtal {flag.reference} {flag.title}
      </Link>{' '}
      ({flag.providerName}): {flag.lastFollowedUpOn ? `senast uppföljt ${flag.lastFollowedUpOn}` : 'aldrig uppföljt'},
      skulle ha följts upp senast {flag.dueSince}
    </>
  );
}

/**
 * The year's structural coverage (every unit followed up each year, seed 002): units with a
 * follow-up reported that year of the units with a contract, those not yet covered, and the IOP
 * contracts a year without a follow-up.
 */
export function FollowUpCoverage({ year }: { year: number }) {
  const { areaName } = useServiceAreas();
  const { data, error, isLoading } = useGatewayQuery(FOLLOW_UP_COVERAGE, { year });
  const c = data?.followUpCoverage;
  return (
    <section aria-labelledby="coverage">
      <h2 id="coverage">Täckning {year}</h2>
      <ErrorMessage error={error} />
      {isLoading && <Loading what="täckningen" />}
      {c && (
        <>
          <p>
            <strong>
              Strukturell uppföljning: {c.numerator} av {c.denominator} enheter
            </strong>
            {share(c.numerator, c.denominator)}. En enhet räknas som uppföljd när en uppföljning av dess avtal, eller en
            övergripande eller tematisk uppföljning där enheten besvarats, har rapporterats under året.
          </p>
          {c.byServiceArea.length > 0 && (
            <ScrollBox label={`Täckning ${year} per verksamhetsområde`}>
              <table>
                <caption>Täckning {year} per verksamhetsområde</caption>
                <thead>
                  <tr>
                    <th scope="col">Verksamhetsområde</th>
                    <th scope="col">Uppföljda enheter</th>
                  </tr>
                </thead>
                <tbody>
                  {c.byServiceArea.map((a) => (
                    <tr key={a.serviceArea}>
                      <th scope="row">{areaName(a.serviceArea)}</th>
                      <td>
                        {a.numerator} av {a.denominator}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollBox>
          )}
          {c.byProvider.length > 0 && (
            <ScrollBox label={`Täckning ${year} per utförare`}>
              <table>
                <caption>Täckning {year} per utförare</caption>
                <thead>
                  <tr>
                    <th scope="col">Utförare</th>
                    <th scope="col">Uppföljda enheter</th>
                  </tr>
                </thead>
                <tbody>
                  {c.byProvider.map((p) => (
                    <tr key={p.providerId}>
                      <th scope="row">
                        <Link to={`/utforare/${p.providerId}`}>{p.providerName}</Link>
                      </th>
                      <td>
                        {p.numerator} av {p.denominator}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollBox>
          )}
          {c.uncoveredUnits.length ? (
            <ScrollBox label={`Enheter som ännu inte följts upp ${year}`}>
              <table>
                <caption>Enheter som ännu inte följts upp {year}</caption>
                <thead>
                  <tr>
                    <th scope="col">Enhet</th>
                    <th scope="col">Verksamhetsområde</th>
                    <th scope="col">Utförare</th>
                  </tr>
                </thead>
                <tbody>
                  {c.uncoveredUnits.map((u) => (
                    <tr key={u.unitId}>
                      <th scope="row">{u.unitName}</th>
                      <td>{areaName(u.serviceArea)}</td>
                      <td>
                        <Link to={`/utforare/${u.providerId}`}>{u.providerName}</Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollBox>
          ) : (
            <p>Alla enheter med avtal är uppföljda {year}.</p>
          )}
          <h3>IOP-avtal utan uppföljning på ett år</h3>
          {c.iopWithoutFollowUp.length ? (
            <ul>
              {c.iopWithoutFollowUp.map((f) => (
                <li key={f.contractId}>
                  <IopFlagItem flag={f} />
                </li>
              ))}
            </ul>
          ) : (
            <p>Alla gällande IOP-avtal har följts upp det senaste året.</p>
          )}
        </>
      )}
    </section>
  );
}
