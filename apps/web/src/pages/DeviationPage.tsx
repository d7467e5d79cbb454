import { FormEvent, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { enumLabel } from '@kvalitetsnav/swedish';
import type { DeviationPageQuery, DeviationStatus, Seriousness } from '../__generated__/graphql';
import { Field, Saved, useFocusOnError, useSaved } from '../components/form';
import { ErrorMessage, FieldError, Loading, Page, useFormProblems } from '../components/ui';
import { gatewayRequest } from '../gateway';
import { useGatewayMutation, useGatewayQuery } from '../queries';
import { hasRole, useSession } from '../session';
import { DEVIATION_HANDLERS, medicalOnly } from './DeviationRoles';
import {
  ASSESS_SERIOUSNESS,
  CATEGORIES,
  CHANGE_STATUS,
  DEVIATION,
  DEVIATION_ORIGINAL,
  FOLLOW_UPS,
  LINK_FOLLOW_UP,
  REPORT_TO_IVO,
  ROOT_CAUSES,
  SET_CATEGORY,
  SET_ROOT_CAUSES,
} from './DeviationPage.operations';
import { DeviationHistory } from '../components/DeviationHistory';
import { useServiceAreas } from '../components/ServiceAreas';

type Deviation = NonNullable<DeviationPageQuery['deviation']>;
/** One confirmation for the page: a form that saved may be gone once the case has moved on. */
type Confirmation = ReturnType<typeof useSaved>;

/** The workflow, one step at a time: what the step is called on its button, and the text it records. */
const STEPS: Partial<Record<DeviationStatus, { to: DeviationStatus; button: string; text?: string }>> = {
  REPORTED: { to: 'INVESTIGATING', button: 'Påbörja utredning' },
  INVESTIGATING: { to: 'ACTIONS_REGISTERED', button: 'Registrera åtgärder', text: 'Åtgärder' },
  ACTIONS_REGISTERED: { to: 'FINAL_ASSESSMENT', button: 'Registrera slutbedömning', text: 'Slutbedömning' },
  FINAL_ASSESSMENT: { to: 'CLOSED', button: 'Avsluta ärendet' },
};

/**
 * Confirms a save through the mutation's promise rather than mutate's callbacks: by the time the
 * refetch is done the form may be gone (the case moved on), and the page must still confirm.
 * A refusal needs nothing here; the form shows the mutation's error.
 */
const whenSaved = (saving: Promise<unknown>, then: () => void) => void saving.then(then, () => undefined);

const isLex = (d: Deviation) => d.kind === 'LEX_SARAH' || d.kind === 'LEX_MARIA';
const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

function NextStepForm({ deviation, saved }: { deviation: Deviation; saved: Confirmation }) {
  const step = STEPS[deviation.status];
  const change = useGatewayMutation(CHANGE_STATUS);
  const problems = useFormProblems(change.error, ['text', 'on']);
  const errorRef = useFocusOnError(change.error);
  if (!step) return null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!step) return;
    const target = event.currentTarget;
    const form = new FormData(target);
    saved.clear();
    const to = step.to;
    whenSaved(
      change.mutateAsync({
        input: {
          deviationId: deviation.id,
          to,
          text: step.text ? String(form.get('text') ?? '') : null,
          on: String(form.get('on') || '') || null,
        },
      }),
      () => {
        target.reset();
        saved.show(`Ärendet har nu status ${enumLabel('DeviationStatus', to)}.`);
      },
    );
  }

  return (
    <div ref={errorRef}>
      <form className="card form" aria-label="Nästa steg" onSubmit={onSubmit} noValidate>
        <h2>Nästa steg: {enumLabel('DeviationStatus', step.to)}</h2>
        {step.text && (
          <Field label={step.text} field="text" problems={problems}>
            {(props) => <textarea {...props} name="text" rows={4} />}
          </Field>
        )}
        <Field label="Datum" field="on" problems={problems} hint="Lämna tomt för i dag.">
          {(props) => <input {...props} name="on" type="date" max={today()} />}
        </Field>
        <ErrorMessage problems={problems} />
        <button type="submit" disabled={change.isPending}>
          {step.button}
        </button>
      </form>
    </div>
  );
}

