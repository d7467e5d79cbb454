import { ColumnDef } from '@tanstack/react-table';
import { FormEvent, useState } from 'react';
import { Link } from 'react-router-dom';
import { enumLabel, selectionReason, skipReason } from '@kvalitetsnav/swedish';
import type { FollowUpsPageQuery, PlanFollowUpsMutation } from '../__generated__/graphql';
import { DataTable } from '../components/DataTable';
import { ErrorMessage, FieldError, Loading, Page, useFormProblems } from '../components/ui';
import { useGatewayMutation, useGatewayQuery } from '../queries';
import { canWrite, useSession } from '../session';
import { ACCEPT_PROPOSALS, FOLLOW_UPS, PLAN_FOLLOW_UPS, SAVE_PLAN } from './FollowUpsPage.operations';

type FollowUpRow = FollowUpsPageQuery['followUps'][number];
type Selection = PlanFollowUpsMutation['planFollowUps'];

const columns: ColumnDef<FollowUpRow, unknown>[] = [
  {
    accessorKey: 'title',
    header: 'Uppföljning',
    cell: ({ row }) => <Link to={`/uppfoljning/${row.original.id}`}>{row.original.title}</Link>,
  },
  { accessorFn: (r) => enumLabel('FollowUpType', r.type), id: 'type', header: 'Typ' },
  { accessorFn: (r) => r.contract?.reference ?? '–', id: 'contract', header: 'Avtal' },
  { accessorKey: 'plannedOn', header: 'Planerad' },
  { accessorFn: (r) => r.responsible ?? '–', id: 'responsible', header: 'Ansvarig' },
  { accessorFn: (r) => enumLabel('FollowUpStatus', r.status), id: 'status', header: 'Status' },
];

/** The year's plan and progress, selection by the thirds rule with its reasons, and the follow-ups. */
export function FollowUpsPage() {
  const session = useSession();
  const [year, setYear] = useState(new Date().getFullYear());
  const { data, error, isLoading } = useGatewayQuery(FOLLOW_UPS, { year });
  const savePlan = useGatewayMutation(SAVE_PLAN);
  const select = useGatewayMutation(PLAN_FOLLOW_UPS);
  const accept = useGatewayMutation(ACCEPT_PROPOSALS);
  const planProblems = useFormProblems(savePlan.error, ['focusAreas', 'targetFirstHalf', 'targetSecondHalf']);
  const selectProblems = useFormProblems(select.error, ['half', 'count', 'orderedContractIds']);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [count, setCount] = useState(6);
  const [half, setHalf] = useState(new Date().getMonth() < 6 ? 1 : 2);
  const [ordered, setOrdered] = useState<string[]>([]);
  const [accepted, setAccepted] = useState<number | null>(null);

  function onSavePlan(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    savePlan.mutate({
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
  }

  function onSelect(event: FormEvent) {
    event.preventDefault();
    setAccepted(null);
    select.mutate(
      { input: { year, half, count, orderedContractIds: ordered } },
      { onSuccess: (result) => setSelection(result.planFollowUps) },
    );
  }

  function onAccept() {
    if (!selection) return;
    accept.mutate({ id: selection.id }, { onSuccess: (result) => setAccepted(result.acceptFollowUpProposals.length) });
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
      {isLoading && <Loading what="uppföljningsplanen" />}
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
              <input
                id="focusAreas"
                name="focusAreas"
                defaultValue={data.followUpPlan?.focusAreas.join(', ') ?? ''}
                {...planProblems.input('focusAreas')}
              />
              <FieldError problems={planProblems} field="focusAreas" />
              <label htmlFor="targetFirstHalf">Mål halvår 1</label>
              <input
                id="targetFirstHalf"
                name="targetFirstHalf"
                type="number"
                defaultValue={data.followUpPlan?.targetFirstHalf ?? 10}
                {...planProblems.input('targetFirstHalf')}
              />
              <FieldError problems={planProblems} field="targetFirstHalf" />
              <label htmlFor="targetSecondHalf">Mål halvår 2</label>
              <input
                id="targetSecondHalf"
                name="targetSecondHalf"
                type="number"
                defaultValue={data.followUpPlan?.targetSecondHalf ?? 10}
                {...planProblems.input('targetSecondHalf')}
              />
              <FieldError problems={planProblems} field="targetSecondHalf" />
              <ErrorMessage problems={planProblems} />
              <button type="submit" disabled={savePlan.isPending}>
                Spara plan
              </button>
            </form>
          )}

          {canWrite(session) && (
            <>
              <h2>Urval av avtal</h2>
              <form className="card form" onSubmit={onSelect} aria-label="Välj avtal att följa upp">
                <label htmlFor="half">Halvår</label>
                <select
                  id="half"
                  value={half}
                  onChange={(e) => setHalf(Number(e.target.value))}
                  {...selectProblems.input('half')}
                >
                  <option value={1}>Halvår 1</option>
                  <option value={2}>Halvår 2</option>
                </select>
                <FieldError problems={selectProblems} field="half" />
                <label htmlFor="count">Antal platser</label>
                <input
                  id="count"
                  type="number"
                  value={count}
                  onChange={(e) => setCount(Number(e.target.value))}
                  {...selectProblems.input('count')}
                />
                <FieldError problems={selectProblems} field="count" />
                <label htmlFor="ordered">Beställarfunktionens val (i prioritetsordning)</label>
                <select
                  id="ordered"
                  multiple
                  value={ordered}
                  onChange={(e) => setOrdered(Array.from(e.target.selectedOptions, (o) => o.value))}
                  {...selectProblems.input('orderedContractIds')}
                >
                  {data.contracts
                    .filter((c) => c.status === 'ACTIVE')
                    .map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.reference} {c.title}
                      </option>
                    ))}
                </select>
                <FieldError problems={selectProblems} field="orderedContractIds" />
                <ErrorMessage problems={selectProblems} />
                <button type="submit" disabled={select.isPending}>
                  {select.isPending ? 'Väljer…' : 'Gör urval'}
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
                          <td>{enumLabel('SelectionThird', p.third)}</td>
                          <td>{selectionReason(p)}</td>
                          <td className="num">{p.riskScore}</td>
                          <td>
                            {p.riskParts.map((r) => `${enumLabel('RiskSignalKind', r.kind)} ${r.count}`).join(', ') ||
                              '–'}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                  {selection.skippedOrdered.length > 0 && (
                    <>
                      <p>Beställarfunktionens val som inte kom med:</p>
                      <ul>
                        {selection.skippedOrdered.map((s) => (
                          <li key={s.contractId}>
                            {data.contracts.find((c) => c.id === s.contractId)?.reference ?? s.contractId}:{' '}
                            {skipReason(s)}
                          </li>
                        ))}
                      </ul>
                    </>
                  )}
                  <ErrorMessage error={accept.error} />
                  {accepted === null ? (
                    <button type="button" onClick={onAccept} disabled={accept.isPending}>
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
