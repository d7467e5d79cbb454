import { FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { enumLabel } from '@kvalitetsnav/swedish';
import type { PortalFollowUpQuery } from '../__generated__/graphql';
import { Field, formatDate, Saved, useFocusOnError, useSaved } from '../components/form';
import { ErrorMessage, Loading, Page, useFormProblems } from '../components/ui';
import { useGatewayMutation, useGatewayQuery } from '../queries';
import { COMPLETE_ACTION, OWN_FOLLOW_UP, SUBMIT_ACTION_PLAN } from './PortalFollowUpsPage.operations';

type Action = NonNullable<PortalFollowUpQuery['followUp']>['actions'][number];

/** One required action: the provider's plan for it, and "done" when it is carried out. */
function ActionCard({ action, open }: { action: Action; open: boolean }) {
  const plan = useGatewayMutation(SUBMIT_ACTION_PLAN);
  const complete = useGatewayMutation(COMPLETE_ACTION);
  const saved = useSaved();
  const [text, setText] = useState(action.actionPlan ?? '');
  const problems = useFormProblems(plan.error ?? complete.error, ['plan', 'actionId']);
  const focus = useFocusOnError(plan.error ?? complete.error);
  const waiting = open && (action.status === 'OPEN' || action.status === 'PLAN_RECEIVED');

  function onPlan(event: FormEvent) {
    event.preventDefault();
    saved.clear();
    complete.reset();
    plan.mutate(
      { input: { actionId: action.id, plan: text } },
      { onSuccess: () => saved.show('Åtgärdsplanen är skickad till kommunen.') },
    );
  }

  function onDone() {
    saved.clear();
    plan.reset();
    complete.mutate(
      { actionId: action.id },
      { onSuccess: () => saved.show('Kommunen har fått besked att åtgärden är genomförd och kontrollerar den.') },
    );
  }

  const lastRecheck = action.rechecks[action.rechecks.length - 1];
  return (
    <section className="card block" aria-label={action.description}>
      <h3>{action.description}</h3>
      <p>
        {enumLabel('FollowUpActionStatus', action.status)} · senast {formatDate(action.deadline)}
        {action.completedOn && ` · genomförd ${formatDate(action.completedOn)}`}
        {action.verifiedOn && ` · godkänd ${formatDate(action.verifiedOn)}`}
      </p>
      {lastRecheck && !lastRecheck.met && (
        <p className="notice">
          Vid kontrollen {formatDate(lastRecheck.checkedOn)} var åtgärden inte uppfylld: {lastRecheck.note}
          {lastRecheck.newDeadline && ` Ny tidsfrist: ${formatDate(lastRecheck.newDeadline)}.`}
        </p>
      )}
      {waiting ? (
        <form className="form" onSubmit={onPlan} aria-label={`Åtgärdsplan för ${action.description}`}>
          <div ref={focus} className="form">
            <Field label="Åtgärdsplan" field="plan" problems={problems} hint="Vad ni gör, vem som ansvarar och när.">
              {(props) => <textarea {...props} rows={4} value={text} onChange={(e) => setText(e.target.value)} />}
            </Field>
            <ErrorMessage problems={problems} />
            <div className="buttons">
              <button type="submit" disabled={plan.isPending}>
                {action.actionPlan ? 'Skicka ny åtgärdsplan' : 'Skicka åtgärdsplan'}
              </button>
              <button type="button" className="secondary" onClick={onDone} disabled={complete.isPending}>
                Åtgärden är genomförd
              </button>
            </div>
          </div>
        </form>
      ) : (
        action.actionPlan && <p>Er åtgärdsplan: {action.actionPlan}</p>
      )}
      <Saved message={saved.message} />
    </section>
  );
}

/** A follow-up of the provider's contract: the findings, and each required action to answer. */
export function PortalFollowUpPage() {
  const { id = '' } = useParams();
  const { data, error, isLoading } = useGatewayQuery(OWN_FOLLOW_UP, { id });
  const followUp = data?.followUp;
  return (
    <Page title={followUp?.title ?? 'Uppföljning'}>
      <p>
        <Link to="/portal/uppfoljningar">Alla uppföljningar</Link>
      </p>
      <ErrorMessage error={error} />
      {isLoading && <Loading what="uppföljningen" />}
      {data && !followUp && <p>Uppföljningen finns inte, eller gäller inte er.</p>}
      {followUp && (
        <>
          <dl className="facts">
            <dt>Avtal</dt>
            <dd>{followUp.contract ? `${followUp.contract.reference} ${followUp.contract.title}` : '–'}</dd>
            <dt>Status</dt>
            <dd>{enumLabel('FollowUpStatus', followUp.status)}</dd>
            <dt>Planerad</dt>
            <dd>{formatDate(followUp.plannedOn)}</dd>
            <dt>Ansvarig hos kommunen</dt>
            <dd>{followUp.responsible ?? '–'}</dd>
            <dt>Rapporterad</dt>
            <dd>{formatDate(followUp.reportedOn)}</dd>
          </dl>
          {followUp.purpose && <p>{followUp.purpose}</p>}
          <h2>Iakttagelser</h2>
          <p>{followUp.findings ?? 'Uppföljningen är inte rapporterad ännu.'}</p>
          <h2>Åtgärder som krävs</h2>
          {followUp.actions.length ? (
            followUp.actions.map((a) => <ActionCard key={a.id} action={a} open={followUp.status === 'REPORTED'} />)
          ) : (
            <p>Inga åtgärder krävs.</p>
          )}
        </>
      )}
    </Page>
  );
}