function SeriousnessForm({ deviation, saved }: { deviation: Deviation; saved: Confirmation }) {
  const assess = useGatewayMutation(ASSESS_SERIOUSNESS);
  const problems = useFormProblems(assess.error, ['seriousness']);
  const errorRef = useFocusOnError(assess.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const seriousness = String(new FormData(event.currentTarget).get('seriousness') ?? '') as Seriousness;
    saved.clear();
    whenSaved(assess.mutateAsync({ input: { deviationId: deviation.id, seriousness } }), () =>
      saved.show(`Bedömningen är sparad: ${enumLabel('Seriousness', seriousness)}.`),
    );
  }

  const legend = deviation.kind === 'LEX_MARIA' ? 'Är vårdskadan allvarlig?' : 'Är missförhållandet allvarligt?';
  return (
    <div ref={errorRef}>
      <form className="card form" aria-label="Bedöm allvarlighet" onSubmit={onSubmit} noValidate>
        <h2>Bedöm allvarlighet</h2>
        <fieldset {...problems.input('seriousness')}>
          <legend>{legend}</legend>
          {(['SERIOUS', 'NOT_SERIOUS'] as const).map((value) => (
            <label key={value} className="check">
              <input
                type="radio"
                name="seriousness"
                value={value}
                defaultChecked={(deviation.seriousness ?? 'SERIOUS') === value}
              />{' '}
              {enumLabel('Seriousness', value)}
            </label>
          ))}
        </fieldset>
        <ErrorMessage problems={problems} />
        <button type="submit" disabled={assess.isPending}>
          Spara bedömning
        </button>
      </form>
    </div>
  );
}

function IvoReportForm({ deviation, saved }: { deviation: Deviation; saved: Confirmation }) {
  const report = useGatewayMutation(REPORT_TO_IVO);
  const problems = useFormProblems(report.error, ['reportedOn', 'ivoReference']);
  const errorRef = useFocusOnError(report.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    saved.clear();
    whenSaved(
      report.mutateAsync({
        input: {
          deviationId: deviation.id,
          reportedOn: String(form.get('reportedOn') ?? ''),
          ivoReference: String(form.get('ivoReference') || '') || null,
        },
      }),
      () => saved.show('Anmälan till IVO är registrerad.'),
    );
  }

  return (
    <div ref={errorRef}>
      <form className="card form" aria-label="Anmälan till IVO" onSubmit={onSubmit} noValidate>
        <h2>Anmälan till IVO</h2>
        <Field label="Anmäld till IVO den" field="reportedOn" problems={problems}>
          {(props) => <input {...props} name="reportedOn" type="date" />}
        </Field>
        <Field label="IVO:s diarienummer" field="ivoReference" problems={problems}>
          {(props) => <input {...props} name="ivoReference" />}
        </Field>
        <ErrorMessage problems={problems} />
        <button type="submit" disabled={report.isPending}>
          Registrera anmälan till IVO
        </button>
      </form>
    </div>
  );
}

/** The causes from the managed list; one retired since it was chosen stays until it is taken away. */
function RootCausesForm({ deviation, saved }: { deviation: Deviation; saved: Confirmation }) {
  const causes = useGatewayQuery(ROOT_CAUSES, {});
  const set = useGatewayMutation(SET_ROOT_CAUSES);
  const problems = useFormProblems(set.error, ['rootCauseIds']);
  const errorRef = useFocusOnError(set.error);
  const chosen = new Set(deviation.rootCauses.map((c) => c.id));
  const offered = [
    ...(causes.data?.rootCauses ?? []),
    ...deviation.rootCauses
      .filter((c) => !c.active)
      .map((c) => ({ id: c.id, label: `${c.label} (används inte längre)` })),
  ];

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const rootCauseIds = new FormData(event.currentTarget).getAll('rootCauseIds').map(String);
    saved.clear();
    whenSaved(set.mutateAsync({ input: { deviationId: deviation.id, rootCauseIds } }), () =>
      saved.show(rootCauseIds.length ? 'Grundorsakerna är sparade.' : 'Ärendet har inga grundorsaker.'),
    );
  }

  return (
    <div ref={errorRef}>
      <ErrorMessage error={causes.error} />
      <form className="card form" aria-label="Grundorsaker" onSubmit={onSubmit} noValidate>
        <h2>Grundorsaker</h2>
        <fieldset {...problems.input('rootCauseIds')}>
          <legend>Vad ligger bakom?</legend>
          {offered.map((c) => (
            <label key={c.id} className="check">
              <input type="checkbox" name="rootCauseIds" value={c.id} defaultChecked={chosen.has(c.id)} /> {c.label}
            </label>
          ))}
        </fieldset>
        <FieldError problems={problems} field="rootCauseIds" />
        <ErrorMessage problems={problems} />
        <button type="submit" disabled={set.isPending || !causes.data}>
          Spara grundorsaker
        </button>
      </form>
    </div>
  );
}

