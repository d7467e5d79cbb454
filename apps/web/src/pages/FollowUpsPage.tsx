import { FormEvent, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { ENUM_LABELS, enumLabel, selectionReason, skipReason } from '@kvalitetsnav/swedish';
import type {
  FollowUpSortField,
  FollowUpsPageListQuery,
  FollowUpsPageQuery,
  FollowUpStatus,
  FollowUpType,
  PlanFollowUpsMutation,
} from '../__generated__/graphql';
import { formatNumber, Saved, useFocusOnError, useSaved } from '../components/form';
import { OrderedPicker } from '../components/OrderedPicker';
import { PagedColumn, PagedTable } from '../components/PagedTable';
import { ErrorMessage, FieldError, Loading, Page, useFormProblems } from '../components/ui';
import { useGatewayMutation, useGatewayQuery } from '../queries';
import { FollowUpCoverage } from './FollowUpCoverage';
import { canWrite, useSession } from '../session';
import {
  ACCEPT_PROPOSALS,
  FOLLOW_UPS,
  FOLLOW_UPS_LIST,
  KEPT_ORDERING_LIST,
  PLAN_FOLLOW_UPS,
  PRESENT_TO_BOARD,
} from './FollowUpsPage.operations';
import { ScrollBox } from '../components/ScrollBox';
import { FollowUpPlanSection } from './FollowUpPlanSection';

type FollowUpRow = FollowUpsPageListQuery['followUpsPage']['items'][number];
type Selection = PlanFollowUpsMutation['planFollowUps'];
type Contract = FollowUpsPageQuery['contracts'][number];
type QueuedCase = FollowUpsPageQuery['boardQueue'][number];

const columns: PagedColumn<FollowUpRow, FollowUpSortField>[] = [
  {
    header: 'Uppföljning',
    sortBy: 'TITLE',
    cell: (r) => <Link to={`/uppfoljning/${r.id}`}>{r.title}</Link>,
  },
  { header: 'Typ', sortBy: 'TYPE', cell: (r) => enumLabel('FollowUpType', r.type) },
  { header: 'Avtal', sortBy: 'CONTRACT', cell: (r) => r.contract?.reference ?? '–' },
  { header: 'Utförare', sortBy: 'PROVIDER', cell: (r) => r.provider?.name ?? '–' },
  { header: 'Enheter', cell: (r) => r.contract?.units.map((u) => u.name).join(', ') || '–' },
  { header: 'Planerad', sortBy: 'PLANNED_ON', cell: (r) => r.plannedOn },
  { header: 'Ansvarig', sortBy: 'RESPONSIBLE', cell: (r) => r.responsible ?? '–' },
  { header: 'Status', sortBy: 'STATUS', cell: (r) => enumLabel('FollowUpStatus', r.status) },
];

const PAGE_SIZE = 25;
const STATUSES = Object.entries(ENUM_LABELS.FollowUpStatus) as [FollowUpStatus, string][];
const TYPES = Object.entries(ENUM_LABELS.FollowUpType) as [FollowUpType, string][];

/** The year's follow-ups, filtered, sorted and paged by the API. */
function FollowUpList({ year, providers }: { year: number; providers: FollowUpsPageQuery['providers'] }) {
  const [filters, setFilters] = useState({ status: '', type: '', providerId: '', unitId: '', search: '' });
  const [sort, setSort] = useState<{ by: FollowUpSortField; descending: boolean }>({
    by: 'PLANNED_ON',
    descending: false,
  });
  const [offset, setOffset] = useState(0);
  const { data, error, isLoading } = useGatewayQuery(FOLLOW_UPS_LIST, {
    year,
    status: (filters.status || null) as FollowUpStatus | null,
    type: (filters.type || null) as FollowUpType | null,
    providerId: filters.providerId || null,
    unitId: filters.unitId || null,
    search: filters.search.trim() || null,
    sortBy: sort.by,
    descending: sort.descending,
    offset,
    limit: PAGE_SIZE,
  });
  // The page shown stays until the next one arrives, so a sort or page button keeps its focus.
  const shownRef = useRef(data);
  if (data) shownRef.current = data;
  const shown = data ?? shownRef.current;
  const filter = (change: Partial<typeof filters>) => {
    setFilters({ ...filters, ...change });
    setOffset(0);
  };
  const units = providers.find((p) => p.id === filters.providerId)?.units ?? [];
  return (
    <section aria-labelledby="follow-up-list">
      <h2 id="follow-up-list">Uppföljningar {year}</h2>
      <div className="filters row">
        <label htmlFor="filter-search">Sök uppföljning</label>
        <input
          id="filter-search"
          type="search"
          value={filters.search}
          onChange={(e) => filter({ search: e.target.value })}
        />
        <label htmlFor="filter-status">Status</label>
        <select id="filter-status" value={filters.status} onChange={(e) => filter({ status: e.target.value })}>
          <option value="">Alla</option>
          {STATUSES.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
        <label htmlFor="filter-type">Typ</label>
        <select id="filter-type" value={filters.type} onChange={(e) => filter({ type: e.target.value })}>
          <option value="">Alla</option>
          {TYPES.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
        <label htmlFor="filter-provider">Utförare</label>
        <select
          id="filter-provider"
          value={filters.providerId}
          onChange={(e) => filter({ providerId: e.target.value, unitId: '' })}
        >
          <option value="">Alla</option>
          {providers.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        <label htmlFor="filter-unit">Enhet</label>
        <select
          id="filter-unit"
          value={filters.unitId}
          disabled={!filters.providerId}
          onChange={(e) => filter({ unitId: e.target.value })}
        >
          <option value="">Alla</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </div>
      <ErrorMessage error={error} />
      {isLoading && !shown && <Loading what="uppföljningarna" />}
      {shown && (
        <PagedTable
          caption={`Uppföljningar planerade ${year}`}
          columns={columns}
          rows={shown.followUpsPage.items}
          rowKey={(r) => r.id}
          sort={sort}
          onSort={(next) => {
            setSort(next);
            setOffset(0);
          }}
          page={shown.followUpsPage}
          onPage={setOffset}
        />
      )}
    </section>
  );
}

/** Starts the ordering third from the ordering function's kept list, once it has loaded. */
function useKeptOrderingList(enabled: boolean, set: (ids: string[]) => void) {
  const kept = useGatewayQuery(KEPT_ORDERING_LIST, {}, { enabled });
  const ids = kept.data?.orderingList.map((e) => e.contractId).join(',');
  useEffect(() => {
    if (ids) set(ids.split(','));
  }, [ids, set]);
}

/** The year's plan and progress, selection by the thirds rule with its reasons, and the follow-ups. */
export function FollowUpsPage() {
  const session = useSession();
  const [year, setYear] = useState(new Date().getFullYear());
  const [boardId, setBoardId] = useState('');
  const { data, error, isLoading } = useGatewayQuery(FOLLOW_UPS, { year, boardId: boardId || null });
  const select = useGatewayMutation(PLAN_FOLLOW_UPS);
  const selectProblems = useFormProblems(select.error, ['period', 'count', 'orderedContractIds']);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [count, setCount] = useState(6);
  const [period, setPeriod] = useState(1);
  const periods = data?.followUpPlan?.periods ?? [];
  const chosenPeriod = periods[period - 1] ?? null;
  const [ordered, setOrdered] = useState<string[]>([]);
  useKeptOrderingList(canWrite(session), setOrdered);

  function onSelect(event: FormEvent) {
    event.preventDefault();
    select.mutate(
      { input: { year, boardId: boardId || null, period, count, orderedContractIds: ordered } },
      { onSuccess: (result) => setSelection(result.planFollowUps) },
    );
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
          <FollowUpPlanSection
            year={year}
            boards={data.boards}
            boardId={boardId}
            onBoard={setBoardId}
            plan={data.followUpPlan ?? null}
            writer={canWrite(session)}
          />

          {canWrite(session) && (
            <>
              <h2>Urval av avtal</h2>
              <form className="card form" onSubmit={onSelect} aria-label="Välj avtal att följa upp">
                <label htmlFor="period">Planperiod</label>
                <select
                  id="period"
                  value={period}
                  onChange={(e) => setPeriod(Number(e.target.value))}
                  {...selectProblems.input('period')}
                >
                  {(periods.length ? periods : [null]).map((p, i) => (
                    <option key={i} value={i + 1}>
                      {p ? `Period ${i + 1} (${p.startsOn}–${p.endsOn})` : 'Period 1'}
                    </option>
                  ))}
                </select>
                <FieldError problems={selectProblems} field="period" />
                <label htmlFor="count">Antal platser</label>
                <input
                  id="count"
                  type="number"
                  value={count}
                  onChange={(e) => setCount(Number(e.target.value))}
                  {...selectProblems.input('count')}
                />
                <FieldError problems={selectProblems} field="count" />
                <OrderedPicker
                  label="Beställarfunktionens val (i prioritetsordning)"
                  options={data.contracts
                    .filter((c) => c.status === 'ACTIVE')
                    .map((c) => ({ id: c.id, label: `${c.reference} ${c.title}` }))}
                  value={ordered}
                  onChange={setOrdered}
                  invalid={selectProblems.input('orderedContractIds')}
                />
                <FieldError problems={selectProblems} field="orderedContractIds" />
                <p>
                  <Link to="/bestallarlista">Beställarlistan</Link> fyller i valen; ändringar här gäller bara detta
                  urval.
                </p>
                <ErrorMessage problems={selectProblems} />
                <button type="submit" disabled={select.isPending}>
                  {select.isPending ? 'Väljer…' : 'Gör urval'}
                </button>
              </form>
              {selection && (
                <SelectionProposals
                  key={selection.id}
                  selection={selection}
                  contracts={data.contracts}
                  defaultPlannedOn={defaultPlannedOn(chosenPeriod)}
                />
              )}
            </>
          )}

          <FollowUpCoverage year={year} />

          <BoardQueue queue={data.boardQueue} writer={canWrite(session)} />

          <FollowUpList key={year} year={year} providers={data.providers} />
        </>
      )}
    </Page>
  );
}

const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

/** As the API plans an accepted proposal by default: today while the plan period runs, else its first day. */
function defaultPlannedOn(period: { startsOn: string; endsOn: string } | null) {
  const now = today();
  if (!period) return now;
  return now > period.startsOn && now <= period.endsOn ? now : period.startsOn;
}

const THIRDS = ['COMPLAINTS', 'ORDERING', 'RISK', 'RANDOM'] as const;
const PICKED: Record<(typeof THIRDS)[number], (n: string) => string> = {
  COMPLAINTS: (n) => `${n} utifrån synpunkter och klagomål`,
  ORDERING: (n) => `${n} från beställarfunktionens lista`,
  RISK: (n) => `${n} utifrån risk och allvarlighet`,
  RANDOM: (n) => `${n} slumpmässigt`,
};

/** What the draw actually picked, third by third, from the proposals themselves (not the planned shares). */
export function pickedSummary(selection: Pick<Selection, 'proposals' | 'shortfall'>): string {
  const parts = THIRDS.map((third) =>
    PICKED[third](formatNumber(selection.proposals.filter((p) => p.third === third).length)),
  );
  const total = selection.proposals.length;
  const head = `Urvalet gav ${formatNumber(total)} avtal: ${parts.slice(0, -1).join(', ')} och ${parts[parts.length - 1]}.`;
  return selection.shortfall > 0
    ? `${head} ${formatNumber(selection.shortfall)} ${selection.shortfall === 1 ? 'plats' : 'platser'} kunde inte fyllas.`
    : head;
}

interface Choice {
  chosen: boolean;
  responsible: string;
  plannedOn: string;
}

/** The draw's proposals: the official ticks those to plan and names responsible official and date for each. */
function SelectionProposals({
  selection,
  contracts,
  defaultPlannedOn,
}: {
  selection: Selection;
  contracts: readonly Contract[];
  defaultPlannedOn: string;
}) {
  const accept = useGatewayMutation(ACCEPT_PROPOSALS);
  const saved = useSaved();
  const [choices, setChoices] = useState<Record<string, Choice>>(() =>
    Object.fromEntries(
      selection.proposals.map((p) => [p.contractId, { chosen: false, responsible: '', plannedOn: defaultPlannedOn }]),
    ),
  );
  const chosen = selection.proposals.filter((p) => choices[p.contractId].chosen);
  // The API names a refused field by its place among the proposals sent: the chosen ones, in order.
  const fieldOf = (contractId: string, name: 'contractId' | 'responsible' | 'plannedOn') =>
    `proposals.${chosen.findIndex((p) => p.contractId === contractId)}.${name}`;
  const problems = useFormProblems(
    accept.error,
    chosen.flatMap((_, i) => [`proposals.${i}.contractId`, `proposals.${i}.responsible`, `proposals.${i}.plannedOn`]),
  );
  const focusRef = useFocusOnError(accept.error);
  const set = (contractId: string, change: Partial<Choice>) =>
    setChoices({ ...choices, [contractId]: { ...choices[contractId], ...change } });

  function onAccept(event: FormEvent) {
    event.preventDefault();
    accept.mutate(
      {
        id: selection.id,
        input: {
          proposals: chosen.map((p) => ({
            contractId: p.contractId,
            responsible: choices[p.contractId].responsible.trim() || null,
            plannedOn: choices[p.contractId].plannedOn || null,
          })),
        },
      },
      {
        onSuccess: (result) => {
          const n = result.acceptFollowUpProposals.length;
          saved.show(`${formatNumber(n)} ${n === 1 ? 'uppföljning planerades' : 'uppföljningar planerades'}.`);
        },
      },
    );
  }

  return (
    <section aria-label="Förslag">
      <p>{pickedSummary(selection)}</p>
      <p className="muted">
        Platser enligt tredjedelsregeln: {formatNumber(selection.shares.complaints)} för klagomål,{' '}
        {formatNumber(selection.shares.ordering)} för beställarfunktionen och {formatNumber(selection.shares.random)}{' '}
        slumpmässigt. Slumpfrö <code>{selection.seed}</code>, risk beräknad per {selection.asOf}.
      </p>
      <form onSubmit={onAccept} aria-label="Planera valda förslag">
        <div ref={focusRef}>
          <ScrollBox label="Föreslagna avtal och varför">
            <table>
              <caption>Föreslagna avtal och varför</caption>
              <thead>
                <tr>
                  <th scope="col">Planera</th>
                  <th scope="col">#</th>
                  <th scope="col">Avtal</th>
                  <th scope="col">Tredjedel</th>
                  <th scope="col">Motivering</th>
                  <th scope="col" className="num">
                    Riskpoäng
                  </th>
                  <th scope="col">Signaler</th>
                  <th scope="col">Ansvarig tjänsteman</th>
                  <th scope="col">Planerat datum</th>
                </tr>
              </thead>
              <tbody>
                {selection.proposals.map((p) => {
                  const choice = choices[p.contractId];
                  const done = saved.message !== null;
                  return (
                    <tr key={p.contractId}>
                      <td>
                        <input
                          type="checkbox"
                          aria-label={`Planera ${p.reference}`}
                          checked={choice.chosen}
                          disabled={done}
                          onChange={(e) => set(p.contractId, { chosen: e.target.checked })}
                        />
                        {choice.chosen && (
                          <FieldError problems={problems} field={fieldOf(p.contractId, 'contractId')} />
                        )}
                      </td>
                      <td>{p.rank}</td>
                      <th scope="row">{p.reference}</th>
                      <td>{enumLabel('SelectionThird', p.third)}</td>
                      <td>{selectionReason(p)}</td>
                      <td className="num">{formatNumber(p.riskScore)}</td>
                      <td>
                        {p.riskParts.map((r) => `${enumLabel('RiskSignalKind', r.kind)} ${r.count}`).join(', ') || '–'}
                      </td>
                      <td>
                        <input
                          aria-label={`Ansvarig tjänsteman för ${p.reference}`}
                          value={choice.responsible}
                          disabled={!choice.chosen || done}
                          onChange={(e) => set(p.contractId, { responsible: e.target.value })}
                          {...(choice.chosen ? problems.input(fieldOf(p.contractId, 'responsible')) : {})}
                        />
                        {choice.chosen && (
                          <FieldError problems={problems} field={fieldOf(p.contractId, 'responsible')} />
                        )}
                      </td>
                      <td>
                        <input
                          type="date"
                          aria-label={`Planerat datum för ${p.reference}`}
                          value={choice.plannedOn}
                          disabled={!choice.chosen || done}
                          onChange={(e) => set(p.contractId, { plannedOn: e.target.value })}
                          {...(choice.chosen ? problems.input(fieldOf(p.contractId, 'plannedOn')) : {})}
                        />
                        {choice.chosen && <FieldError problems={problems} field={fieldOf(p.contractId, 'plannedOn')} />}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollBox>
          {selection.skippedOrdered.length > 0 && (
            <>
              <p>Beställarfunktionens val som inte kom med:</p>
              <ul>
                {selection.skippedOrdered.map((s) => (
                  <li key={s.contractId}>
                    {contracts.find((c) => c.id === s.contractId)?.reference ?? s.contractId}: {skipReason(s)}
                  </li>
                ))}
              </ul>
            </>
          )}
          <ErrorMessage problems={problems} />
          {saved.message === null && (
            <button type="submit" disabled={accept.isPending || chosen.length === 0}>
              Planera valda uppföljningar ({formatNumber(chosen.length)})
            </button>
          )}
        </div>
        <Saved message={saved.message} />
      </form>
    </section>
  );
}

/** Reported follow-ups with a decision case that wait for the board, each presented at a meeting. */
// Held by the queue, which stays while a presented case leaves it, so the confirmation still arrives.
const usePresent = () => useGatewayMutation(PRESENT_TO_BOARD);

function BoardQueue({ queue, writer }: { queue: readonly QueuedCase[]; writer: boolean }) {
  const saved = useSaved();
  const present = usePresent();
  return (
    <section aria-labelledby="board-queue">
      <h2 id="board-queue">Ärenden till nämnden</h2>
      <Saved message={saved.message} />
      {queue.length === 0 ? (
        <p>Inga ärenden väntar på nämnden.</p>
      ) : (
        <ScrollBox label="Rapporterade uppföljningar med beslutsärende">
          <table>
            <caption>Rapporterade uppföljningar med beslutsärende</caption>
            <thead>
              <tr>
                <th scope="col">Uppföljning</th>
                <th scope="col">Avtal</th>
                <th scope="col">Rapporterad</th>
                {writer && <th scope="col">Redovisa för nämnden</th>}
              </tr>
            </thead>
            <tbody>
              {queue.map((f) => (
                <tr key={f.id}>
                  <th scope="row">
                    <Link to={`/uppfoljning/${f.id}`}>{f.title}</Link>
                  </th>
                  <td>{f.contract?.reference ?? '–'}</td>
                  <td>{f.reportedOn ?? '–'}</td>
                  {writer && (
                    <td>
                      <PresentToBoard followUp={f} present={present} onPresented={saved.show} />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
    </section>
  );
}

function PresentToBoard({
  followUp,
  present,
  onPresented,
}: {
  followUp: QueuedCase;
  present: ReturnType<typeof usePresent>;
  onPresented: (text: string) => void;
}) {
  const error = present.variables?.input.followUpId === followUp.id ? present.error : null;
  const problems = useFormProblems(error, ['meetingOn']);
  const [meetingOn, setMeetingOn] = useState('');
  const focusRef = useFocusOnError(error);
  return (
    <form
      aria-label={`Redovisa ${followUp.title} för nämnden`}
      onSubmit={(e) => {
        e.preventDefault();
        present.mutate(
          { input: { followUpId: followUp.id, meetingOn } },
          {
            onSuccess: (r) =>
              onPresented(`${followUp.title} redovisas för nämnden ${r.presentFollowUpToBoard.boardMeetingOn}.`),
          },
        );
      }}
    >
      <div ref={focusRef} className="row">
        <label htmlFor={`meeting-${followUp.id}`}>Nämndsammanträde</label>
        <input
          id={`meeting-${followUp.id}`}
          type="date"
          value={meetingOn}
          onChange={(e) => setMeetingOn(e.target.value)}
          {...problems.input('meetingOn')}
        />
        <button type="submit" disabled={present.isPending}>
          Redovisa för nämnden
        </button>
        <FieldError problems={problems} field="meetingOn" />
        <ErrorMessage problems={problems} />
      </div>
    </form>
  );
}
