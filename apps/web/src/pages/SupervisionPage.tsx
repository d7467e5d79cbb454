import { FormEvent, useState } from 'react';
import { stockholmToday } from '@kvalitetsnav/calendar';
import { enumLabel } from '@kvalitetsnav/swedish';
import type {
  SupervisingAuthority,
  SupervisionCasesQuery,
  SupervisionDecision,
  SupervisionProvidersQuery,
} from '../__generated__/graphql';
import { Field, formatDate, formText, Saved, useFocusOnError, useSaved } from '../components/form';
import { textOf } from '../components/RegisterFields';
import { ErrorMessage, Loading, Page, useFormProblems } from '../components/ui';
import { useGatewayMutation, useGatewayQuery } from '../queries';
import { hasRole, useSession, WRITERS } from '../session';
import {
  ADD_SUPERVISION_RESPONSE,
  CLOSE_SUPERVISION_CASE,
  MARK_SUPERVISION_RESPONSE_SENT,
  RECORD_SUPERVISION_DECISION,
  REGISTER_SUPERVISION_CASE,
  SUPERVISION_CASES,
  SUPERVISION_PROVIDERS,
} from './SupervisionPage.operations';

type Case = SupervisionCasesQuery['supervisionCases'][number];
type Providers = SupervisionProvidersQuery['providers'];
type Notify = (message: string) => void;

/** In the API's order; a new value shows by its label once the catalogue has it. */
const AUTHORITIES: readonly SupervisingAuthority[] = ['IVO', 'JO'];
const DECISIONS: readonly SupervisionDecision[] = ['NO_CRITICISM', 'CRITICISM', 'INJUNCTION'];
const ADMINISTRATION = '';

/** Whom a case is about, in words: the unit and its provider, the provider, or the administration. */
function concerns(c: Pick<Case, 'providerId' | 'unitId'>, providers: Providers): string {
  const provider = providers.find((p) => p.id === c.providerId);
  if (!provider) return 'Förvaltningen';
  const unit = provider.units.find((u) => u.id === c.unitId);
  return unit ? `${unit.name}, ${provider.name}` : provider.name;
}

