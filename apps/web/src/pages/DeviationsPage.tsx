import { ColumnDef } from '@tanstack/react-table';
import { FormEvent, useState } from 'react';
import { Link } from 'react-router-dom';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ENUM_LABELS, enumLabel } from '@kvalitetsnav/swedish';
import type {
  Complainant,
  ComplaintCategory,
  DeviationKind,
  DeviationStatus,
  DeviationsPageListQuery,
  DeviationsPageUnitsQuery,
} from '../__generated__/graphql';
import { DataTable } from '../components/DataTable';
import { Field, Saved, useFocusOnError, useSaved } from '../components/form';
import { ErrorMessage, Loading, Page, Ratio, useFormProblems } from '../components/ui';
import { useGatewayMutation, useGatewayQuery } from '../queries';
import { hasRole, useSession } from '../session';
import { DEVIATION_HANDLERS } from './DeviationRoles';
import {
  CHANGE_STATUS,
  DEVIATIONS,
  REGISTER_COMPLAINT,
  REPORT_DEVIATION,
  STATISTICS,
  UNITS,
} from './DeviationsPage.operations';

type DeviationRow = DeviationsPageListQuery['deviations'][number];
type UnitOption = DeviationsPageUnitsQuery['units'][number];

/** Complaints and decisions not executed carry other facts and are registered on their own. */
const REPORTED_KINDS = (Object.keys(ENUM_LABELS.DeviationKind) as DeviationKind[]).filter(
  (k) => k !== 'COMPLAINT' && k !== 'DECISION_NOT_EXECUTED',
);

/** The workflow one step at a time, for the quick step in the list; the case's page has all of it. */
const NEXT_STATUS: Partial<Record<DeviationStatus, DeviationStatus>> = {
  REPORTED: 'INVESTIGATING',
  INVESTIGATING: 'ACTIONS_REGISTERED',
  ACTIONS_REGISTERED: 'FINAL_ASSESSMENT',
  FINAL_ASSESSMENT: 'CLOSED',
};

const text = (form: FormData, name: string) => String(form.get(name) ?? '');

function UnitSelect({ units, ...props }: { units: UnitOption[]; id: string; name: string }) {
  return (
    <select {...props} defaultValue="">
      <option value="">Välj enhet</option>
      {units.map((u) => (
        <option key={u.id} value={u.id}>
          {u.name} ({u.provider.name})
        </option>
      ))}
    </select>
  );
}

/** The confirmation after a registration, with the way to the new case. */
function Registered({ saved, id }: { saved: ReturnType<typeof useSaved>; id: string | null }) {
  return (
    <>
      <Saved message={saved.message} />
      {saved.message && id && (
        <p>
          <Link to={`/avvikelser/${id}`}>Öppna ärendet</Link>
        </p>
      )}
    </>
  );
}

