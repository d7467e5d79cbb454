import { useState } from 'react';
import { Link } from 'react-router-dom';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ENUM_LABELS, enumLabel } from '@kvalitetsnav/swedish';
import type {
  DeviationKind,
  DeviationSortField,
  DeviationStatus,
  DeviationsPageBreakdownsQuery,
  DeviationsPageListQuery,
  DeviationsPageUnitsQuery,
} from '../__generated__/graphql';
import { ReportDeviationForm, RegisterComplaintForm } from '../components/DeviationForms';
import { PagedColumn, PagedTable } from '../components/PagedTable';
import { ErrorMessage, Loading, Page, Ratio } from '../components/ui';
import { useGatewayMutation, useGatewayQuery } from '../queries';
import { canWrite, hasRole, useSession } from '../session';
import { DEVIATION_HANDLERS, MEDICAL_KINDS, medicalOnly } from './DeviationRoles';
import { BOARDS, BREAKDOWNS, CHANGE_STATUS, DEVIATIONS, STATISTICS, UNITS } from './DeviationsPage.operations';
import { DeviationImportForm } from '../components/DeviationImport';
import { ScrollBox } from '../components/ScrollBox';

type DeviationRow = DeviationsPageListQuery['deviationsPage']['items'][number];
type UnitOption = DeviationsPageUnitsQuery['units'][number];

/** The workflow one step at a time, for the quick step in the list; the case's page has all of it. */
const NEXT_STATUS: Partial<Record<DeviationStatus, DeviationStatus>> = {
  REPORTED: 'INVESTIGATING',
  INVESTIGATING: 'ACTIONS_REGISTERED',
  ACTIONS_REGISTERED: 'FINAL_ASSESSMENT',
  FINAL_ASSESSMENT: 'CLOSED',
};

type BreakdownFigures = DeviationsPageBreakdownsQuery['byCategory'];

/** A change as the page says it: +3, −2 or ±0. */
const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0');

