import { ColumnDef } from '@tanstack/react-table';
import { useState } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ENUM_LABELS, enumLabel } from '@kvalitetsnav/swedish';
import type { DeviationKind, DeviationStatus, DeviationsPageListQuery } from '../__generated__/graphql';
import { DataTable } from '../components/DataTable';
import { ErrorMessage, Loading, Page, Ratio } from '../components/ui';
import { useGatewayMutation, useGatewayQuery } from '../queries';
import { CHANGE_STATUS, DEVIATIONS, STATISTICS } from './DeviationsPage.operations';

type DeviationRow = DeviationsPageListQuery['deviations'][number];

/** The workflow, one step at a time. */
const NEXT_STATUS: Partial<Record<DeviationStatus, DeviationStatus>> = {
  REPORTED: 'INVESTIGATING',
  INVESTIGATING: 'ACTIONS_REGISTERED',
  ACTIONS_REGISTERED: 'FINAL_ASSESSMENT',
  FINAL_ASSESSMENT: 'CLOSED',
};

/** Lists with filters, the workflow one step at a time, and statistics per area with trends. */
export function DeviationsPage() {
  const year = new Date().getFullYear();
  const [kind, setKind] = useState<DeviationKind | ''>('');
  const [status, setStatus] = useState<DeviationStatus | ''>('');
  const [from, setFrom] = useState(`${year - 1}-01-01`);
  const [to, setTo] = useState(`${year}-12-31`);
  const list = useGatewayQuery(DEVIATIONS, { filter: { kind: kind || null, status: status || null, from, to } });
  const stats = useGatewayQuery(STATISTICS, { filter: { from, to } });
  const move = useGatewayMutation(CHANGE_STATUS);
  const [text, setText] = useState<Record<string, string>>({});

  const columns: ColumnDef<DeviationRow, unknown>[] = [
    { accessorKey: 'reportedOn', header: 'Rapporterad' },
    { accessorFn: (d) => enumLabel('DeviationKind', d.kind), id: 'kind', header: 'Slag' },
    { accessorKey: 'description', header: 'Beskrivning' },
    { accessorFn: (d) => enumLabel('DeviationStatus', d.status), id: 'status', header: 'Status' },
    {
      accessorFn: (d) => (d.twoMonthRule.overdue ? `Försenad (${d.twoMonthRule.deadline})` : d.twoMonthRule.deadline),
      id: 'deadline',
      header: 'Två månader',
    },
    {
      id: 'next',
      header: 'Nästa steg',
      enableSorting: false,
      cell: ({ row }) => {
        const next = NEXT_STATUS[row.original.status];
        if (!next) return '–';
        const needsText = next === 'ACTIONS_REGISTERED' || next === 'FINAL_ASSESSMENT';
        return (
          <span className="row">
            {needsText && (
              <>
                <label className="sr-only" htmlFor={`text-${row.original.id}`}>
                  {next === 'ACTIONS_REGISTERED' ? 'Åtgärder' : 'Slutbedömning'}
                </label>
                <input
                  id={`text-${row.original.id}`}
                  placeholder={next === 'ACTIONS_REGISTERED' ? 'Åtgärder' : 'Slutbedömning'}
                  value={text[row.original.id] ?? ''}
                  onChange={(e) => setText({ ...text, [row.original.id]: e.target.value })}
                />
              </>
            )}
            <button
              type="button"
              onClick={() =>
                move.mutate({ input: { deviationId: row.original.id, to: next, text: text[row.original.id] || null } })
              }
              disabled={move.isPending}
            >
              {enumLabel('DeviationStatus', next)}
            </button>
          </span>
        );
      },
    },
  ];

  return (
    <Page title="Avvikelser">
      <form className="filters" aria-label="Filter" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="kind">Slag</label>
        <select id="kind" value={kind} onChange={(e) => setKind(e.target.value as DeviationKind | '')}>
          <option value="">Alla</option>
          {Object.entries(ENUM_LABELS.DeviationKind).map(([v, t]) => (
            <option key={v} value={v}>
              {t}
            </option>
          ))}
        </select>
        <label htmlFor="status">Status</label>
        <select id="status" value={status} onChange={(e) => setStatus(e.target.value as DeviationStatus | '')}>
          <option value="">Alla</option>
          {Object.entries(ENUM_LABELS.DeviationStatus).map(([v, t]) => (
            <option key={v} value={v}>
              {t}
            </option>
          ))}
        </select>
        <label htmlFor="from">Från</label>
        <input id="from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        <label htmlFor="to">Till</label>
        <input id="to" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
      </form>

      <h2>Per verksamhetsområde</h2>
      <ErrorMessage error={stats.error} />
      {stats.isLoading && <Loading what="statistik" />}
      {stats.data && (
        <>
          <table>
            <caption>Avvikelser, lex Sarah och klagomål per område</caption>
            <thead>
              <tr>
                <th scope="col">Område</th>
                <th scope="col" className="num">
                  Avvikelser
                </th>
                <th scope="col" className="num">
                  Lex Sarah (till IVO)
                </th>
                <th scope="col" className="num">
                  Lex Maria
                </th>
                <th scope="col" className="num">
                  Klagomål
                </th>
                <th scope="col" className="num">
                  Över två månader
                </th>
                <th scope="col">Slutbedömda inom två månader</th>
                <th scope="col">Med åtgärder</th>
              </tr>
            </thead>
            <tbody>
              {stats.data.deviationStatisticsBy.map((s) => (
                <tr key={s.key}>
                  <th scope="row">{enumLabel('Sector', s.key)}</th>
                  <td className="num">{s.statistics.deviations}</td>
                  <td className="num">
                    {s.statistics.lexSarah} ({s.statistics.lexSarahReportedToIvo})
                  </td>
                  <td className="num">{s.statistics.lexMaria}</td>
                  <td className="num">{s.statistics.complaints}</td>
                  <td className="num">{s.statistics.overdue}</td>
                  <td>
                    <Ratio value={s.statistics.closedWithinTwoMonths} />
                  </td>
                  <td>
                    <Ratio value={s.statistics.actionsRegistered} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <figure className="chart">
            <ResponsiveContainer width="100%" height={260}>
              <LineChart data={stats.data.deviationTrend}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="period" />
                <YAxis allowDecimals={false} />
                <Tooltip />
                <Legend />
                <Line
                  type="monotone"
                  dataKey="deviations"
                  name="Avvikelser"
                  stroke="#005595"
                  isAnimationActive={false}
                />
                <Line type="monotone" dataKey="complaints" name="Klagomål" stroke="#c25b00" isAnimationActive={false} />
                <Line type="monotone" dataKey="lexSarah" name="Lex Sarah" stroke="#7b3f98" isAnimationActive={false} />
              </LineChart>
            </ResponsiveContainer>
            <figcaption>Trend per månad</figcaption>
          </figure>
        </>
      )}

      <h2>Avvikelser och klagomål</h2>
      <ErrorMessage error={list.error ?? move.error} />
      {list.isLoading && <Loading what="avvikelser" />}
      {list.data && (
        <DataTable
          caption="Avvikelser, nyast först"
          columns={columns}
          data={list.data.deviations}
          filterLabel="Sök bland avvikelserna"
        />
      )}
    </Page>
  );
}
