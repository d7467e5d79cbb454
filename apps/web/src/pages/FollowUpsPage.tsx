import { ColumnDef } from '@tanstack/react-table';
import { FormEvent, useState } from 'react';
import { Link } from 'react-router-dom';
import { DataTable } from '../components/DataTable';
import { ErrorMessage, Loading, Page } from '../components/ui';
import {
  FOLLOW_UP_STATUS_LABELS,
  FOLLOW_UP_TYPE_LABELS,
  label,
  RISK_LABELS,
  swedishReason,
  THIRD_LABELS,
} from '../labels';
import { canWrite, useMutation, useQuery, useSession } from '../session';

interface Plan {
  year: number;
  focusAreas: string[];
  targetFirstHalf: number;
  targetSecondHalf: number;
  progress: { half: number; target: number; planned: number; done: number; unplanned: number }[];
}
interface Proposal {
  rank: number;
  contractId: string;
  reference: string;
  third: string;
  reason: string;
  riskScore: number;
  complaints: number;
  riskParts: { kind: string; count: number; points: number }[];
}
interface Selection {
  id: string;
  seed: string;
  asOf: string;
  shares: { complaints: number; ordering: number; random: number };
  shortfall: number;
  proposals: Proposal[];
  skippedOrdered: { contractId: string; reason: string }[];
}
interface FollowUpRow {
  id: string;
  title: string;
  type: string;
  status: string;
  plannedOn: string;
  responsible: string | null;
  contract: { reference: string } | null;
}

const PLAN = `query($year: Int!) { followUpPlan(year: $year) { year focusAreas targetFirstHalf targetSecondHalf progress { half target planned done unplanned } } followUps(year: $year) { id title type status plannedOn responsible contract { reference } } contracts { id reference title status } }`;
const SAVE_PLAN = `mutation($input: FollowUpPlanInput!) { saveFollowUpPlan(input: $input) { year } }`;
const SELECT = `mutation($input: PlanFollowUpsInput!) { planFollowUps(input: $input) { id seed asOf shares { complaints ordering random } shortfall proposals { rank contractId reference third reason riskScore complaints riskParts { kind count points } } skippedOrdered { contractId reason } } }`;
const ACCEPT = `mutation($id: ID!) { acceptFollowUpProposals(selectionId: $id) { id } }`;

const columns: ColumnDef<FollowUpRow, unknown>[] = [
  {
    accessorKey: 'title',
    header: 'Uppföljning',
    cell: ({ row }) => <Link to={`/uppfoljning/${row.original.id}`}>{row.original.title}</Link>,
  },
  { accessorFn: (r) => label(FOLLOW_UP_TYPE_LABELS, r.type), id: 'type', header: 'Typ' },
  { accessorFn: (r) => r.contract?.reference ?? '–', id: 'contract', header: 'Avtal' },
  { accessorKey: 'plannedOn', header: 'Planerad' },
  { accessorFn: (r) => r.responsible ?? '–', id: 'responsible', header: 'Ansvarig' },
  { accessorFn: (r) => label(FOLLOW_UP_STATUS_LABELS, r.status), id: 'status', header: 'Status' },
];

