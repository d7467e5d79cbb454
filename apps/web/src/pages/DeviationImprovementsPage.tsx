import { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ENUM_LABELS, enumLabel } from '@kvalitetsnav/swedish';
import type { ActDecision, DeviationImprovementsPageQuery, StudyResult } from '../__generated__/graphql';
import { Field, Saved, useFocusOnError, useSaved } from '../components/form';
import { ErrorMessage, Loading, Page, useFormProblems } from '../components/ui';
import { useGatewayMutation, useGatewayQuery } from '../queries';
import { hasRole, useSession } from '../session';
import { DEVIATION_HANDLERS } from './DeviationRoles';
import { COMPLETE_PHASE, CREATE_IMPROVEMENT, IMPROVEMENTS } from './DeviationImprovementsPage.operations';

type Improvement = DeviationImprovementsPageQuery['improvements'][number];
type Confirmation = ReturnType<typeof useSaved>;

/** Starts an improvement learning from the deviation the user came from (?avvikelse=<id>). */
function CreateImprovementForm({ deviationId, saved }: { deviationId: string | null; saved: Confirmation }) {
  const create = useGatewayMutation(CREATE_IMPROVEMENT);
  const problems = useFormProblems(create.error, ['title', 'plan', 'studyDueOn', 'deviationIds']);
  const errorRef = useFocusOnError(create.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const target = event.currentTarget;
    const form = new FormData(target);
    saved.clear();
    create.mutate(
      {
        input: {
          title: String(form.get('title') ?? ''),
          plan: String(form.get('plan') ?? ''),
          studyDueOn: String(form.get('studyDueOn') || '') || null,
          deviationIds: deviationId ? [deviationId] : [],
        },
      },
      {
        onSuccess: ({ createImprovement }) => {
          target.reset();
          saved.show(`Förbättringsarbetet ”${createImprovement.title}” är startat i steget Planera.`);
        },
      },
    );
  }

  return (
    <div ref={errorRef}>
      <form className="card form" aria-label="Starta förbättringsarbete" onSubmit={onSubmit} noValidate>
        <h2>Starta förbättringsarbete</h2>
        {deviationId && (
          <p>
            Lär av <Link to={`/avvikelser/${deviationId}`}>avvikelsen du kom från</Link>.
          </p>
        )}
        <Field label="Rubrik" field="title" problems={problems}>
          {(props) => <input {...props} name="title" />}
        </Field>
        <Field label="Plan: vad ändras och hur mäts det?" field="plan" problems={problems}>
          {(props) => <textarea {...props} name="plan" rows={3} />}
        </Field>
        <Field label="Studeras senast" field="studyDueOn" problems={problems}>
          {(props) => <input {...props} name="studyDueOn" type="date" />}
        </Field>
        <ErrorMessage problems={problems} />
        <button type="submit" disabled={create.isPending}>
          Starta förbättringsarbetet
        </button>
      </form>
    </div>
  );
}

