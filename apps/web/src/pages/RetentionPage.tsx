import { useState } from 'react';
import type { RunRetentionMutation } from '../__generated__/graphql';
import { formatDate, formatNumber, Saved, useSaved } from '../components/form';
import { ScrollBox } from '../components/ScrollBox';
import { ErrorMessage, Loading, Page } from '../components/ui';
import { useGatewayMutation, useGatewayQuery } from '../queries';
import { RETENTION_RUNS, RETENTION_SETTINGS, RUN_RETENTION } from './RetentionPage.operations';

const months = (n: number) => `${formatNumber(n)} ${n === 1 ? 'månad' : 'månader'}`;
const count = (n: number, one: string, many: string) => `${formatNumber(n)} ${n === 1 ? one : many}`;

/** What a run did, in one Swedish sentence. */
function runSummary(run: RunRetentionMutation['runRetention']): string {
  if (!run.originalsRemoved && !run.freeTextsAnonymised) return 'Gallringen är klar. Inget fanns att gallra.';
  return `Gallringen är klar: ${count(run.originalsRemoved, 'originaltext borttagen', 'originaltexter borttagna')}, fritexter avidentifierade i ${count(run.freeTextsAnonymised, 'ärende', 'ärenden')}.`;
}

/**
 * Retention (gallring), for admins: how long texts are kept after a deviation is closed, the runs
 * so far, and running it now after a confirmation.
 */
export function RetentionPage() {
  const settings = useGatewayQuery(RETENTION_SETTINGS, {});
  const runs = useGatewayQuery(RETENTION_RUNS, {});
  const run = useGatewayMutation(RUN_RETENTION);
  const saved = useSaved();
  const [confirming, setConfirming] = useState(false);
  const s = settings.data?.retentionSettings;

  function onRun() {
    saved.clear();
    run.mutate(
      {},
      {
        onSuccess: ({ runRetention }) => {
          setConfirming(false);
          saved.show(runSummary(runRetention));
        },
      },
    );
  }

  return (
    <Page title="Gallring">
      <p>
        När ett ärende har varit avslutat den inställda tiden tas originaltexten (med personnummer) i lex Sarah- och lex
        Maria-rapporter bort, och senare ersätts ärendets fritexter (beskrivning, åtgärder, slutbedömning och skälen i
        åtkomstloggen) med ”[Gallrad datum]”. Antal, typer, datum, status, kategorier och orsaker finns kvar, så
        statistiken påverkas inte. Ett gallrat ärende gallras inte igen.
      </p>
      {settings.isLoading && <Loading what="inställningarna" />}
      {s && (
        <dl aria-label="Gallringstider">
          <dt>Originaltexter tas bort</dt>
          <dd>{months(s.protectedTextMonths)} efter att ärendet avslutats</dd>
          <dt>Fritexter avidentifieras</dt>
          <dd>{months(s.freeTextMonths)} efter att ärendet avslutats</dd>
          <dt>Schemalagd körning</dt>
          <dd>
            {s.scheduled ? (
              <>
                Varje dag enligt <code>{s.cron}</code> (svensk tid)
              </>
            ) : (
              'Avstängd här; gallra med knappen'
            )}
          </dd>
        </dl>
      )}
      <div className="buttons">
        {!confirming && (
          <button type="button" onClick={() => setConfirming(true)}>
            Gallra nu
          </button>
        )}
      </div>
      {confirming && (
        <div role="group" aria-label="Bekräfta gallring">
          <p>
            Originaltexter och fritexter i avslutade ärenden vars tid har gått ut tas bort för gott och kan inte
            återställas. Gallra nu?
          </p>
          <div className="buttons">
            <button type="button" disabled={run.isPending} onClick={onRun}>
              Ja, gallra nu
            </button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>
              Avbryt
            </button>
          </div>
        </div>
      )}
      {run.isPending && <p role="status">Gallrar…</p>}
      <ErrorMessage error={run.error ?? settings.error ?? runs.error} />
      <Saved message={saved.message} />
      {runs.isLoading && <Loading what="körningarna" />}
      {runs.data && (
        <div className="table-block">
          <ScrollBox label="Gallringar">
            <table>
              <caption>Gallringar, senaste först</caption>
              <thead>
                <tr>
                  <th scope="col">När</th>
                  <th scope="col">Vem</th>
                  <th scope="col">Originaltexter borttagna</th>
                  <th scope="col">Ärenden med fritexter avidentifierade</th>
                  <th scope="col">Skäl i åtkomstloggen</th>
                  <th scope="col">Avslutade senast</th>
                </tr>
              </thead>
              <tbody>
                {runs.data.retentionRuns.length === 0 && (
                  <tr>
                    <td colSpan={6}>Ingen gallring ännu.</td>
                  </tr>
                )}
                {runs.data.retentionRuns.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">{formatDate(String(r.ranAt))}</th>
                    <td>{r.ranBy === 'schedule' ? 'Schemat' : (r.ranByName ?? r.ranBy)}</td>
                    <td>{formatNumber(r.originalsRemoved)}</td>
                    <td>{formatNumber(r.freeTextsAnonymised)}</td>
                    <td>{formatNumber(r.accessLogReasonsAnonymised)}</td>
                    <td>
                      originaltexter {r.originalsClosedBy}, fritexter {r.freeTextsClosedBy}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        </div>
      )}
    </Page>
  );
}