function RegisterCaseForm({ providers, notify }: { providers: Providers; notify: Notify }) {
  const register = useGatewayMutation(REGISTER_SUPERVISION_CASE);
  const problems = useFormProblems(register.error, [
    'authority',
    'caseNumber',
    'providerId',
    'unitId',
    'examined',
    'openedOn',
  ]);
  const errorRef = useFocusOnError(register.error);
  const [providerId, setProviderId] = useState(ADMINISTRATION);
  const [formKey, setFormKey] = useState(0);
  const units = providers.find((p) => p.id === providerId)?.units ?? [];

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    register
      .mutateAsync({
        input: {
          authority: formText(form, 'authority') as SupervisingAuthority,
          caseNumber: formText(form, 'caseNumber'),
          providerId: textOf(form, 'providerId'),
          unitId: textOf(form, 'unitId'),
          examined: formText(form, 'examined'),
          openedOn: formText(form, 'openedOn'),
        },
      })
      .then(({ registerSupervisionCase: c }) => {
        setFormKey((k) => k + 1);
        setProviderId(ADMINISTRATION);
        notify(`Tillsynsärendet ${enumLabel('SupervisingAuthority', c.authority)} ${c.caseNumber} är registrerat.`);
      })
      .catch(() => undefined);
  }

  return (
    <div ref={errorRef}>
      <form key={formKey} className="card form" aria-label="Registrera tillsynsärende" onSubmit={onSubmit} noValidate>
        <h2>Registrera tillsynsärende</h2>
        <Field label="Myndighet" field="authority" problems={problems}>
          {(props) => (
            <select {...props} name="authority" defaultValue="IVO">
              {AUTHORITIES.map((a) => (
                <option key={a} value={a}>
                  {enumLabel('SupervisingAuthority', a)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Diarienummer" field="caseNumber" problems={problems} hint="Myndighetens diarienummer.">
          {(props) => <input {...props} name="caseNumber" />}
        </Field>
        <Field label="Gäller" field="providerId" problems={problems}>
          {(props) => (
            <select {...props} name="providerId" value={providerId} onChange={(e) => setProviderId(e.target.value)}>
              <option value={ADMINISTRATION}>Förvaltningen själv</option>
              {providers.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        {units.length > 0 && (
          <Field label="Enhet" field="unitId" problems={problems}>
            {(props) => (
              <select {...props} name="unitId" defaultValue="">
                <option value="">Hela utföraren</option>
                {units.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field label="Vad som granskas" field="examined" problems={problems}>
          {(props) => <textarea {...props} name="examined" rows={3} />}
        </Field>
        <Field label="Öppnat" field="openedOn" problems={problems}>
          {(props) => <input {...props} name="openedOn" type="date" defaultValue={stockholmToday()} />}
        </Field>
        <ErrorMessage problems={problems} />
        <div className="buttons">
          <button type="submit" disabled={register.isPending}>
            Registrera ärendet
          </button>
        </div>
      </form>
    </div>
  );
}

function AddResponseForm({ found, notify }: { found: Case; notify: Notify }) {
  const add = useGatewayMutation(ADD_SUPERVISION_RESPONSE);
  const problems = useFormProblems(add.error, ['required', 'dueOn']);
  const [formKey, setFormKey] = useState(0);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    add
      .mutateAsync({
        input: { caseId: found.id, required: formText(form, 'required'), dueOn: formText(form, 'dueOn') },
      })
      .then(() => {
        setFormKey((k) => k + 1);
        notify(`Begärt svar i ${found.caseNumber} senast ${formatDate(formText(form, 'dueOn'))} är tillagt.`);
      })
      .catch(() => undefined);
  }

  return (
    <form
      key={formKey}
      className="form"
      aria-label={`Begärt svar i ${found.caseNumber}`}
      onSubmit={onSubmit}
      noValidate
    >
      <h4>Lägg till begärt svar</h4>
      <Field label="Vad som ska besvaras" field="required" problems={problems}>
        {(props) => <input {...props} name="required" />}
      </Field>
      <Field label="Svara senast" field="dueOn" problems={problems}>
        {(props) => <input {...props} name="dueOn" type="date" />}
      </Field>
      <ErrorMessage problems={problems} />
      <div className="buttons">
        <button type="submit" disabled={add.isPending}>
          Lägg till svar
        </button>
      </div>
    </form>
  );
}

function MarkSentForm({
  found,
  response,
  notify,
}: {
  found: Case;
  response: Case['responses'][number];
  notify: Notify;
}) {
  const mark = useGatewayMutation(MARK_SUPERVISION_RESPONSE_SENT);
  const problems = useFormProblems(mark.error, ['sentOn']);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const sentOn = formText(new FormData(event.currentTarget), 'sentOn');
    mark
      .mutateAsync({ input: { caseId: found.id, responseId: response.id, sentOn } })
      .then(() => notify(`Svaret i ${found.caseNumber} är markerat som skickat ${formatDate(sentOn)}.`))
      .catch(() => undefined);
  }

  return (
    <form className="form" aria-label={`Skicka svar: ${response.required}`} onSubmit={onSubmit} noValidate>
      <Field label="Skickat" field="sentOn" problems={problems}>
        {(props) => <input {...props} name="sentOn" type="date" defaultValue={stockholmToday()} />}
      </Field>
      <ErrorMessage problems={problems} />
      <button type="submit" disabled={mark.isPending}>
        Markera som skickat
      </button>
    </form>
  );
}

function DecisionForm({ found, notify }: { found: Case; notify: Notify }) {
  const record = useGatewayMutation(RECORD_SUPERVISION_DECISION);
  const problems = useFormProblems(record.error, ['decision', 'decidedOn', 'decisionText']);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    record
      .mutateAsync({
        input: {
          caseId: found.id,
          decision: formText(form, 'decision') as SupervisionDecision,
          decidedOn: formText(form, 'decidedOn'),
          decisionText: textOf(form, 'decisionText'),
        },
      })
      .then(() => notify(`Beslutet i ${found.caseNumber} är registrerat.`))
      .catch(() => undefined);
  }

  return (
    <form className="form" aria-label={`Beslut i ${found.caseNumber}`} onSubmit={onSubmit} noValidate>
      <h4>Myndighetens beslut</h4>
      <Field label="Beslut" field="decision" problems={problems}>
        {(props) => (
          <select {...props} name="decision" defaultValue={found.decision ?? 'CRITICISM'}>
            {DECISIONS.map((d) => (
              <option key={d} value={d}>
                {enumLabel('SupervisionDecision', d)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Beslutsdatum" field="decidedOn" problems={problems}>
        {(props) => (
          <input {...props} name="decidedOn" type="date" defaultValue={found.decidedOn ?? stockholmToday()} />
        )}
      </Field>
      <Field label="Beslutet i korthet" field="decisionText" problems={problems}>
        {(props) => <textarea {...props} name="decisionText" rows={2} defaultValue={found.decisionText ?? ''} />}
      </Field>
      <ErrorMessage problems={problems} />
      <div className="buttons">
        <button type="submit" disabled={record.isPending}>
          Spara beslutet
        </button>
      </div>
    </form>
  );
}

function CloseForm({ found, notify }: { found: Case; notify: Notify }) {
  const close = useGatewayMutation(CLOSE_SUPERVISION_CASE);
  const problems = useFormProblems(close.error, ['closedOn']);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const closedOn = formText(new FormData(event.currentTarget), 'closedOn');
    close
      .mutateAsync({ input: { caseId: found.id, closedOn } })
      .then(() => notify(`Tillsynsärendet ${found.caseNumber} är avslutat.`))
      .catch(() => undefined);
  }

  return (
    <form className="form" aria-label={`Avsluta ${found.caseNumber}`} onSubmit={onSubmit} noValidate>
      <Field label="Avslutat" field="closedOn" problems={problems}>
        {(props) => <input {...props} name="closedOn" type="date" defaultValue={stockholmToday()} />}
      </Field>
      <ErrorMessage problems={problems} />
      <button type="submit" disabled={close.isPending}>
        Avsluta ärendet
      </button>
    </form>
  );
}

function CaseCard({
  found,
  providers,
  canEdit,
  notify,
}: {
  found: Case;
  providers: Providers;
  canEdit: boolean;
  notify: Notify;
}) {
  const editable = canEdit && !found.closedOn;
  const title = `${enumLabel('SupervisingAuthority', found.authority)} ${found.caseNumber}`;
  return (
    <article id={`arende-${found.id}`} className="card" aria-label={title}>
      <h3>
        {title} – {concerns(found, providers)}
      </h3>
      <p>{found.examined}</p>
      <p className="muted">
        Öppnat {formatDate(found.openedOn)}
        {found.closedOn ? `, avslutat ${formatDate(found.closedOn)}` : ', pågår'}
      </p>
      {found.decision && (
        <p>
          Beslut {formatDate(found.decidedOn)}: <strong>{enumLabel('SupervisionDecision', found.decision)}</strong>
          {found.decisionText ? ` – ${found.decisionText}` : ''}
        </p>
      )}
      <h4>Begärda svar</h4>
      {found.responses.length ? (
        <ul>
          {found.responses.map((r) => (
            <li key={r.id}>
              {r.required} – senast {formatDate(r.dueOn)}
              {r.sentOn ? (
                <>, skickat {formatDate(r.sentOn)}</>
              ) : r.overdue ? (
                <>
                  , <strong>försenat</strong>
                </>
              ) : (
                <>, inte skickat</>
              )}
              {editable && !r.sentOn && <MarkSentForm found={found} response={r} notify={notify} />}
            </li>
          ))}
        </ul>
      ) : (
        <p>Inga begärda svar.</p>
      )}
      {editable && (
        <>
          <AddResponseForm found={found} notify={notify} />
          <DecisionForm found={found} notify={notify} />
          <CloseForm found={found} notify={notify} />
        </>
      )}
    </article>
  );
}

type Showing = 'open' | 'closed' | 'all';
const FILTERS: Record<Showing, boolean | null> = { open: true, closed: false, all: null };

/** IVO's and JO's cases: what they examine, the responses they ask for and when, and the decisions. */
export function SupervisionPage() {
  const session = useSession();
  const canEdit = hasRole(session, WRITERS);
  const [showing, setShowing] = useState<Showing>('open');
  const providers = useGatewayQuery(SUPERVISION_PROVIDERS, {});
  const cases = useGatewayQuery(SUPERVISION_CASES, { filter: { open: FILTERS[showing] } });
  const saved = useSaved();
  const list = providers.data?.providers ?? [];

  return (
    <Page title="Tillsyn">
      <p>
        Ärenden hos IVO och JO om utförare, enheter eller förvaltningen själv. Pågående tillsyn höjer avtalets risk.
      </p>
      <Saved message={saved.message} />
      {canEdit && providers.data && <RegisterCaseForm providers={list} notify={saved.show} />}
      <section aria-label="Tillsynsärenden">
        <h2>Ärenden</h2>
        <label htmlFor="supervision-showing">Visa</label>
        <select id="supervision-showing" value={showing} onChange={(e) => setShowing(e.target.value as Showing)}>
          <option value="open">Pågående</option>
          <option value="closed">Avslutade</option>
          <option value="all">Alla</option>
        </select>
        <ErrorMessage error={cases.error ?? providers.error} />
        {(cases.isLoading || providers.isLoading) && <Loading what="tillsynsärenden" />}
        {cases.data &&
          providers.data &&
          (cases.data.supervisionCases.length ? (
            cases.data.supervisionCases.map((c) => (
              <CaseCard key={c.id} found={c} providers={list} canEdit={canEdit} notify={saved.show} />
            ))
          ) : (
            <p>Inga ärenden.</p>
          ))}
      </section>
    </Page>
  );
}
