import { FormEvent, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ENUM_LABELS, enumLabel } from '@kvalitetsnav/swedish';
import type {
  ActDecision,
  DeviationImprovementsPageQuery,
  ImprovementInterval,
  StudyResult,
} from '../__generated__/graphql';
import { Field, formatNumber, Saved, useFocusOnError, useSaved } from '../components/form';
import { ScrollBox } from '../components/ScrollBox';
import { ErrorMessage, FieldError, Loading, Page, Ratio, useFormProblems } from '../components/ui';
import { useGatewayMutation, useGatewayQuery } from '../queries';
import { hasRole, useSession } from '../session';
import { quarterTitle } from './DeviationDecisionQuarters';
import { DEVIATION_HANDLERS } from './DeviationRoles';
import {
  COMPLETE_PHASE,
  CREATE_IMPROVEMENT,
  IMPROVEMENT_FOLLOW_UPS,
  IMPROVEMENT_STATISTICS,
  IMPROVEMENT_UNITS,
  IMPROVEMENTS,
  LINK_DEVIATIONS,
  LINK_FOLLOW_UP,
  SOURCE_DEVIATION,
  UNIT_DEVIATIONS,
} from './DeviationImprovementsPage.operations';

type Improvement = DeviationImprovementsPageQuery['improvements'][number];
type Confirmation = ReturnType<typeof useSaved>;

/** The deviations and the follow-up an improvement came from: a unit's deviations, its provider's follow-ups. */
function useSources(deviationId: string | null) {
  const [unitId, setUnitId] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const units = useGatewayQuery(IMPROVEMENT_UNITS, {});
  const source = useGatewayQuery(SOURCE_DEVIATION, deviationId ? { id: deviationId } : null);
  const sourceUnit = source.data?.deviation?.unit.id;
  useEffect(() => {
    if (sourceUnit && deviationId) {
      setUnitId(sourceUnit);
      setChosen([deviationId]);
    }
  }, [sourceUnit, deviationId]);
  const deviations = useGatewayQuery(UNIT_DEVIATIONS, unitId ? { filter: { unitId } } : null);
  const followUps = useGatewayQuery(IMPROVEMENT_FOLLOW_UPS, {});
  const providerId = units.data?.units.find((u) => u.id === unitId)?.providerId;
  return {
    unitId,
    chooseUnit: (id: string) => {
      setUnitId(id);
      setChosen([]);
    },
    chosen,
    toggle: (id: string, on: boolean) => setChosen((c) => (on ? [...c, id] : c.filter((x) => x !== id))),
    reset: () => setChosen(deviationId ? [deviationId] : []),
    units: [...(units.data?.units ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'sv')),
    deviations: deviations.data?.deviations ?? [],
    followUps: (followUps.data?.followUps ?? []).filter((f) => !unitId || !f.providerId || f.providerId === providerId),
    error: units.error ?? deviations.error ?? followUps.error,
  };
}