function ReportDeviationForm({ units }: { units: UnitOption[] }) {
  const report = useGatewayMutation(REPORT_DEVIATION);
  const problems = useFormProblems(report.error, ['unitId', 'kind', 'occurredOn', 'description']);
  const saved = useSaved();
  const [createdId, setCreatedId] = useState<string | null>(null);
  const errorRef = useFocusOnError(report.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const target = event.currentTarget;
    const form = new FormData(target);
    saved.clear();
    report.mutate(
      {
        input: {
          unitId: text(form, 'unitId'),
          kind: text(form, 'kind') as DeviationKind,
          occurredOn: text(form, 'occurredOn'),
          description: text(form, 'description'),
        },
      },
      {
        onSuccess: ({ reportDeviation }) => {
          target.reset();
          setCreatedId(reportDeviation.id);
          saved.show(`${enumLabel('DeviationKind', reportDeviation.kind)} är registrerad.`);
        },
      },
    );
  }

  return (
    <div ref={errorRef}>
      <form className="card form" aria-label="Registrera avvikelse" onSubmit={onSubmit} noValidate>
        <h2>Registrera avvikelse</h2>
        <Field label="Slag" field="kind" problems={problems}>
          {(props) => (
            <select {...props} name="kind" defaultValue="SOL_LSS">
              {REPORTED_KINDS.map((k) => (
                <option key={k} value={k}>
                  {enumLabel('DeviationKind', k)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Enhet" field="unitId" problems={problems}>
          {(props) => <UnitSelect {...props} name="unitId" units={units} />}
        </Field>
        <Field label="Datum då det hände" field="occurredOn" problems={problems}>
          {(props) => <input {...props} name="occurredOn" type="date" />}
        </Field>
        <Field
          label="Beskrivning"
          field="description"
          problems={problems}
          hint="Personnummer tas bort ur texten innan den sparas."
        >
          {(props) => <textarea {...props} name="description" rows={4} />}
        </Field>
        <ErrorMessage problems={problems} />
        <button type="submit" disabled={report.isPending}>
          Registrera avvikelse
        </button>
      </form>
      <Registered saved={saved} id={createdId} />
    </div>
  );
}

function RegisterComplaintForm({ units }: { units: UnitOption[] }) {
  const register = useGatewayMutation(REGISTER_COMPLAINT);
  const problems = useFormProblems(register.error, ['unitId', 'receivedOn', 'complainant', 'category', 'description']);
  const saved = useSaved();
  const [createdId, setCreatedId] = useState<string | null>(null);
  const errorRef = useFocusOnError(register.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const target = event.currentTarget;
    const form = new FormData(target);
    saved.clear();
    register.mutate(
      {
        input: {
          unitId: text(form, 'unitId'),
          receivedOn: text(form, 'receivedOn'),
          complainant: text(form, 'complainant') as Complainant,
          category: text(form, 'category') as ComplaintCategory,
          description: text(form, 'description'),
        },
      },
      {
        onSuccess: ({ registerComplaint }) => {
          target.reset();
          setCreatedId(registerComplaint.id);
          saved.show('Synpunkten eller klagomålet är registrerat.');
        },
      },
    );
  }

  return (
    <div ref={errorRef}>
      <form className="card form" aria-label="Registrera klagomål" onSubmit={onSubmit} noValidate>
        <h2>Registrera klagomål</h2>
        <Field label="Enhet" field="unitId" problems={problems}>
          {(props) => <UnitSelect {...props} name="unitId" units={units} />}
        </Field>
        <Field label="Mottaget den" field="receivedOn" problems={problems}>
          {(props) => <input {...props} name="receivedOn" type="date" />}
        </Field>
        <Field label="Avsändare" field="complainant" problems={problems}>
          {(props) => (
            <select {...props} name="complainant" defaultValue="USER">
              {Object.entries(ENUM_LABELS.Complainant).map(([v, t]) => (
                <option key={v} value={v}>
                  {t}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Kategori" field="category" problems={problems}>
          {(props) => (
            <select {...props} name="category" defaultValue="TREATMENT">
              {Object.entries(ENUM_LABELS.ComplaintCategory).map(([v, t]) => (
                <option key={v} value={v}>
                  {t}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label="Beskrivning"
          field="description"
          problems={problems}
          hint="Personnummer tas bort ur texten innan den sparas."
        >
          {(props) => <textarea {...props} name="description" rows={4} />}
        </Field>
        <ErrorMessage problems={problems} />
        <button type="submit" disabled={register.isPending}>
          Registrera klagomål
        </button>
      </form>
      <Registered saved={saved} id={createdId} />
    </div>
  );
}

/** Registering deviations and complaints, lists with filters, and statistics per area with trends. */
export function DeviationsPage() {
  const session = useSession();
  const handler = hasRole(session, DEVIATION_HANDLERS);
  const year = new Date().getFullYear();
  const [kind, setKind] = useState<DeviationKind | ''>('');
  const [status, setStatus] = useState<DeviationStatus | ''>('');
  const [from, setFrom] = useState(`${year - 1}-01-01`);
  const [to, setTo] = useState(`${year}-12-31`);
  const list = useGatewayQuery(DEVIATIONS, { filter: { kind: kind || null, status: status || null, from, to } });
  const stats = useGatewayQuery(STATISTICS, { filter: { from, to } });
  const units = useGatewayQuery(UNITS, {}, { enabled: handler });
  const move = useGatewayMutation(CHANGE_STATUS);
  const [stepText, setStepText] = useState<Record<string, string>>({});

  const columns: ColumnDef<DeviationRow, unknown>[] = [
    {
      accessorKey: 'reportedOn',
      header: 'Rapporterad',
      cell: ({ row }) => <Link to={`/avvikelser/${row.original.id}`}>{row.original.reportedOn}</Link>,
    },
    { accessorFn: (d) => enumLabel('DeviationKind', d.kind), id: 'kind', header: 'Slag' },
    { accessorFn: (d) => d.unit.name, id: 'unit', header: 'Enhet' },
    { accessorFn: (d) => d.provider.name, id: 'provider', header: 'Utförare' },
    { accessorKey: 'description', header: 'Beskrivning' },
    { accessorFn: (d) => enumLabel('DeviationStatus', d.status), id: 'status', header: 'Status' },
    {
      accessorFn: (d) => (d.twoMonthRule.overdue ? `Försenad (${d.twoMonthRule.deadline})` : d.twoMonthRule.deadline),
      id: 'deadline',
      header: 'Två månader',
    },
  ];
  if (handler)
    columns.push({
      id: 'next',
      header: 'Nästa steg',
      enableSorting: false,
      cell: ({ row }) => {
        const next = NEXT_STATUS[row.original.status];
        if (!next) return '–';
        const needsText = next === 'ACTIONS_REGISTERED' || next === 'FINAL_ASSESSMENT';
        const label = next === 'ACTIONS_REGISTERED' ? 'Åtgärder' : 'Slutbedömning';
        return (
          <span className="row">
            {needsText && (
              <>
                <label className="sr-only" htmlFor={`text-${row.original.id}`}>
                  {label}
                </label>
                <input
                  id={`text-${row.original.id}`}
                  placeholder={label}
                  value={stepText[row.original.id] ?? ''}
                  onChange={(e) => setStepText({ ...stepText, [row.original.id]: e.target.value })}
                />
              </>
            )}
            <button
              type="button"
              onClick={() =>
                move.mutate({
                  input: { deviationId: row.original.id, to: next, text: stepText[row.original.id] || null },
                })
              }
              disabled={move.isPending}
            >
              {enumLabel('DeviationStatus', next)}
            </button>
          </span>
        );
      },
    });

  return (
    <Page title="Avvikelser">
      {handler && (
        <>
          <ErrorMessage error={units.error} />
          {units.data && (
            <div className="grid">
              <ReportDeviationForm units={units.data.units} />
              <RegisterComplaintForm units={units.data.units} />
            </div>
          )}
        </>
      )}

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
          <div className="scroll">
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
          </div>
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
