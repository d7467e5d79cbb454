import { FormEvent, useState } from 'react';
import { useParams } from 'react-router-dom';
import { ENUM_LABELS, enumLabel } from '@kvalitetsnav/swedish';
import type { ChecklistItem, FollowUpMethod } from '../__generated__/graphql';
import { ErrorMessage, FieldError, Loading, Page, useFormProblems } from '../components/ui';
import { useGatewayMutation, useGatewayQuery } from '../queries';
import { canWrite, useSession } from '../session';
import { CLOSE, FOLLOW_UP, PREPARE, PUBLISH, RECHECK, REPORT, START } from './FollowUpPage.operations';

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
  const recheck = useGatewayMutation(RECHECK);
  const close = useGatewayMutation(CLOSE);
  const publish = useGatewayMutation(PUBLISH);
  const [actions, setActions] = useState([{ description: '', deadline: '' }]);
  const prepareProblems = useFormProblems(prepare.error, ['responsible', 'assistant', 'methods', 'checklist']);
  const reportProblems = useFormProblems(report.error, [
    'findings',
    ...actions.flatMap((_, i) => [`actions.${i}.description`, `actions.${i}.deadline`]),
  ]);
  const f = data?.followUp;
  const writer = canWrite(session);

  function onPrepare(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    prepare.mutate({
      input: {
        followUpId: id,
        responsible: String(form.get('responsible') || '') || null,
        assistant: String(form.get('assistant') || '') || null,
        methods: form.getAll('methods') as FollowUpMethod[],
        checklist: CHECKLIST.map(([item]) => ({ item, done: form.getAll('checklist').includes(item) })),
      },
    });
  }

  function onReport(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    report.mutate({
      input: {
        followUpId: id,
        findings: String(form.get('findings') ?? ''),
        decisionNeeded: form.get('decisionNeeded') === 'on',
        actions: actions.filter((a) => a.description.trim()),
      },
    });
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
            <dd>{enumLabel('FollowUpType', f.type)}</dd>
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
                  {f.publishedOn ? `, publicerad ${f.publishedOn}` : ''}
                </dd>
              </>
            )}
          </dl>

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
              <button type="button" onClick={() => start.mutate({ id })} disabled={start.isPending}>
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
          {f.findings && (
            <>
              <h2>Iakttagelser</h2>
              <p>{f.findings}</p>
            </>
          )}
          {f.actions.length > 0 && (
            <table>
              <caption>Krav på åtgärder</caption>
              <thead>
                <tr>
                  <th scope="col">Åtgärd</th>
                  <th scope="col">Senast</th>
                  <th scope="col">Status</th>
                  <th scope="col">Utförarens åtgärdsplan</th>
                  <th scope="col">Återkontroll</th>
                </tr>
              </thead>
              <tbody>
                {f.actions.map((a) => (
                  <tr key={a.id}>
                    <th scope="row">{a.description}</th>
                    <td>{a.deadline}</td>
                    <td>{enumLabel('FollowUpActionStatus', a.status)}</td>
                    <td>{a.actionPlan ?? '–'}</td>
                    <td>
                      {a.recheckNote ?? ''}
                      {writer && a.status === 'COMPLETED' && (
                        <button
                          type="button"
                          onClick={() =>
                            recheck.mutate({
                              input: { actionId: a.id, met: true, note: 'Kontrollerad vid återkontroll' },
                            })
                          }
                          disabled={recheck.isPending}
                        >
                          Godkänn vid återkontroll
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <ErrorMessage error={recheck.error} />
          {writer && f.status === 'REPORTED' && (
            <p className="buttons">
              <button type="button" onClick={() => close.mutate({ id })} disabled={close.isPending}>
                Avsluta uppföljningen
              </button>
              {!f.publishedOn && (
                <button
                  type="button"
                  className="secondary"
                  onClick={() => publish.mutate({ id })}
                  disabled={publish.isPending}
                >
                  Markera rapporten som publicerad
                </button>
              )}
            </p>
          )}
          <ErrorMessage error={close.error ?? publish.error} />
        </>
      )}
    </Page>
  );
}
