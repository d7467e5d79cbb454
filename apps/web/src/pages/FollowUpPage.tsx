import { FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ENUM_LABELS, enumLabel } from '@kvalitetsnav/swedish';
import type { ChecklistItem, FollowUpMethod, FollowUpPageQuery } from '../__generated__/graphql';
import { Saved, useFocusOnError, useSaved } from '../components/form';
import { ErrorMessage, FieldError, Loading, Page, useFormProblems } from '../components/ui';
import { RequirementChecks } from '../components/RequirementChecks';
import { useGatewayMutation, useGatewayQuery } from '../queries';
import { canWrite, useSession } from '../session';
import { CANCEL, CLOSE, FOLLOW_UP, PREPARE, PUBLISH, RECHECK, REPORT, START } from './FollowUpPage.operations';
import { ScrollBox } from '../components/ScrollBox';

type Action = NonNullable<FollowUpPageQuery['followUp']>['actions'][number];
// Held by the page, which stays while a form goes (an action re-checked, a follow-up cancelled),
// so the confirmation of a save still arrives.
const useRecheck = () => useGatewayMutation(RECHECK);
const useCancel = () => useGatewayMutation(CANCEL);

const METHODS = Object.entries(ENUM_LABELS.FollowUpMethod) as [FollowUpMethod, string][];
const CHECKLIST = Object.entries(ENUM_LABELS.ChecklistItem) as [ChecklistItem, string][];