/** Whether the caller may read a report's protected original, as the deviations service decides. */
const mayReadOriginal = (session: { roles: string[] }, d: Deviation) =>
  hasRole(session, ['ADMIN', 'QUALITY_OFFICIAL']) ||
  (hasRole(session, ['MEDICALLY_RESPONSIBLE']) && d.kind === 'LEX_MARIA');

/**
 * The text as written, with the personal identity numbers, opened on request with an optional
 * reason. Each opening is one read in the access log, so it is fetched on the button only and
 * never again behind the user's back (not cached, not refetched after other saves).
 */
function OriginalText({ deviation }: { deviation: Deviation }) {
  const { token } = useSession();
  const [original, setOriginal] = useState<string | null>(null);
  const read = useMutation({
    mutationFn: (reason: string | null) => gatewayRequest(DEVIATION_ORIGINAL, { id: deviation.id, reason }, token),
  });
  const problems = useFormProblems(read.error, ['reason']);
  const errorRef = useFocusOnError(read.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get('reason') ?? '').trim() || null;
    read.mutate(reason, {
      onSuccess: (data) => setOriginal(data.deviation?.protectedDescription ?? ''),
    });
  }

  return (
    <div ref={errorRef}>
      <form className="card form" aria-label="Originaltext" onSubmit={onSubmit} noValidate>
        <h2>Originaltext</h2>
        <p className="muted">
          Texten som den skrevs, med personnummer. Att du läser den loggas i åtkomstloggen, med skälet om du anger ett.
        </p>
        <Field label="Skäl" field="reason" problems={problems} hint="Frivilligt, högst 500 tecken.">
          {(props) => <input {...props} name="reason" maxLength={500} />}
        </Field>
        <ErrorMessage problems={problems} />
        <button type="submit" disabled={read.isPending}>
          Visa originaltext
        </button>
      </form>
      {original !== null && (
        <p className="description" aria-label="Originaltexten">
          {original || 'Ingen originaltext finns sparad.'}
        </p>
      )}
    </div>
  );
}