/** Starts an improvement learning from deviations of a unit (preset from ?avvikelse=<id>) and a follow-up. */
function CreateImprovementForm({ deviationId, saved }: { deviationId: string | null; saved: Confirmation }) {
  const create = useGatewayMutation(CREATE_IMPROVEMENT);
  const problems = useFormProblems(create.error, ['title', 'plan', 'studyDueOn', 'deviationIds', 'followUpId']);
  const errorRef = useFocusOnError(create.error);
  const sources = useSources(deviationId);

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
          deviationIds: sources.chosen,
          followUpId: String(form.get('followUpId') || '') || null,
        },
      },
      {
        onSuccess: ({ createImprovement }) => {
          target.reset();
          sources.reset();
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
        <ErrorMessage error={sources.error} />
        <Field label="Rubrik" field="title" problems={problems}>
          {(props) => <input {...props} name="title" />}
        </Field>
        <Field label="Plan: vad ändras och hur mäts det?" field="plan" problems={problems}>
          {(props) => <textarea {...props} name="plan" rows={3} />}
        </Field>
        <Field label="Studeras senast" field="studyDueOn" problems={problems}>
          {(props) => <input {...props} name="studyDueOn" type="date" />}
        </Field>
        <label htmlFor="improvement-unit">Enhet</label>
        <select id="improvement-unit" value={sources.unitId} onChange={(e) => sources.chooseUnit(e.target.value)}>
          <option value="">Ingen särskild enhet</option>
          {sources.units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
        {sources.unitId && (
          <fieldset {...problems.input('deviationIds')}>
            <legend>Avvikelser det kommer från</legend>
            {sources.deviations.length === 0 && <p>Enheten har inga avvikelser.</p>}
            {sources.deviations.map((d) => (
              <label key={d.id} className="check">
                <input
                  type="checkbox"
                  value={d.id}
                  checked={sources.chosen.includes(d.id)}
                  onChange={(e) => sources.toggle(d.id, e.target.checked)}
                />{' '}
                {enumLabel('DeviationKind', d.kind)} {d.reportedOn}: {d.description.slice(0, 80)}
              </label>
            ))}
          </fieldset>
        )}
        <FieldError problems={problems} field="deviationIds" />
        <Field label="Uppföljning det kommer från" field="followUpId" problems={problems}>
          {(props) => (
            <select {...props} name="followUpId" defaultValue="">
              <option value="">Ingen</option>
              {sources.followUps.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.title} ({f.plannedOn})
                </option>
              ))}
            </select>
          )}
        </Field>
        <ErrorMessage problems={problems} />
        <button type="submit" disabled={create.isPending}>
          Starta förbättringsarbetet
        </button>
      </form>
    </div>
  );
}

const periodTitle = (period: string) => (period.length === 4 ? period : quarterTitle(period));

