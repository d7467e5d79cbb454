import { FormEvent, useState } from 'react';
import { Link } from 'react-router-dom';
import { DECISION_WORDS, ENUM_LABELS, enumLabel } from '@kvalitetsnav/swedish';
import type { DecisionLaw, DeviationDecisionsPageOpenQuery, Gender } from '../__generated__/graphql';
import { Field, Saved, useFocusOnError, useSaved } from '../components/form';
import { ErrorMessage, Loading, Page, useFormProblems } from '../components/ui';
import { useGatewayMutation, useGatewayQuery } from '../queries';
import { canWrite, useSession } from '../session';
import { MARK_EXECUTED, OPEN_DECISIONS, QUARTERS, REGISTER_DECISION } from './DeviationDecisionsPage.operations';
import { ScrollBox } from '../components/ScrollBox';
import { QuarterBoardReport, QuarterTable } from './DeviationDecisionQuarters';
import { ServiceAreaSelect, useServiceAreas } from '../components/ServiceAreas';

type Decision = DeviationDecisionsPageOpenQuery['decisionsNotExecuted'][number];

const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

function RegisterDecisionForm({ saved }: { saved: ReturnType<typeof useSaved> }) {
  const register = useGatewayMutation(REGISTER_DECISION);
  const problems = useFormProblems(register.error, [
    'serviceArea',
    'law',
    'gender',
    'intervention',
    'decidedOn',
    'interruptedOn',
    'reason',
  ]);
  const errorRef = useFocusOnError(register.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const target = event.currentTarget;
    const form = new FormData(target);
    saved.clear();
    register.mutate(
      {
        input: {
          serviceArea: String(form.get('serviceArea')),
          law: String(form.get('law')) as DecisionLaw,
          gender: String(form.get('gender')) as Gender,
          intervention: String(form.get('intervention') ?? ''),
          decidedOn: String(form.get('decidedOn') ?? ''),
          interruptedOn: String(form.get('interruptedOn') || '') || null,
          reason: String(form.get('reason') ?? ''),
        },
      },
      {
        onSuccess: ({ registerDecisionNotExecuted }) => {
          target.reset();
          saved.show(`Beslutet om ${registerDecisionNotExecuted.intervention} är registrerat som ej verkställt.`);
        },
      },
    );
  }

  return (
    <div ref={errorRef}>
      <form className="card form" aria-label="Registrera ej verkställt beslut" onSubmit={onSubmit} noValidate>
        <h2>Registrera ej verkställt beslut</h2>
        <Field label="Verksamhetsområde" field="serviceArea" problems={problems}>
          {(props) => <ServiceAreaSelect {...props} name="serviceArea" defaultValue="LSS_GROUP_HOME" />}
        </Field>
        <Field label="Lag" field="law" problems={problems}>
          {(props) => (
            <select {...props} name="law" defaultValue="LSS">
              {Object.entries(ENUM_LABELS.DecisionLaw).map(([v, t]) => (
                <option key={v} value={v}>
                  {t}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Den enskildes kön" field="gender" problems={problems}>
          {(props) => (
            <select {...props} name="gender" defaultValue="NOT_STATED">
              {Object.entries(DECISION_WORDS.gender).map(([v, t]) => (
                <option key={v} value={v}>
                  {t}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Insats" field="intervention" problems={problems}>
          {(props) => <input {...props} name="intervention" />}
        </Field>
        <Field label="Beslutsdatum" field="decidedOn" problems={problems}>
          {(props) => <input {...props} name="decidedOn" type="date" />}
        </Field>
        <Field
          label="Datum för avbrott"
          field="interruptedOn"
          problems={problems}
          hint="Bara om en verkställd insats har avbrutits: de tre månaderna räknas då från avbrottet."
        >
          {(props) => <input {...props} name="interruptedOn" type="date" />}
        </Field>
        <Field label="Varför det inte är verkställt" field="reason" problems={problems}>
          {(props) => <textarea {...props} name="reason" rows={3} />}
        </Field>
        <ErrorMessage problems={problems} />
        <button type="submit" disabled={register.isPending}>
          Registrera beslutet
        </button>
      </form>
    </div>
  );
}

function MarkExecutedForm({ decision, saved }: { decision: Decision; saved: ReturnType<typeof useSaved> }) {
  const mark = useGatewayMutation(MARK_EXECUTED);
  const problems = useFormProblems(mark.error, ['executedOn']);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const executedOn = String(new FormData(event.currentTarget).get('executedOn') ?? '');
    saved.clear();
    // The row leaves the open list once saved, so the confirmation is the page's.
    void mark.mutateAsync({ input: { decisionId: decision.id, executedOn } }).then(
      () => saved.show(`Beslutet om ${decision.intervention} är verkställt ${executedOn}.`),
      () => undefined,
    );
  }

  return (
    <form className="row" aria-label={`Verkställ ${decision.intervention}`} onSubmit={onSubmit} noValidate>
      <Field label="Verkställt den" field="executedOn" problems={problems}>
        {(props) => <input {...props} name="executedOn" type="date" defaultValue={today()} />}
      </Field>
      <ErrorMessage problems={problems} />
      <button type="submit" disabled={mark.isPending}>
        Markera verkställt
      </button>
    </form>
  );
}

/** Decisions not executed: registering them, marking them executed, and the quarter's report to IVO and the board. */
export function DeviationDecisionsPage() {
  const { areaName } = useServiceAreas();
  const session = useSession();
  const writer = canWrite(session);
  const [year, setYear] = useState(new Date().getFullYear());
  const open = useGatewayQuery(OPEN_DECISIONS, {});
  const quarters = useGatewayQuery(QUARTERS, { year });
  const saved = useSaved();

  return (
    <Page title="Ej verkställda beslut">
      <p>
        <Link to="/avvikelser">Till avvikelserna</Link>
      </p>
      <p className="muted">
        Varje beslut gäller en enskild person. Att listan visas loggas i åtkomstloggen, med de beslut som visades (Mina
        läsningar).
      </p>
      {writer && <RegisterDecisionForm saved={saved} />}
      <Saved message={saved.message} />

      <h2>Inte verkställda</h2>
      <ErrorMessage error={open.error} />
      {open.isLoading && <Loading what="besluten" />}
      {open.data && (
        <ScrollBox label="Beslut som inte är verkställda, äldst först">
          <table>
            <caption>Beslut som inte är verkställda, äldst först</caption>
            <thead>
              <tr>
                <th scope="col">Beslutat</th>
                <th scope="col">Insats</th>
                <th scope="col">Verksamhetsområde</th>
                <th scope="col">Lag</th>
                <th scope="col">Kön</th>
                <th scope="col">Avbrott</th>
                <th scope="col">Varför</th>
                {writer && <th scope="col">Verkställ</th>}
              </tr>
            </thead>
            <tbody>
              {open.data.decisionsNotExecuted.length === 0 && (
                <tr>
                  <td colSpan={writer ? 8 : 7}>Inga beslut väntar på verkställighet.</td>
                </tr>
              )}
              {open.data.decisionsNotExecuted.map((d) => (
                <tr key={d.id}>
                  <td>{d.decidedOn}</td>
                  <td>{d.intervention}</td>
                  <td>{areaName(d.serviceArea)}</td>
                  <td>{enumLabel('DecisionLaw', d.law)}</td>
                  <td>{DECISION_WORDS.gender[d.gender]}</td>
                  <td>{d.interruptedOn ?? '–'}</td>
                  <td>{d.reason}</td>
                  {writer && (
                    <td>
                      <MarkExecutedForm decision={d} saved={saved} />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}

      <h2>Att rapportera till IVO och nämnden per kvartal</h2>
      <form className="filters" aria-label="Välj år" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="decision-year">År</label>
        <input
          id="decision-year"
          type="number"
          value={year}
          onChange={(e) => setYear(Number(e.target.value) || new Date().getFullYear())}
        />
      </form>
      <ErrorMessage error={quarters.error} />
      {quarters.data && (
        <QuarterTable
          year={year}
          quarters={quarters.data.decisionsNotExecutedByQuarter}
          writer={writer}
          saved={saved}
        />
      )}
      <QuarterBoardReport year={year} />
    </Page>
  );
}