/** Finishes the improvement's current phase: notes, and whether it worked (study) or what now (act). */
function PhaseForm({ improvement, saved }: { improvement: Improvement; saved: Confirmation }) {
  const complete = useGatewayMutation(COMPLETE_PHASE);
  const problems = useFormProblems(complete.error, ['notes', 'studyResult', 'actDecision']);
  const phase = improvement.phase;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    saved.clear();
    void complete
      .mutateAsync({
        input: {
          improvementId: improvement.id,
          notes: String(form.get('notes') ?? ''),
          studyResult: phase === 'STUDY' ? (String(form.get('studyResult') || '') as StudyResult) || null : null,
          actDecision: phase === 'ACT' ? (String(form.get('actDecision') || '') as ActDecision) || null : null,
        },
      })
      .then(
        ({ completeImprovementPhase }) =>
          saved.show(
            `Steget ${enumLabel('ImprovementPhase', phase)} är klart för ”${improvement.title}”; nu: ${enumLabel('ImprovementPhase', completeImprovementPhase.phase)}.`,
          ),
        () => undefined,
      );
  }

  return (
    <form
      className="form"
      aria-label={`${enumLabel('ImprovementPhase', phase)}: ${improvement.title}`}
      onSubmit={onSubmit}
      noValidate
    >
      <Field label={`Anteckningar om steget ${enumLabel('ImprovementPhase', phase)}`} field="notes" problems={problems}>
        {(props) => <textarea {...props} name="notes" rows={2} />}
      </Field>
      {phase === 'STUDY' && (
        <Field label="Gav förbättringen effekt?" field="studyResult" problems={problems}>
          {(props) => (
            <select {...props} name="studyResult" defaultValue="">
              <option value="">Välj</option>
              {Object.entries(ENUM_LABELS.StudyResult).map(([v, t]) => (
                <option key={v} value={v}>
                  {t}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {phase === 'ACT' && (
        <Field label="Hur går ni vidare?" field="actDecision" problems={problems}>
          {(props) => (
            <select {...props} name="actDecision" defaultValue="">
              <option value="">Välj</option>
              {Object.entries(ENUM_LABELS.ActDecision).map(([v, t]) => (
                <option key={v} value={v}>
                  {t}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <ErrorMessage problems={problems} />
      <button type="submit" disabled={complete.isPending}>
        Avsluta steget {enumLabel('ImprovementPhase', phase)}
      </button>
    </form>
  );
}

/** Improvements learnt from deviations, worked through plan, do, study and act. */
export function DeviationImprovementsPage() {
  const session = useSession();
  const handler = hasRole(session, DEVIATION_HANDLERS);
  const [params] = useSearchParams();
  const { data, error, isLoading } = useGatewayQuery(IMPROVEMENTS, {});
  const saved = useSaved();

  return (
    <Page title="Förbättringsarbete">
      <p>
        <Link to="/avvikelser">Till avvikelserna</Link>
      </p>
      {handler && <CreateImprovementForm deviationId={params.get('avvikelse')} saved={saved} />}
      <Saved message={saved.message} />
      <ErrorMessage error={error} />
      {isLoading && <Loading what="förbättringsarbetet" />}
      {data?.improvements.length === 0 && <p>Inget förbättringsarbete ännu.</p>}
      {data?.improvements.map((i) => (
        <section key={i.id} className="card" aria-label={i.title}>
          <h2>{i.title}</h2>
          <dl className="facts">
            <dt>Steg</dt>
            <dd>{enumLabel('ImprovementPhase', i.phase)}</dd>
            <dt>Plan</dt>
            <dd>{i.plan}</dd>
            <dt>Genomfört</dt>
            <dd>{i.doNotes ?? '–'}</dd>
            <dt>Studerat</dt>
            <dd>
              {i.studyResult
                ? `${enumLabel('StudyResult', i.studyResult)}${i.studyNotes ? `: ${i.studyNotes}` : ''}`
                : '–'}
            </dd>
            <dt>Beslut</dt>
            <dd>
              {i.actDecision ? `${enumLabel('ActDecision', i.actDecision)}${i.actNotes ? `: ${i.actNotes}` : ''}` : '–'}
            </dd>
            <dt>Studeras senast</dt>
            <dd>{i.studyDueOn ?? '–'}</dd>
            <dt>Avvikelser</dt>
            <dd>
              {i.deviationIds.length
                ? i.deviationIds.map((id, n) => (
                    <span key={id}>
                      {n > 0 && ', '}
                      <Link to={`/avvikelser/${id}`}>Avvikelse {n + 1}</Link>
                    </span>
                  ))
                : 'Inga'}
            </dd>
          </dl>
          {handler && i.phase !== 'DONE' && <PhaseForm improvement={i} saved={saved} />}
        </section>
      ))}
    </Page>
  );
}