/** What the case is about, from its kind's categories; one retired since it was chosen stays until changed. */
function CategoryForm({ deviation, saved }: { deviation: Deviation; saved: Confirmation }) {
  const categories = useGatewayQuery(CATEGORIES, { kind: deviation.kind });
  const set = useGatewayMutation(SET_CATEGORY);
  const problems = useFormProblems(set.error, ['categoryCode']);
  const errorRef = useFocusOnError(set.error);
  const current = deviation.category;
  const offered = [
    ...(categories.data?.deviationCategories ?? []),
    ...(current && !categories.data?.deviationCategories.some((c) => c.code === current.code)
      ? [{ code: current.code, label: `${current.label} (används inte längre)` }]
      : []),
  ];

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const categoryCode = String(new FormData(event.currentTarget).get('categoryCode') ?? '') || null;
    const label = offered.find((c) => c.code === categoryCode)?.label;
    saved.clear();
    whenSaved(set.mutateAsync({ input: { deviationId: deviation.id, categoryCode } }), () =>
      saved.show(label ? `Kategorin är nu ”${label}”.` : 'Ärendet har ingen kategori.'),
    );
  }

  // The choice is shown once the list is there, so the current category is the one selected.
  if (!categories.data) return <ErrorMessage error={categories.error} />;
  return (
    <div ref={errorRef}>
      <form className="card form" aria-label="Kategori" onSubmit={onSubmit} noValidate>
        <h2>Kategori</h2>
        <Field label="Vad handlar ärendet om?" field="categoryCode" problems={problems}>
          {(props) => (
            <select {...props} name="categoryCode" defaultValue={current?.code ?? ''}>
              <option value="">Ingen kategori</option>
              {offered.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <ErrorMessage problems={problems} />
        <button type="submit" disabled={set.isPending}>
          Spara kategori
        </button>
      </form>
    </div>
  );
}

type FollowUpOption = { id: string; title: string; plannedOn: string };

/** The contracts follow-up whose required actions this deviation's actions are. */
function FollowUpLinkForm({
  deviation,
  followUps,
  saved,
}: {
  deviation: Deviation;
  followUps: FollowUpOption[];
  saved: Confirmation;
}) {
  const link = useGatewayMutation(LINK_FOLLOW_UP);
  const problems = useFormProblems(link.error, ['followUpId']);
  const errorRef = useFocusOnError(link.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const followUpId = String(new FormData(event.currentTarget).get('followUpId') ?? '');
    const title = followUps.find((f) => f.id === followUpId)?.title;
    saved.clear();
    whenSaved(link.mutateAsync({ input: { deviationId: deviation.id, followUpId } }), () =>
      saved.show(`Ärendet är kopplat till uppföljningen ”${title}”.`),
    );
  }

  return (
    <div ref={errorRef}>
      <form className="card form" aria-label="Koppla till uppföljning" onSubmit={onSubmit} noValidate>
        <h2>Koppla till uppföljning</h2>
        <Field label="Uppföljning" field="followUpId" problems={problems}>
          {(props) => (
            <select {...props} name="followUpId" defaultValue={deviation.followUpId ?? ''}>
              <option value="">Välj uppföljning</option>
              {followUps.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.title} ({f.plannedOn})
                </option>
              ))}
            </select>
          )}
        </Field>
        <ErrorMessage problems={problems} />
        <button type="submit" disabled={link.isPending}>
          Koppla till uppföljningen
        </button>
      </form>
    </div>
  );
}