/** The year's plan and progress, selection by the thirds rule with its reasons, and the follow-ups. */
export function FollowUpsPage() {
  const session = useSession();
  const [year, setYear] = useState(new Date().getFullYear());
  const { data, error, loading, reload } = useQuery<{
    followUpPlan: Plan | null;
    followUps: FollowUpRow[];
    contracts: { id: string; reference: string; title: string; status: string }[];
  }>(PLAN, { year });
  const savePlan = useMutation<{ saveFollowUpPlan: { year: number } }>(SAVE_PLAN);
  const select = useMutation<{ planFollowUps: Selection }>(SELECT);
  const accept = useMutation<{ acceptFollowUpProposals: { id: string }[] }>(ACCEPT);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [count, setCount] = useState(6);
  const [half, setHalf] = useState(new Date().getMonth() < 6 ? 1 : 2);
  const [ordered, setOrdered] = useState<string[]>([]);
  const [accepted, setAccepted] = useState<number | null>(null);

  async function onSavePlan(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const done = await savePlan.run({
      input: {
        year,
        focusAreas: String(form.get('focusAreas'))
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
        targetFirstHalf: Number(form.get('targetFirstHalf')),
        targetSecondHalf: Number(form.get('targetSecondHalf')),
      },
    });
    if (done) reload();
  }

  async function onSelect(event: FormEvent) {
    event.preventDefault();
    setAccepted(null);
    const result = await select.run({ input: { year, half, count, orderedContractIds: ordered } });
    if (result) setSelection(result.planFollowUps);
  }

  async function onAccept() {
    if (!selection) return;
    const result = await accept.run({ id: selection.id });
    if (result) {
      setAccepted(result.acceptFollowUpProposals.length);
      reload();
    }
  }

  return (
    <Page title="Uppföljning av avtal">
      <label htmlFor="year">År</label>{' '}
      <input
        id="year"
        type="number"
        value={year}
        min={2000}
        max={2100}
        onChange={(e) => setYear(Number(e.target.value))}
      />
      <ErrorMessage error={error} />
      {loading && <Loading what="uppföljningsplanen" />}
      {data && (
        <>
          <h2>Uppföljningsplan {year}</h2>
          {data.followUpPlan ? (
            <>
              <p>Fokusområden: {data.followUpPlan.focusAreas.join(', ') || '–'}</p>
              <table>
                <caption>Fördjupade uppföljningar mot målet</caption>
                <thead>
                  <tr>
                    <th scope="col">Halvår</th>
                    <th scope="col" className="num">
                      Mål
                    </th>
                    <th scope="col" className="num">
                      Planerade
                    </th>
                    <th scope="col" className="num">
                      Genomförda
                    </th>
                    <th scope="col" className="num">
                      Kvar att planera
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.followUpPlan.progress.map((p) => (
                    <tr key={p.half}>
                      <th scope="row">Halvår {p.half}</th>
                      <td className="num">{p.target}</td>
                      <td className="num">{p.planned}</td>
                      <td className="num">{p.done}</td>
                      <td className="num">{p.unplanned}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          ) : (
            <p>Ingen plan är sparad för {year}.</p>
          )}
          {canWrite(session) && (
            <form className="card form" onSubmit={onSavePlan} aria-label="Spara uppföljningsplan">
              <label htmlFor="focusAreas">Fokusområden (kommaseparerade)</label>
              <input id="focusAreas" name="focusAreas" defaultValue={data.followUpPlan?.focusAreas.join(', ') ?? ''} />
              <label htmlFor="targetFirstHalf">Mål halvår 1</label>
              <input
                id="targetFirstHalf"
                name="targetFirstHalf"
                type="number"
                defaultValue={data.followUpPlan?.targetFirstHalf ?? 10}
              />
              <label htmlFor="targetSecondHalf">Mål halvår 2</label>
              <input
                id="targetSecondHalf"
                name="targetSecondHalf"
                type="number"
                defaultValue={data.followUpPlan?.targetSecondHalf ?? 10}
              />
              <ErrorMessage error={savePlan.error} />
              <button type="submit" disabled={savePlan.busy}>
                Spara plan
              </button>
            </form>
          )}

          {canWrite(session) && (
            <>
              <h2>Urval av avtal</h2>
              <form className="card form" onSubmit={onSelect} aria-label="Välj avtal att följa upp">
                <label htmlFor="half">Halvår</label>
                <select id="half" value={half} onChange={(e) => setHalf(Number(e.target.value))}>
                  <option value={1}>Halvår 1</option>
                  <option value={2}>Halvår 2</option>
                </select>
                <label htmlFor="count">Antal platser</label>
                <input id="count" type="number" value={count} onChange={(e) => setCount(Number(e.target.value))} />
                <label htmlFor="ordered">Beställarfunktionens val (i prioritetsordning)</label>
                <select
                  id="ordered"
                  multiple
                  value={ordered}
                  onChange={(e) => setOrdered(Array.from(e.target.selectedOptions, (o) => o.value))}
                >
                  {data.contracts
                    .filter((c) => c.status === 'ACTIVE')
                    .map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.reference} {c.title}
                      </option>
                    ))}
                </select>
                <ErrorMessage error={select.error} />
                <button type="submit" disabled={select.busy}>
                  {select.busy ? 'Väljer…' : 'Gör urval'}
                </button>
              </form>
              {selection && (
                <section aria-label="Förslag">
                  <p>
                    Fördelning: {selection.shares.complaints} utifrån klagomål, {selection.shares.ordering} av
                    beställarfunktionen, {selection.shares.random} slumpmässigt. Slumpfrö <code>{selection.seed}</code>,
                    risk beräknad per {selection.asOf}.
                    {selection.shortfall > 0 && ` ${selection.shortfall} platser kunde inte fyllas.`}
                  </p>
                  <table>
                    <caption>Föreslagna avtal och varför</caption>
                    <thead>
                      <tr>
                        <th scope="col">#</th>
                        <th scope="col">Avtal</th>
                        <th scope="col">Tredjedel</th>
                        <th scope="col">Motivering</th>
                        <th scope="col" className="num">
                          Riskpoäng
                        </th>
                        <th scope="col">Signaler</th>
                      </tr>
                    </thead>
                    <tbody>
                      {selection.proposals.map((p) => (
                        <tr key={p.contractId}>
                          <td>{p.rank}</td>
                          <th scope="row">{p.reference}</th>
                          <td>{label(THIRD_LABELS, p.third)}</td>
                          <td>{swedishReason(p.reason)}</td>
                          <td className="num">{p.riskScore}</td>
                          <td>
                            {p.riskParts.map((r) => `${label(RISK_LABELS, r.kind)} ${r.count}`).join(', ') || '–'}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                  <ErrorMessage error={accept.error} />
                  {accepted === null ? (
                    <button type="button" onClick={onAccept} disabled={accept.busy}>
                      Planera uppföljningarna
                    </button>
                  ) : (
                    <p role="status">{accepted} uppföljningar planerades.</p>
                  )}
                </section>
              )}
            </>
          )}

          <h2>Uppföljningar {year}</h2>
          <DataTable
            caption={`Uppföljningar planerade ${year}`}
            columns={columns}
            data={data.followUps}
            filterLabel="Sök uppföljning"
          />
        </>
      )}
    </Page>
  );
}
