import { useState } from 'react';
import { Saved, useFocusOnError, useSaved } from '../components/form';
import { ErrorMessage, Loading } from '../components/ui';
import { useGatewayMutation, useGatewayQuery } from '../queries';
import { ANSWER_LINKS, CLOSE_ROUND } from './SurveyRoundAdmin.operations';
import { ScrollBox } from '../components/ScrollBox';

/** The address a respondent opens, e.g. on a tablet: no sign-in, the code is the only key. */
export const answerUrl = (code: string) => `${window.location.origin}/svara/${encodeURIComponent(code)}`;

/** For an open round: each unit's answer link to hand out, and closing the round (after a confirmation). */
export function SurveyRoundAdmin({ round }: { round: { id: string; name: string; status: string } }) {
  const open = round.status === 'OPEN';
  const links = useGatewayQuery(ANSWER_LINKS, open ? { roundId: round.id } : null);
  const close = useGatewayMutation(CLOSE_ROUND);
  const [confirming, setConfirming] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);
  const saved = useSaved();
  const focus = useFocusOnError(close.error);

  async function copy(unitName: string, url: string) {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(`Länken för ${unitName} är kopierad.`);
    } catch {
      setCopied(`Kopiera länken för ${unitName} genom att markera den.`);
    }
  }

  return (
    <div ref={focus}>
      {open && (
        <section className="card block" aria-label="Svarslänkar">
          <h2>Svarslänkar</h2>
          <p className="muted">
            Varje enhet har en egen länk som de svarande öppnar utan att logga in, t.ex. på en surfplatta. Länken slutar
            fungera när omgången stängs.
          </p>
          <ErrorMessage error={links.error} />
          {links.isLoading && <Loading what="svarslänkar" />}
          {links.data && !links.data.surveyAnswerLinks.length && <p>Ingen enhet deltar i omgången.</p>}
          {links.data && links.data.surveyAnswerLinks.length > 0 && (
            <ScrollBox label="Länk per enhet">
              <table>
                <caption>Länk per enhet</caption>
                <thead>
                  <tr>
                    <th scope="col">Enhet</th>
                    <th scope="col">Länk</th>
                    <th scope="col">Kopiera</th>
                  </tr>
                </thead>
                <tbody>
                  {links.data.surveyAnswerLinks.map((l) => {
                    const url = answerUrl(l.code);
                    return (
                      <tr key={l.unitId}>
                        <th scope="row">{l.unitName}</th>
                        <td>
                          <a href={url}>{url}</a>
                        </td>
                        <td>
                          <button type="button" className="secondary" onClick={() => copy(l.unitName, url)}>
                            Kopiera länken för {l.unitName}
                          </button>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </ScrollBox>
          )}
          {copied && <p role="status">{copied}</p>}
        </section>
      )}
      {/* Named without "omgång": the round picker's label is "Omgång", and tests and screen readers find it by that. */}
      {open && (
        <section className="card block" aria-label="Avsluta insamlingen">
          <h2>Avsluta insamlingen</h2>
          {!confirming ? (
            <button type="button" onClick={() => setConfirming(true)}>
              Stäng omgången
            </button>
          ) : (
            <div role="group" aria-label="Bekräfta stängning">
              <p>
                Vill du stänga {round.name}? Inga fler svar tas emot, svarslänkarna slutar fungera och resultaten
                publiceras.
              </p>
              <div className="buttons">
                <button
                  type="button"
                  disabled={close.isPending}
                  onClick={() =>
                    close.mutate(
                      { roundId: round.id },
                      {
                        onSuccess: ({ closeSurveyRound: r }) => {
                          setConfirming(false);
                          saved.show(`${round.name} är stängd ${r.closedOn ?? ''}. Resultaten visas nedan.`);
                        },
                      },
                    )
                  }
                >
                  Ja, stäng omgången
                </button>
                <button type="button" className="secondary" onClick={() => setConfirming(false)}>
                  Avbryt
                </button>
              </div>
            </div>
          )}
          <ErrorMessage error={close.error} />
        </section>
      )}
      <Saved message={saved.message} />
    </div>
  );
}