/** Per quarter or year: started, finished by outcome (a share of the finished), still open at the end. */
function OutcomeTable() {
  const [interval, setInterval] = useState<ImprovementInterval>('QUARTER');
  const [unitId, setUnitId] = useState('');
  const units = useGatewayQuery(IMPROVEMENT_UNITS, {});
  const { data, error, isLoading } = useGatewayQuery(IMPROVEMENT_STATISTICS, {
    interval,
    filter: unitId ? { unitId } : null,
  });
  const unitName = units.data?.units.find((u) => u.id === unitId)?.name;
  const caption = `Förbättringsarbete per ${interval === 'QUARTER' ? 'kvartal' : 'år'} i år${unitName ? `, ${unitName}` : ''}`;
  return (
    <section className="card" aria-label="Utfall per period">
      <h2>Utfall per period</h2>
      <label htmlFor="improvement-statistics-unit">Visa för enhet</label>
      <select id="improvement-statistics-unit" value={unitId} onChange={(e) => setUnitId(e.target.value)}>
        <option value="">Alla enheter</option>
        {[...(units.data?.units ?? [])]
          .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
          .map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
      </select>
      <label htmlFor="improvement-interval">Period</label>
      <select
        id="improvement-interval"
        value={interval}
        onChange={(e) => setInterval(e.target.value as ImprovementInterval)}
      >
        {Object.entries(ENUM_LABELS.ImprovementInterval).map(([v, t]) => (
          <option key={v} value={v}>
            {t}
          </option>
        ))}
      </select>
      <ErrorMessage error={error} />
      {isLoading && <Loading what="utfallet" />}
      {data && (
        <ScrollBox label={caption}>
          <table>
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">Period</th>
                <th scope="col" className="num">
                  Startade
                </th>
                <th scope="col" className="num">
                  Avslutade
                </th>
                <th scope="col">Infört</th>
                <th scope="col">Anpassat</th>
                <th scope="col">Avbrutet</th>
                <th scope="col" className="num">
                  Pågår
                </th>
              </tr>
            </thead>
            <tbody>
              {data.improvementStatistics.map((p) => (
                <tr key={p.period}>
                  <th scope="row">{periodTitle(p.period)}</th>
                  <td className="num">{formatNumber(p.started)}</td>
                  <td className="num">{formatNumber(p.finished)}</td>
                  <td>
                    <Ratio value={p.adopted} />
                  </td>
                  <td>
                    <Ratio value={p.adapted} />
                  </td>
                  <td>
                    <Ratio value={p.abandoned} />
                  </td>
                  <td className="num">{formatNumber(p.openAtEnd)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted">
            Avslutade: steget Agera klart under perioden, med beslutet att införa, anpassa och pröva igen eller avbryta;
            andelarna är av de avslutade. Pågår: startade och varken införda eller avbrutna vid periodens slut.
          </p>
        </ScrollBox>
      )}
    </section>
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

const deviationName = (d: { kind: Improvement['deviations'][number]['kind']; reportedOn: string }) =>
  `${enumLabel('DeviationKind', d.kind)} ${d.reportedOn}`;

/** Adds and removes the deviations an improvement came from, and sets or removes its follow-up. */
function LinksForm({ improvement, saved }: { improvement: Improvement; saved: Confirmation }) {
  const linkDeviations = useGatewayMutation(LINK_DEVIATIONS);
  const linkFollowUp = useGatewayMutation(LINK_FOLLOW_UP);
  const deviationProblems = useFormProblems(linkDeviations.error, ['deviationIds']);
  const followUpProblems = useFormProblems(linkFollowUp.error, ['followUpId']);
  const focus = useFocusOnError(linkDeviations.error ?? linkFollowUp.error);
  const [unitId, setUnitId] = useState('');
  const [deviationId, setDeviationId] = useState('');
  const [followUpId, setFollowUpId] = useState(improvement.followUpId ?? '');
  const units = useGatewayQuery(IMPROVEMENT_UNITS, {});
  const unitDeviations = useGatewayQuery(UNIT_DEVIATIONS, unitId ? { filter: { unitId } } : null);
  const followUps = useGatewayQuery(IMPROVEMENT_FOLLOW_UPS, {});
  // As when it is made: the follow-ups offered are those of the providers its deviations are at
  // (all when it has none), and the one linked now stays in the list whatever its provider.
  const providerOf = new Map((units.data?.units ?? []).map((u) => [u.id, u.providerId]));
  const providers = new Set(improvement.deviations.map((d) => providerOf.get(d.unit.id)).filter(Boolean));
  const offeredFollowUps = (followUps.data?.followUps ?? []).filter(
    (f) => providers.size === 0 || !f.providerId || providers.has(f.providerId) || f.id === improvement.followUpId,
  );
  const linked = improvement.deviationIds;
  const addable = (unitDeviations.data?.deviations ?? []).filter((d) => !linked.includes(d.id));
  const title = improvement.title;

  const relink = (ids: string[], done: string) => {
    saved.clear();
    linkFollowUp.reset();
    linkDeviations.mutate(
      { input: { improvementId: improvement.id, deviationIds: ids } },
      { onSuccess: () => saved.show(done) },
    );
  };
  const setFollowUp = (id: string | null, done: string) => {
    saved.clear();
    linkDeviations.reset();
    linkFollowUp.mutate(
      { input: { improvementId: improvement.id, followUpId: id } },
      {
        onSuccess: () => {
          setFollowUpId(id ?? '');
          saved.show(done);
        },
      },
    );
  };

  function onAdd(event: FormEvent) {
    event.preventDefault();
    const chosen = addable.find((d) => d.id === deviationId);
    relink(
      deviationId ? [...linked, deviationId] : linked,
      `${chosen ? deviationName(chosen) : 'Avvikelsen'} är kopplad till ”${title}”.`,
    );
    setDeviationId('');
  }

  function onFollowUp(event: FormEvent) {
    event.preventDefault();
    const chosen = followUps.data?.followUps.find((f) => f.id === followUpId);
    setFollowUp(
      followUpId || null,
      chosen ? `”${title}” kommer från uppföljningen ${chosen.title}.` : `”${title}” har ingen uppföljning kopplad.`,
    );
  }

  return (
    <div ref={focus} className="block" role="group" aria-label={`Kopplingar för ${title}`}>
      <h3>Kopplade avvikelser och uppföljning</h3>
      <ErrorMessage error={units.error ?? unitDeviations.error ?? followUps.error} />
      {improvement.deviations.length > 0 && (
        <ul aria-label={`Avvikelser som ${title} kommer från`}>
          {improvement.deviations.map((d) => (
            <li key={d.id}>
              {deviationName(d)}, {d.unit.name}: {d.description.slice(0, 80)}{' '}
              <button
                type="button"
                className="secondary"
                disabled={linkDeviations.isPending}
                onClick={() =>
                  relink(
                    linked.filter((x) => x !== d.id),
                    `Kopplingen mellan ”${title}” och ${deviationName(d)} är borttagen.`,
                  )
                }
              >
                Ta bort kopplingen till {deviationName(d)}: {d.description.slice(0, 40)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="form" onSubmit={onAdd} aria-label={`Koppla en avvikelse till ${title}`} noValidate>
        <Field label="Enhet med avvikelsen" field="unitId" problems={deviationProblems}>
          {(props) => (
            <select
              {...props}
              value={unitId}
              onChange={(e) => {
                setUnitId(e.target.value);
                setDeviationId('');
              }}
            >
              <option value="">Välj enhet</option>
              {[...(units.data?.units ?? [])]
                .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
                .map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
            </select>
          )}
        </Field>
        {unitId && unitDeviations.data && addable.length === 0 && <p>Enheten har inga fler avvikelser att koppla.</p>}
        <Field label="Avvikelse att koppla" field="deviationIds" problems={deviationProblems}>
          {(props) => (
            <select {...props} value={deviationId} onChange={(e) => setDeviationId(e.target.value)}>
              <option value="">Välj avvikelse</option>
              {addable.map((d) => (
                <option key={d.id} value={d.id}>
                  {deviationName(d)}: {d.description.slice(0, 80)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <ErrorMessage problems={deviationProblems} />
        <button type="submit" disabled={linkDeviations.isPending || !deviationId}>
          Koppla avvikelsen
        </button>
      </form>
      <form className="form" onSubmit={onFollowUp} aria-label={`Uppföljning för ${title}`} noValidate>
        <Field label="Uppföljning det kommer från" field="followUpId" problems={followUpProblems}>
          {(props) => (
            <select {...props} value={followUpId} onChange={(e) => setFollowUpId(e.target.value)}>
              <option value="">Ingen</option>
              {offeredFollowUps.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.title} ({f.plannedOn})
                </option>
              ))}
            </select>
          )}
        </Field>
        <ErrorMessage problems={followUpProblems} />
        <div className="buttons">
          <button type="submit" disabled={linkFollowUp.isPending}>
            Spara uppföljningen
          </button>
          {improvement.followUpId && (
            <button
              type="button"
              className="secondary"
              disabled={linkFollowUp.isPending}
              onClick={() => setFollowUp(null, `Kopplingen mellan ”${title}” och uppföljningen är borttagen.`)}
            >
              Ta bort kopplingen till uppföljningen
            </button>
          )}
        </div>
      </form>
    </div>
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
      <OutcomeTable />
      {handler && <CreateImprovementForm deviationId={params.get('avvikelse')} saved={saved} />}
      <Saved message={saved.message} />
      <ErrorMessage error={error} />
      {isLoading && <Loading what="förbättringsarbetet" />}
      {data?.improvements.length === 0 && <p>Inget förbättringsarbete ännu.</p>}
      {data?.improvements.map((i) => (
        <section key={i.id} id={`forbattring-${i.id}`} className="card" aria-label={i.title}>
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
              {i.deviations.length
                ? i.deviations.map((d, n) => (
                    <span key={d.id}>
                      {n > 0 && ', '}
                      <Link to={`/avvikelser/${d.id}`}>
                        {enumLabel('DeviationKind', d.kind)} {d.reportedOn}, {d.unit.name}
                      </Link>
                    </span>
                  ))
                : 'Inga'}
            </dd>
            <dt>Uppföljning</dt>
            <dd>{i.followUpId ? <Link to={`/uppfoljning/${i.followUpId}`}>Öppna uppföljningen</Link> : 'Ingen'}</dd>
            {i.actCompletedOn && (
              <>
                <dt>Agera klart</dt>
                <dd>{i.actCompletedOn}</dd>
              </>
            )}
          </dl>
          {handler && i.phase !== 'DONE' && <PhaseForm improvement={i} saved={saved} />}
          {handler && <LinksForm improvement={i} saved={saved} />}
        </section>
      ))}
    </Page>
  );
}