/** Counts by what the deviations are about, each as a share, beside the same period a year earlier. */
function BreakdownTable({
  caption,
  heading,
  none,
  figures,
}: {
  caption: string;
  heading: string;
  none: string;
  figures: BreakdownFigures;
}) {
  const earlier = figures.previousYearPeriod;
  return (
    <ScrollBox label={caption}>
      <table>
        <caption>
          {caption}
          {earlier && (
            <span className="muted">
              {' '}
              – i fjol: {earlier.from ?? 'från början'} till {earlier.to}
            </span>
          )}
        </caption>
        <thead>
          <tr>
            <th scope="col">{heading}</th>
            <th scope="col">Antal</th>
            <th scope="col">I fjol</th>
            <th scope="col" className="num">
              Förändring
            </th>
          </tr>
        </thead>
        <tbody>
          {figures.entries.map((e) => (
            <tr key={e.key ?? ''}>
              <th scope="row">{e.key === null ? none : (e.label ?? e.key)}</th>
              <td>
                <Ratio value={e.count} />
              </td>
              <td>{e.previousYear ? <Ratio value={e.previousYear} /> : '–'}</td>
              <td className="num">{e.change === null || e.change === undefined ? '–' : signed(e.change)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}

/** Rows per page of the list. */
const PAGE_SIZE = 25;

/** The providers of the units, each once, by name. */
function providersOf(units: UnitOption[]): UnitOption['provider'][] {
  const byId = new Map(units.map((u) => [u.provider.id, u.provider]));
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

/** Registering deviations and complaints, the list paged and sorted by the API, and statistics per area. */
export function DeviationsPage() {
  const session = useSession();
  const handler = hasRole(session, DEVIATION_HANDLERS);
  const medical = medicalOnly(session);
  const year = new Date().getFullYear();
  const [kind, setKind] = useState<DeviationKind | ''>('');
  const [status, setStatus] = useState<DeviationStatus | ''>('');
  const [unitId, setUnitId] = useState('');
  const [providerId, setProviderId] = useState('');
  const [from, setFrom] = useState(`${year - 1}-01-01`);
  const [to, setTo] = useState(`${year}-12-31`);
  const [sort, setSort] = useState<{ by: DeviationSortField; descending: boolean }>({
    by: 'REPORTED',
    descending: true,
  });
  const [offset, setOffset] = useState(0);
  const where = { unitId: unitId || null, providerId: providerId || null, from: from || null, to: to || null };
  const list = useGatewayQuery(DEVIATIONS, {
    filter: { ...where, kind: kind || null, status: status || null },
    paging: { offset, limit: PAGE_SIZE, sortBy: sort.by, descending: sort.descending },
  });
  // The figures per area count what the list shows, wherever the list's filters apply to them;
  // the board cuts the figures alone (the list has no board filter).
  const [boardId, setBoardId] = useState('');
  const stats = useGatewayQuery(STATISTICS, { filter: { ...where, boardId: boardId || null } });
  const breakdowns = useGatewayQuery(BREAKDOWNS, { filter: { ...where, boardId: boardId || null } });
  const boards = useGatewayQuery(BOARDS, {});
  const units = useGatewayQuery(UNITS, {});
  const move = useGatewayMutation(CHANGE_STATUS);
  const [stepText, setStepText] = useState<Record<string, string>>({});
  /** A new filter shows its first page. */
  const filtered =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setOffset(0);
    };

  const columns: PagedColumn<DeviationRow, DeviationSortField>[] = [
    {
      header: 'Rapporterad',
      sortBy: 'REPORTED',
      cell: (d) => <Link to={`/avvikelser/${d.id}`}>{d.reportedOn}</Link>,
    },
    { header: 'Hände', sortBy: 'OCCURRED', cell: (d) => d.occurredOn },
    { header: 'Slag', sortBy: 'KIND', cell: (d) => enumLabel('DeviationKind', d.kind) },
    { header: 'Enhet', sortBy: 'UNIT', cell: (d) => d.unit.name },
    { header: 'Utförare', sortBy: 'PROVIDER', cell: (d) => d.provider.name },
    { header: 'Beskrivning', cell: (d) => d.description },
    { header: 'Status', sortBy: 'STATUS', cell: (d) => enumLabel('DeviationStatus', d.status) },
    {
      header: 'Två månader',
      cell: (d) => (d.twoMonthRule.overdue ? `Försenad (${d.twoMonthRule.deadline})` : d.twoMonthRule.deadline),
    },
  ];
  if (handler)
    columns.push({
      header: 'Nästa steg',
      cell: (d) => {
        const next = NEXT_STATUS[d.status];
        if (!next) return '–';
        const needsText = next === 'ACTIONS_REGISTERED' || next === 'FINAL_ASSESSMENT';
        const label = next === 'ACTIONS_REGISTERED' ? 'Åtgärder' : 'Slutbedömning';
        return (
          <span className="row">
            {needsText && (
              <>
                <label className="sr-only" htmlFor={`text-${d.id}`}>
                  {label}
                </label>
                <input
                  id={`text-${d.id}`}
                  placeholder={label}
                  value={stepText[d.id] ?? ''}
                  onChange={(e) => setStepText({ ...stepText, [d.id]: e.target.value })}
                />
              </>
            )}
            <button
              type="button"
              onClick={() => move.mutate({ input: { deviationId: d.id, to: next, text: stepText[d.id] || null } })}
              disabled={move.isPending}
            >
              {enumLabel('DeviationStatus', next)}
            </button>
          </span>
        );
      },
    });

  const unitOptions = units.data?.units ?? [];
  return (
    <Page title="Avvikelser">
      {!medical && (
        <p className="row">
          <Link to="/avvikelser/ej-verkstallda-beslut">Ej verkställda beslut</Link>
          <Link to="/avvikelser/forbattringar">Förbättringsarbete</Link>
          {canWrite(session) && <Link to="/avvikelser/grundorsaker">Grundorsaker att välja bland</Link>}
          {canWrite(session) && <Link to="/avvikelser/kategorier">Kategorier att välja bland</Link>}
        </p>
      )}
      {medical && <p>Som MAS/MAR ser och hanterar du avvikelser enligt HSL och lex Maria.</p>}
      <ErrorMessage error={units.error} />
      {handler && units.data && (
        <div className="grid">
          <ReportDeviationForm
            units={units.data.units}
            caseLink={(id) => `/avvikelser/${id}`}
            kinds={medical ? MEDICAL_KINDS : undefined}
          />
          {!medical && <RegisterComplaintForm units={units.data.units} caseLink={(id) => `/avvikelser/${id}`} />}
          {canWrite(session) && <DeviationImportForm />}
        </div>
      )}

      <form className="filters" aria-label="Filter" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="kind">Slag</label>
        <select id="kind" value={kind} onChange={(e) => filtered(setKind)(e.target.value as DeviationKind | '')}>
          <option value="">Alla</option>
          {Object.entries(ENUM_LABELS.DeviationKind)
            .filter(([v]) => !medical || (MEDICAL_KINDS as readonly string[]).includes(v))
            .map(([v, t]) => (
              <option key={v} value={v}>
                {t}
              </option>
            ))}
        </select>
        <label htmlFor="status">Status</label>
        <select
          id="status"
          value={status}
          onChange={(e) => filtered(setStatus)(e.target.value as DeviationStatus | '')}
        >
          <option value="">Alla</option>
          {Object.entries(ENUM_LABELS.DeviationStatus).map(([v, t]) => (
            <option key={v} value={v}>
              {t}
            </option>
          ))}
        </select>
        <label htmlFor="filter-provider">Utförare</label>
        <select id="filter-provider" value={providerId} onChange={(e) => filtered(setProviderId)(e.target.value)}>
          <option value="">Alla</option>
          {providersOf(unitOptions).map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        <label htmlFor="filter-unit">Enhet</label>
        <select id="filter-unit" value={unitId} onChange={(e) => filtered(setUnitId)(e.target.value)}>
          <option value="">Alla</option>
          {unitOptions
            .filter((u) => !providerId || u.provider.id === providerId)
            .map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
        </select>
        <label htmlFor="from">Från</label>
        <input id="from" type="date" value={from} onChange={(e) => filtered(setFrom)(e.target.value)} />
        <label htmlFor="to">Till</label>
        <input id="to" type="date" value={to} onChange={(e) => filtered(setTo)(e.target.value)} />
      </form>

      <h2>Per verksamhetsområde</h2>
      <form className="filters" aria-label="Statistikens nämnd" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="stats-board">Nämnd</label>
        <select id="stats-board" value={boardId} onChange={(e) => setBoardId(e.target.value)}>
          <option value="">Alla nämnder</option>
          {(boards.data?.boards ?? []).map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </select>
      </form>
      <ErrorMessage error={stats.error} />
      {stats.isLoading && <Loading what="statistik" />}
      {stats.data && (
        <>
          <ScrollBox label="Avvikelser, lex Sarah och klagomål per område">
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
                    <th scope="row">{s.name ?? s.key}</th>
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
          </ScrollBox>
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

      <h2>Vad avvikelserna handlar om</h2>
      <ErrorMessage error={breakdowns.error} />
      {breakdowns.isLoading && <Loading what="statistik per kategori och grundorsak" />}
      {breakdowns.data && (
        <div className="grid">
          <BreakdownTable
            caption="Avvikelser och lex Sarah/Maria per kategori"
            heading="Kategori"
            none="Ingen kategori angiven"
            figures={breakdowns.data.byCategory}
          />
          <BreakdownTable
            caption="Ärenden per grundorsak"
            heading="Grundorsak"
            none="Ingen grundorsak angiven"
            figures={breakdowns.data.byRootCause}
          />
        </div>
      )}

      <h2>Avvikelser och klagomål</h2>
      <ErrorMessage error={list.error ?? move.error} />
      {list.isLoading && <Loading what="avvikelser" />}
      {list.data && (
        <PagedTable
          caption="Avvikelser och klagomål"
          columns={columns}
          rows={list.data.deviationsPage.items}
          rowKey={(d) => d.id}
          page={list.data.deviationsPage}
          sort={sort}
          onSort={(next) => {
            setSort(next);
            setOffset(0);
          }}
          onPage={setOffset}
        />
      )}
    </Page>
  );
}
