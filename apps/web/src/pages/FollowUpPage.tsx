import { FormEvent, useState } from 'react';
import { useParams } from 'react-router-dom';
import { ErrorMessage, Loading, Page } from '../components/ui';
import {
  ACTION_STATUS_LABELS,
  CHECKLIST_LABELS,
  FOLLOW_UP_STATUS_LABELS,
  FOLLOW_UP_TYPE_LABELS,
  label,
  METHOD_LABELS,
} from '../labels';
import { canWrite, useMutation, useQuery, useSession } from '../session';

const FIELDS = `id title purpose type status plannedOn responsible assistant methods checklist { item done } findings decisionNeeded reportedOn publishedOn closedOn contract { reference title } actions { id description deadline status actionPlan recheckNote }`;
const QUERY = `query($id: ID!) { followUp(id: $id) { ${FIELDS} } }`;

interface FollowUp {
  id: string;
  title: string;
  purpose: string | null;
  type: string;
  status: string;
  plannedOn: string;
  responsible: string | null;
  assistant: string | null;
  methods: string[];
  checklist: { item: string; done: boolean }[];
  findings: string | null;
  decisionNeeded: boolean;
  reportedOn: string | null;
  publishedOn: string | null;
  closedOn: string | null;
  contract: { reference: string; title: string } | null;
  actions: {
    id: string;
    description: string;
    deadline: string;
    status: string;
    actionPlan: string | null;
    recheckNote: string | null;
  }[];
}

/** One follow-up worked from preparation through report, re-check and closing. */
export function FollowUpPage() {
  const { id } = useParams();
  const session = useSession();
  const { data, error, loading, reload } = useQuery<{ followUp: FollowUp | null }>(QUERY, { id });
  const prepare = useMutation(`mutation($input: PrepareFollowUpInput!) { prepareFollowUp(input: $input) { id } }`);
  const start = useMutation(`mutation($id: ID!) { startFollowUp(id: $id) { id } }`);
  const report = useMutation(`mutation($input: ReportFollowUpInput!) { reportFollowUp(input: $input) { id } }`);
  const recheck = useMutation(`mutation($input: RecheckActionInput!) { recheckFollowUpAction(input: $input) { id } }`);
  const close = useMutation(`mutation($id: ID!) { closeFollowUp(id: $id) { id } }`);
  const publish = useMutation(`mutation($id: ID!) { publishFollowUpReport(id: $id) { id } }`);
  const [actions, setActions] = useState([{ description: '', deadline: '' }]);
  const f = data?.followUp;
  const writer = canWrite(session);
  const after = async (done: unknown) => done && reload();

  async function onPrepare(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    await after(
      await prepare.run({
        input: {
          followUpId: id,
          responsible: String(form.get('responsible') || '') || null,
          assistant: String(form.get('assistant') || '') || null,
          methods: form.getAll('methods'),
          checklist: Object.keys(CHECKLIST_LABELS).map((item) => ({
            item,
            done: form.getAll('checklist').includes(item),
          })),
        },
      }),
    );
  }

  async function onReport(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    await after(
      await report.run({
        input: {
          followUpId: id,
          findings: String(form.get('findings') ?? ''),
          decisionNeeded: form.get('decisionNeeded') === 'on',
          actions: actions.filter((a) => a.description.trim()),
        },
      }),
    );
  }

  return (
    <Page title={f ? f.title : 'Uppföljning'}>
      <ErrorMessage error={error} />
      {loading && <Loading what="uppföljningen" />}
      {data && !f && <p>Uppföljningen finns inte eller är inte synlig för dig.</p>}
      {f && (
        <>
          <dl className="facts">
            <dt>Typ</dt>
            <dd>{label(FOLLOW_UP_TYPE_LABELS, f.type)}</dd>
            <dt>Status</dt>
            <dd>{label(FOLLOW_UP_STATUS_LABELS, f.status)}</dd>
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
            <dd>{f.methods.map((m) => label(METHOD_LABELS, m)).join(', ') || '–'}</dd>
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
              <input id="responsible" name="responsible" defaultValue={f.responsible ?? ''} />
              <label htmlFor="assistant">Biträdande tjänsteman</label>
              <input id="assistant" name="assistant" defaultValue={f.assistant ?? ''} />
              <fieldset>
                <legend>Metoder</legend>
                {Object.entries(METHOD_LABELS).map(([value, text]) => (
                  <label key={value} className="check">
                    <input type="checkbox" name="methods" value={value} defaultChecked={f.methods.includes(value)} />{' '}
                    {text}
                  </label>
                ))}
              </fieldset>
              <fieldset>
                <legend>Checklista</legend>
                {Object.entries(CHECKLIST_LABELS).map(([value, text]) => (
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
              <ErrorMessage error={prepare.error} />
              <button type="submit" disabled={prepare.busy}>
                Spara förberedelser
              </button>
            </form>
          )}
          {writer && f.status === 'PLANNED' && (
            <p>
              <button type="button" onClick={async () => after(await start.run({ id }))} disabled={start.busy}>
                Starta uppföljningen
              </button>
              <ErrorMessage error={start.error} />
            </p>
          )}
          {writer && f.status === 'IN_PROGRESS' && (
            <form className="card form" onSubmit={onReport} aria-label="Rapport">
              <h2>Rapport</h2>
              <label htmlFor="findings">Iakttagelser</label>
              <textarea id="findings" name="findings" rows={5} />
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
                    />
                    <label htmlFor={`deadline-${i}`}>Senast</label>
                    <input
                      id={`deadline-${i}`}
                      type="date"
                      value={a.deadline}
                      onChange={(e) =>
                        setActions(actions.map((x, j) => (j === i ? { ...x, deadline: e.target.value } : x)))
                      }
                    />
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
              <ErrorMessage error={report.error} />
              <button type="submit" disabled={report.busy}>
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
                    <td>{label(ACTION_STATUS_LABELS, a.status)}</td>
                    <td>{a.actionPlan ?? '–'}</td>
                    <td>
                      {a.recheckNote ?? ''}
                      {writer && a.status === 'COMPLETED' && (
                        <button
                          type="button"
                          onClick={async () =>
                            after(
                              await recheck.run({
                                input: { actionId: a.id, met: true, note: 'Kontrollerad vid återkontroll' },
                              }),
                            )
                          }
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
              <button type="button" onClick={async () => after(await close.run({ id }))} disabled={close.busy}>
                Avsluta uppföljningen
              </button>
              {!f.publishedOn && (
                <button type="button" className="secondary" onClick={async () => after(await publish.run({ id }))}>
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