/** One deviation, lex Sarah / lex Maria report or complaint: its facts, history and the next step. */
export function DeviationPage() {
  const { areaName } = useServiceAreas();
  const { id = '' } = useParams();
  const session = useSession();
  const handler = hasRole(session, DEVIATION_HANDLERS);
  const { data, error, isLoading } = useGatewayQuery(DEVIATION, { id });
  const followUps = useGatewayQuery(FOLLOW_UPS, {});
  const saved = useSaved();
  const d = data?.deviation;
  const complaint = d?.kind === 'COMPLAINT';

  return (
    <Page title={d ? enumLabel('DeviationKind', d.kind) : 'Avvikelse'}>
      <p>
        <Link to="/avvikelser">Till alla avvikelser</Link>
      </p>
      <ErrorMessage error={error} />
      {isLoading && <Loading what="avvikelsen" />}
      {data && !d && <p>Avvikelsen finns inte eller är inte synlig för dig.</p>}
      {d && (
        <>
          <dl className="facts">
            <dt>Slag</dt>
            <dd>{enumLabel('DeviationKind', d.kind)}</dd>
            <dt>Status</dt>
            <dd>{enumLabel('DeviationStatus', d.status)}</dd>
            <dt>Enhet</dt>
            <dd>{d.unit.name}</dd>
            <dt>Utförare</dt>
            <dd>{d.provider.name}</dd>
            <dt>Verksamhetsområde</dt>
            <dd>{areaName(d.serviceArea)}</dd>
            <dt>{complaint ? 'Mottaget' : 'Hände'}</dt>
            <dd>{d.occurredOn}</dd>
            <dt>Rapporterad</dt>
            <dd>{d.reportedOn}</dd>
            <dt>Uppföljning</dt>
            <dd>
              {d.followUpId && medicalOnly(session) ? (
                (followUps.data?.followUps.find((f) => f.id === d.followUpId)?.title ?? 'Ja')
              ) : d.followUpId ? (
                <Link to={`/uppfoljning/${d.followUpId}`}>
                  {followUps.data?.followUps.find((f) => f.id === d.followUpId)?.title ?? 'Öppna uppföljningen'}
                </Link>
              ) : (
                'Ingen'
              )}
            </dd>
            {!complaint && (
              <>
                <dt>Kategori</dt>
                <dd>
                  {d.category
                    ? `${d.category.label}${d.category.active ? '' : ' (används inte längre)'}`
                    : 'Ingen angiven'}
                </dd>
              </>
            )}
            <dt>Grundorsaker</dt>
            <dd>{d.rootCauses.map((c) => c.label).join(', ') || 'Inga angivna'}</dd>
            <dt>Åtgärder och slutbedömning senast</dt>
            <dd>
              {d.twoMonthRule.deadline}
              {d.twoMonthRule.overdue && <strong> – försenad</strong>}
            </dd>
            {complaint && (
              <>
                <dt>Avsändare</dt>
                <dd>{d.complainant ? enumLabel('Complainant', d.complainant) : '–'}</dd>
                <dt>Kategori</dt>
                <dd>{d.complaintCategory ? enumLabel('ComplaintCategory', d.complaintCategory) : '–'}</dd>
              </>
            )}
            {isLex(d) && (
              <>
                <dt>Allvarlighet</dt>
                <dd>{d.seriousness ? enumLabel('Seriousness', d.seriousness) : 'Inte bedömd'}</dd>
                <dt>Anmäld till IVO</dt>
                <dd>
                  {d.ivoReportedOn
                    ? `${d.ivoReportedOn}${d.ivoReference ? `, diarienummer ${d.ivoReference}` : ''}`
                    : 'Nej'}
                </dd>
              </>
            )}
          </dl>

          <h2>Beskrivning</h2>
          <p className="description">{d.description}</p>
          {d.redactions > 0 && <p className="muted">Personnummer har tagits bort ur texten ({d.redactions}).</p>}
          {isLex(d) && d.redactions > 0 && mayReadOriginal(session, d) && <OriginalText deviation={d} />}

          <h2>Åtgärder</h2>
          <p>{d.actions ? `${d.actions} (${d.actionsRegisteredOn})` : 'Inga åtgärder registrerade.'}</p>
          <h2>Slutbedömning</h2>
          <p>{d.finalAssessment ? `${d.finalAssessment} (${d.finalAssessedOn})` : 'Inte slutbedömd.'}</p>
          {d.closedOn && <p>Avslutad {d.closedOn}.</p>}
          {!medicalOnly(session) && (
            <>
              <h2>Förbättringsarbete</h2>
              {d.improvements.length ? (
                <ul aria-label="Förbättringsarbete utifrån ärendet">
                  {d.improvements.map((i) => (
                    <li key={i.id}>
                      <Link to={`/avvikelser/forbattringar#forbattring-${i.id}`}>{i.title}</Link> (
                      {i.phase === 'DONE' && i.actDecision
                        ? enumLabel('ActDecision', i.actDecision)
                        : enumLabel('ImprovementPhase', i.phase)}
                      )
                    </li>
                  ))}
                </ul>
              ) : (
                <p>Inget förbättringsarbete utifrån ärendet.</p>
              )}
            </>
          )}
          {handler && !medicalOnly(session) && (
            <p>
              <Link to={`/avvikelser/forbattringar?avvikelse=${d.id}`}>Starta förbättringsarbete utifrån ärendet</Link>
            </p>
          )}

          <Saved message={saved.message} />
          {handler && (
            <div className="grid">
              {isLex(d) && !d.ivoReportedOn && d.status !== 'CLOSED' && <SeriousnessForm deviation={d} saved={saved} />}
              {isLex(d) && d.seriousness === 'SERIOUS' && !d.ivoReportedOn && (
                <IvoReportForm deviation={d} saved={saved} />
              )}
              <NextStepForm deviation={d} saved={saved} />
              {!complaint && <CategoryForm key={d.category?.code ?? ''} deviation={d} saved={saved} />}
              <RootCausesForm key={d.rootCauses.map((c) => c.id).join()} deviation={d} saved={saved} />
              {followUps.data && (
                <FollowUpLinkForm
                  key={d.followUpId ?? ''}
                  deviation={d}
                  followUps={followUps.data.followUps}
                  saved={saved}
                />
              )}
            </div>
          )}

          <h2>Historik</h2>
          <DeviationHistory deviation={d} />
        </>
      )}
    </Page>
  );
}
