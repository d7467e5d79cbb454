import { ErrorMessage, Loading, Ratio } from '../components/ui';
import { useGatewayQuery } from '../queries';
import { ScrollBox } from '../components/ScrollBox';
import { ROUND_UNITS } from './SurveyCoverage.operations';

/** How much of each unit the round reached: people offered the survey of the people placed there. */
export function SurveyCoverage({ roundId }: { roundId: string }) {
  const round = useGatewayQuery(ROUND_UNITS, { id: roundId });
  const units = round.data?.surveyRound?.units ?? [];
  return (
    <section className="card block" aria-label="Täckning per enhet">
      <h2>Täckning per enhet</h2>
      <p className="muted">Hur många av de placerade vid enheten som erbjöds att svara.</p>
      <ErrorMessage error={round.error} />
      {round.isLoading && <Loading what="enheterna" />}
      {units.length > 0 && (
        <ScrollBox label="Placerade och erbjudna per enhet">
          <table>
            <caption>Placerade och erbjudna per enhet</caption>
            <thead>
              <tr>
                <th scope="col">Enhet</th>
                <th scope="col">Placerade</th>
                <th scope="col">Erbjudna</th>
                <th scope="col">Andel erbjudna av placerade</th>
              </tr>
            </thead>
            <tbody>
              {units.map((u) => (
                <tr key={u.unitId}>
                  <th scope="row">
                    {u.name}
                    {u.optedOut && <div className="muted">Avstod från att delta</div>}
                  </th>
                  <td>{u.placed ?? 'Ej angivet'}</td>
                  <td>{u.offered}</td>
                  <td>
                    <Ratio value={u.coverage} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
    </section>
  );
}