/** One follow-up worked from preparation through report, re-check and closing. */
export function FollowUpPage() {
  const { id = '' } = useParams();
  const session = useSession();
  const { data, error, isLoading } = useGatewayQuery(FOLLOW_UP, { id });
  const prepare = useGatewayMutation(PREPARE);
  const start = useGatewayMutation(START);
  const report = useGatewayMutation(REPORT);
  const close = useGatewayMutation(CLOSE);
  const recheck = useRecheck();
  const cancel = useCancel();
  const publish = useGatewayMutation(PUBLISH);
  const [actions, setActions] = useState([{ description: '', deadline: '' }]);
  const prepareProblems = useFormProblems(prepare.error, ['responsible', 'assistant', 'methods', 'checklist']);
  const reportProblems = useFormProblems(report.error, [
    'findings',
    ...actions.flatMap((_, i) => [`actions.${i}.description`, `actions.${i}.deadline`]),
  ]);
  const f = data?.followUp;
  const writer = canWrite(session);
  const saved = useSaved();
  const done = (text: string) => ({ onSuccess: () => saved.show(text) });

  function onPrepare(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    prepare.mutate(
      {
        input: {
          followUpId: id,
          responsible: String(form.get('responsible') || '') || null,
          assistant: String(form.get('assistant') || '') || null,
          methods: form.getAll('methods') as FollowUpMethod[],
          checklist: CHECKLIST.map(([item]) => ({ item, done: form.getAll('checklist').includes(item) })),
        },
      },
      done('Förberedelserna är sparade.'),
    );
  }

  function onReport(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    report.mutate(
      {
        input: {
          followUpId: id,
          findings: String(form.get('findings') ?? ''),
          decisionNeeded: form.get('decisionNeeded') === 'on',
          actions: actions.filter((a) => a.description.trim()),
        },
      },
      done('Uppföljningen är rapporterad.'),
    );
  }

  return (
    <Page title={f ? f.title : 'Uppföljning'}>
      <ErrorMessage error={error} />
      {isLoading && <Loading what="uppföljningen" />}
      {data && !f && <p>Uppföljningen finns inte eller är inte synlig för dig.</p>}
      {f && (
        <>
          <dl className="facts">
            <dt>Typ</dt>
            <dd>
              {enumLabel('FollowUpType', f.type)}
              {(f.type === 'THEMATIC' || f.type === 'OVERARCHING') && (
                <>
                  {' '}
                  – <Link to={`/fragequider/${f.id}`}>svar och resultat per enhet</Link>
                </>
              )}
            </dd>
            <dt>Status</dt>
            <dd>{enumLabel('FollowUpStatus', f.status)}</dd>
            <dt>Avtal</dt>
            <dd>{f.contract ? `${f.contract.reference} ${f.contract.title}` : '–'}</dd>
            <dt>Planerad</dt>
            <dd>{f.plannedOn}</dd>
            <dt>Syfte</dt>
            <dd>{f.purpose ?? '–'}</dd>
            <dt>Ansvarig / biträdande</dt>
            <dd>
              {f.responsible ?? '–'} / {f.assistant ?? '–'}
            </dd>
            <dt>Metoder</dt>
            <dd>{f.methods.map((m) => enumLabel('FollowUpMethod', m)).join(', ') || '–'}</dd>
            {f.reportedOn && (
              <>
                <dt>Rapporterad</dt>
                <dd>
                  {f.reportedOn}
                  {f.decisionNeeded ? ' – ärende till nämnden' : ''}
                </dd>
              </>
            )}
            {f.boardMeetingOn && (
              <>
                <dt>Redovisad för nämnden</dt>
                <dd>{f.boardMeetingOn}</dd>
              </>
            )}
            {f.closedOn && (
              <>
                <dt>Avslutad</dt>
                <dd>{f.closedOn}</dd>
              </>
            )}
            {f.publishedOn && (
              <>
                <dt>Rapporten publicerad</dt>
                <dd>{f.publishedOn}</dd>
              </>
            )}
            {f.cancellationReason && (
              <>
                <dt>Skäl till att uppföljningen ställdes in</dt>
                <dd>{f.cancellationReason}</dd>
              </>
            )}
          </dl>
          <Saved message={saved.message} />

          {writer && (f.status === 'PLANNED' || f.status === 'IN_PROGRESS') && (
            <form className="card form" onSubmit={onPrepare} aria-label="Förberedelser">
              <h2>Förberedelser</h2>
              <label htmlFor="responsible">Ansvarig tjänsteman</label>
              <input
                id="responsible"
                name="responsible"
                defaultValue={f.responsible ?? ''}
                {...prepareProblems.input('responsible')}
              />
              <FieldError problems={prepareProblems} field="responsible" />
              <label htmlFor="assistant">Biträdande tjänsteman</label>
              <input
                id="assistant"
                name="assistant"
                defaultValue={f.assistant ?? ''}
                {...prepareProblems.input('assistant')}
              />
              <FieldError problems={prepareProblems} field="assistant" />
              <fieldset>
                <legend>Metoder</legend>
                {METHODS.map(([value, text]) => (
                  <label key={value} className="check">
                    <input type="checkbox" name="methods" value={value} defaultChecked={f.methods.includes(value)} />{' '}
                    {text}
                  </label>
                ))}
              </fieldset>
              <fieldset>
                <legend>Checklista</legend>
                {CHECKLIST.map(([value, text]) => (
                  <label key={value} className="check">
                    <input
                      type="checkbox"
                      name="checklist"
                      value={value}
                      defaultChecked={f.checklist.some((c) => c.item === value && c.done)}
                    />{' '}
                    {text}
                  </label>
                ))}
              </fieldset>
              <ErrorMessage problems={prepareProblems} />
              <button type="submit" disabled={prepare.isPending}>
                Spara förberedelser
              </button>
            </form>
          )}
          {writer && f.status === 'PLANNED' && (
            <p>
              <button
                type="button"
                onClick={() => start.mutate({ id }, done('Uppföljningen har startat.'))}
                disabled={start.isPending}
              >
                Starta uppföljningen
              </button>
              <ErrorMessage error={start.error} />
            </p>
          )}
          {writer && f.status === 'IN_PROGRESS' && (
            <form className="card form" onSubmit={onReport} aria-label="Rapport">
              <h2>Rapport</h2>
              <label htmlFor="findings">Iakttagelser</label>
              <textarea id="findings" name="findings" rows={5} {...reportProblems.input('findings')} />
              <FieldError problems={reportProblems} field="findings" />
              <label className="check">
                <input type="checkbox" name="decisionNeeded" /> Ärendet behöver beslut i nämnden
              </label>
              <fieldset>
                <legend>Krav på åtgärder</legend>
                {actions.map((a, i) => (
                  <div key={i} className="row">
                    <label htmlFor={`action-${i}`}>Åtgärd {i + 1}</label>
                    <input
                      id={`action-${i}`}
                      value={a.description}
                      onChange={(e) =>
                        setActions(actions.map((x, j) => (j === i ? { ...x, description: e.target.value } : x)))
                      }
                      {...reportProblems.input(`actions.${i}.description`)}
                    />
                    <label htmlFor={`deadline-${i}`}>Senast</label>
                    <input
                      id={`deadline-${i}`}
                      type="date"
                      value={a.deadline}
                      onChange={(e) =>
                        setActions(actions.map((x, j) => (j === i ? { ...x, deadline: e.target.value } : x)))
                      }
                      {...reportProblems.input(`actions.${i}.deadline`)}
                    />
                    <FieldError problems={reportProblems} field={`actions.${i}.description`} />
                    <FieldError problems={reportProblems} field={`actions.${i}.deadline`} />
                  </div>
                ))}
                <button
                  type="button"
                  className="secondary"
                  onClick={() => setActions([...actions, { description: '', deadline: '' }])}
                >
                  Lägg till åtgärd
                </button>
              </fieldset>
              <ErrorMessage problems={reportProblems} />
              <button type="submit" disabled={report.isPending}>
                Rapportera
              </button>
            </form>
          )}
          <RequirementChecks followUp={f} writer={writer} />
          {f.findings && (
            <>
              <h2>Iakttagelser</h2>
              <p>{f.findings}</p>
            </>
          )}
          {f.actions.length > 0 && (
            <ScrollBox label="Krav på åtgärder">
              <table>
                <caption>Krav på åtgärder</caption>
                <thead>
                  <tr>
                    <th scope="col">Åtgärd</th>
                    <th scope="col">Senast</th>
                    <th scope="col">Status</th>
                    <th scope="col">Utförarens åtgärdsplan</th>
                    <th scope="col">Återkontroller</th>
                  </tr>
                </thead>
                <tbody>
                  {f.actions.map((a) => (
                    <tr key={a.id}>
                      <th scope="row">{a.description}</th>
                      <td>{a.deadline}</td>
                      <td>
                        {enumLabel('FollowUpActionStatus', a.status)}
                        {a.completedOn && a.status === 'COMPLETED' ? ` ${a.completedOn}` : ''}
                        {a.verifiedOn ? ` ${a.verifiedOn}` : ''}
                      </td>
                      <td>{a.actionPlan ?? '–'}</td>
                      <td>
                        {a.rechecks.length === 0 ? (
                          '–'
                        ) : (
                          <ul className="plain">
                            {a.rechecks.map((r, i) => (
                              <li key={i}>
                                {r.checkedOn}: {r.met ? 'Uppfyllt' : 'Inte uppfyllt'} – {r.note}
                                {r.newDeadline ? ` (ny tidsfrist ${r.newDeadline})` : ''}
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollBox>
          )}
          {writer &&
            f.status === 'REPORTED' &&
            f.actions
              .filter((a) => a.status === 'COMPLETED')
              .map((a) => (
                <RecheckForm key={`${a.id}-${a.rechecks.length}`} action={a} recheck={recheck} onSaved={saved.show} />
              ))}
          {writer && (f.status === 'REPORTED' || f.status === 'CLOSED') && (
            <p className="buttons">
              {f.status === 'REPORTED' && (
                <button
                  type="button"
                  onClick={() => close.mutate({ id }, done('Uppföljningen är avslutad.'))}
                  disabled={close.isPending}
                >
                  Avsluta uppföljningen
                </button>
              )}
            </p>
          )}
          <ErrorMessage error={close.error} />
          <ReportDocument
            followUpId={id}
            publishedOn={f.publishedOn}
            canPublish={writer && f.status !== 'CANCELLED'}
            publish={() => publish.mutate({ id }, done('Rapporten är publicerad.'))}
            publishing={publish.isPending}
            publishError={publish.error}
          />
          {writer && (f.status === 'PLANNED' || f.status === 'IN_PROGRESS' || f.status === 'REPORTED') && (
            <CancelForm followUpId={id} cancel={cancel} onSaved={saved.show} />
          )}
        </>
      )}
    </Page>
  );
}

/** Where the municipality's website links to a published follow-up report, no sign-in needed. */
const publicReportPath = (followUpId: string) => `/public/follow-ups/${followUpId}/rapport.html`;

/**
 * The written follow-up report: a preview in a sandboxed frame (its own scripts run, nothing of
 * this page is reachable), the PDF to download, publishing, and then the public address.
 */
function ReportDocument(props: {
  followUpId: string;
  publishedOn: string | null;
  canPublish: boolean;
  publish: () => void;
  publishing: boolean;
  publishError: Error | null;
}) {
  const { token } = useSession();
  const [preview, setPreview] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const link = `/reports/follow-ups/${props.followUpId}/report`;
  const publicUrl = `${window.location.origin}${publicReportPath(props.followUpId)}`;

  async function fetchReport(format: 'html' | 'pdf') {
    setFailed(false);
    const response = await fetch(`${link}.${format}`, { headers: { authorization: `Bearer ${token}` } }).catch(
      () => undefined,
    );
    if (!response?.ok) {
      setFailed(true);
      return null;
    }
    return response;
  }

  async function showPreview() {
    const response = await fetchReport('html');
    if (response) setPreview(await response.text());
  }

  async function downloadPdf() {
    const response = await fetchReport('pdf');
    if (!response) return;
    const url = URL.createObjectURL(await response.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = 'uppfoljningsrapport.pdf';
    a.click();
    URL.revokeObjectURL(url);
  }

  return (
    <section className="card" aria-label="Uppföljningsrapport">
      <h2>Uppföljningsrapport</h2>
      <p className="buttons">
        <button type="button" className="secondary" onClick={showPreview}>
          Förhandsgranska rapport
        </button>
        <button type="button" className="secondary" onClick={downloadPdf}>
          Ladda ner PDF
        </button>
        {props.canPublish && !props.publishedOn && (
          <button type="button" onClick={props.publish} disabled={props.publishing}>
            Publicera
          </button>
        )}
      </p>
      {failed && <p role="alert">Rapporten kunde inte hämtas. Försök igen om en stund.</p>}
      <ErrorMessage error={props.publishError} />
      {props.publishedOn && (
        <p>
          Publicerad {props.publishedOn} på den publika adressen{' '}
          <a href={publicUrl} target="_blank" rel="noreferrer">
            {publicUrl}
          </a>{' '}
          <button type="button" className="secondary" onClick={() => navigator.clipboard?.writeText(publicUrl)}>
            Kopiera adressen
          </button>
        </p>
      )}
      {preview && (
        <iframe
          title="Förhandsgranskning av uppföljningsrapporten"
          sandbox="allow-scripts"
          srcDoc={preview}
          style={{ width: '100%', height: '40rem', border: '1px solid #b8c4ce' }}
        />
      )}
    </section>
  );
}

/** Re-check (återkontroll) of an action the provider reports done: met, or not met with a note and a new deadline. */
function RecheckForm({
  action,
  recheck,
  onSaved,
}: {
  action: Action;
  recheck: ReturnType<typeof useRecheck>;
  onSaved: (text: string) => void;
}) {
  const error = recheck.variables?.input.actionId === action.id ? recheck.error : null;
  const problems = useFormProblems(error, ['met', 'note', 'newDeadline']);
  const focusRef = useFocusOnError(error);
  const [met, setMet] = useState<boolean | null>(null);
  const [note, setNote] = useState('');
  const [newDeadline, setNewDeadline] = useState('');
  const name = `met-${action.id}`;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (met === null) return;
    recheck.mutate(
      { input: { actionId: action.id, met, note, newDeadline: !met && newDeadline ? newDeadline : null } },
      {
        onSuccess: () =>
          onSaved(
            met
              ? `Återkontrollen är sparad: ${action.description} är uppfylld.`
              : `Återkontrollen är sparad: ${action.description} är inte uppfylld och går tillbaka till utföraren.`,
          ),
      },
    );
  }

  return (
    <form className="card form" onSubmit={onSubmit} aria-label={`Återkontroll av ${action.description}`}>
      <div ref={focusRef}>
        <h2>Återkontroll: {action.description}</h2>
        <fieldset>
          <legend>Resultat</legend>
          <label className="check">
            <input type="radio" name={name} checked={met === true} onChange={() => setMet(true)} /> Uppfyllt
          </label>
          <label className="check">
            <input type="radio" name={name} checked={met === false} onChange={() => setMet(false)} /> Inte uppfyllt
          </label>
        </fieldset>
        <label htmlFor={`note-${action.id}`}>Anteckning</label>
        <textarea
          id={`note-${action.id}`}
          rows={3}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          {...problems.input('note')}
        />
        <FieldError problems={problems} field="note" />
        {met === false && (
          <>
            <label htmlFor={`deadline-${action.id}`}>Ny tidsfrist</label>
            <input
              id={`deadline-${action.id}`}
              type="date"
              value={newDeadline}
              onChange={(e) => setNewDeadline(e.target.value)}
              {...problems.input('newDeadline')}
            />
            <FieldError problems={problems} field="newDeadline" />
          </>
        )}
        <ErrorMessage problems={problems} />
        <button type="submit" disabled={recheck.isPending || met === null}>
          Spara återkontroll
        </button>
      </div>
    </form>
  );
}

/** Cancelling a follow-up not yet closed, with the reason the API requires. */
function CancelForm({
  followUpId,
  cancel,
  onSaved,
}: {
  followUpId: string;
  cancel: ReturnType<typeof useCancel>;
  onSaved: (text: string) => void;
}) {
  const problems = useFormProblems(cancel.error, ['reason']);
  const focusRef = useFocusOnError(cancel.error);
  const [reason, setReason] = useState('');
  return (
    <form
      className="card form"
      aria-label="Ställ in uppföljningen"
      onSubmit={(e) => {
        e.preventDefault();
        cancel.mutate({ input: { followUpId, reason } }, { onSuccess: () => onSaved('Uppföljningen är inställd.') });
      }}
    >
      <div ref={focusRef}>
        <h2>Ställ in uppföljningen</h2>
        <label htmlFor="cancel-reason">Orsak</label>
        <textarea
          id="cancel-reason"
          rows={2}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          {...problems.input('reason')}
        />
        <FieldError problems={problems} field="reason" />
        <ErrorMessage problems={problems} />
        <button type="submit" className="secondary" disabled={cancel.isPending}>
          Ställ in uppföljningen
        </button>
      </div>
    </form>
  );
}
