import { FormEvent, useState } from 'react';
import type { FollowUpsPageQuery } from '../__generated__/graphql';
import { ErrorMessage, FieldError, useFormProblems } from '../components/ui';
import { ScrollBox } from '../components/ScrollBox';
import { useGatewayMutation } from '../queries';
import { SAVE_PLAN } from './FollowUpsPage.operations';

type Plan = NonNullable<FollowUpsPageQuery['followUpPlan']>;
type Board = FollowUpsPageQuery['boards'][number];
interface PeriodRow {
  startsOn: string;
  endsOn: string;
  target: string;
}

const MAX_PERIODS = 12;

/** The two ways municipalities in the seeds divide the year: calendar halves, and December–May / June–November. */
const PRESETS: { label: string; periods: (year: number) => PeriodRow[] }[] = [
  {
    label: 'Kalenderhalvår',
    periods: (y) => [
      { startsOn: `${y}-01-01`, endsOn: `${y}-06-30`, target: '10' },
      { startsOn: `${y}-07-01`, endsOn: `${y}-12-31`, target: '10' },
    ],
  },
  {
    label: '1 december–31 maj och 1 juni–30 november',
    periods: (y) => [
      { startsOn: `${y - 1}-12-01`, endsOn: `${y}-05-31`, target: '10' },
      { startsOn: `${y}-06-01`, endsOn: `${y}-11-30`, target: '10' },
    ],
  },
];

const rowsOf = (plan: Plan | null, year: number): PeriodRow[] =>
  plan
    ? plan.periods.map((p) => ({ startsOn: p.startsOn, endsOn: p.endsOn, target: String(p.target) }))
    : PRESETS[0].periods(year);

/** The plan of the board chosen (or the whole municipality), its progress per period, and the form that saves it. */
export function FollowUpPlanSection({
  year,
  boards,
  boardId,
  onBoard,
  plan,
  writer,
}: {
  year: number;
  boards: readonly Board[];
  boardId: string;
  onBoard: (boardId: string) => void;
  plan: Plan | null;
  writer: boolean;
}) {
  const boardName = boards.find((b) => b.id === boardId)?.name;
  return (
    <>
      <h2>
        Uppföljningsplan {year}
        {boardName ? ` – ${boardName}` : ''}
      </h2>
      <label htmlFor="planBoard">Planens nämnd</label>{' '}
      <select id="planBoard" value={boardId} onChange={(e) => onBoard(e.target.value)}>
        <option value="">Hela kommunen</option>
        {boards.map((b) => (
          <option key={b.id} value={b.id}>
            {b.name}
          </option>
        ))}
      </select>
      {plan ? <PlanProgressTable plan={plan} /> : <p>Ingen plan är sparad för {year}.</p>}
      {writer && (
        <PlanForm
          key={`${year}:${boardId}:${JSON.stringify(plan?.periods)}`}
          year={year}
          boardId={boardId}
          plan={plan}
        />
      )}
    </>
  );
}

function PlanProgressTable({ plan }: { plan: Plan }) {
  return (
    <>
      <p>Fokusområden: {plan.focusAreas.join(', ') || '–'}</p>
      <ScrollBox label="Fördjupade uppföljningar mot målet">
        <table>
          <caption>Fördjupade uppföljningar mot målet</caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
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
            {plan.progress.map((p) => (
              <tr key={p.period}>
                <th scope="row">
                  {p.startsOn} – {p.endsOn}
                </th>
                <td className="num">{p.target}</td>
                <td className="num">{p.planned}</td>
                <td className="num">{p.done}</td>
                <td className="num">{p.unplanned}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </>
  );
}

function PlanForm({ year, boardId, plan }: { year: number; boardId: string; plan: Plan | null }) {
  const savePlan = useGatewayMutation(SAVE_PLAN);
  const [rows, setRows] = useState<PeriodRow[]>(() => rowsOf(plan, year));
  const fields = [
    'focusAreas',
    'boardId',
    'periods',
    ...rows.flatMap((_, i) => ['startsOn', 'endsOn', 'target'].map((f) => `periods.${i}.${f}`)),
  ];
  const problems = useFormProblems(savePlan.error, fields);
  const change = (i: number, patch: Partial<PeriodRow>) =>
    setRows((all) => all.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  function onSave(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    savePlan.mutate({
      input: {
        year,
        boardId: boardId || null,
        focusAreas: String(form.get('focusAreas'))
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
        periods: rows.map((r) => ({ startsOn: r.startsOn, endsOn: r.endsOn, target: Number(r.target) })),
      },
    });
  }

  return (
    <form className="card form" onSubmit={onSave} aria-label="Spara uppföljningsplan">
      <label htmlFor="focusAreas">Fokusområden (kommaseparerade)</label>
      <input
        id="focusAreas"
        name="focusAreas"
        defaultValue={plan?.focusAreas.join(', ') ?? ''}
        {...problems.input('focusAreas')}
      />
      <FieldError problems={problems} field="focusAreas" />
      <FieldError problems={problems} field="boardId" />
      <fieldset className="form">
        <legend>Planens perioder och mål</legend>
        <div className="buttons">
          {PRESETS.map((preset) => (
            <button key={preset.label} type="button" onClick={() => setRows(preset.periods(year))}>
              {preset.label}
            </button>
          ))}
        </div>
        {rows.map((r, i) => (
          <fieldset key={i} className="form" aria-label={`Period ${i + 1}`}>
            <legend>Period {i + 1}</legend>
            <label htmlFor={`period-${i}-startsOn`}>Från</label>
            <input
              id={`period-${i}-startsOn`}
              type="date"
              value={r.startsOn}
              onChange={(e) => change(i, { startsOn: e.target.value })}
              {...problems.input(`periods.${i}.startsOn`)}
            />
            <FieldError problems={problems} field={`periods.${i}.startsOn`} />
            <label htmlFor={`period-${i}-endsOn`}>Till och med</label>
            <input
              id={`period-${i}-endsOn`}
              type="date"
              value={r.endsOn}
              onChange={(e) => change(i, { endsOn: e.target.value })}
              {...problems.input(`periods.${i}.endsOn`)}
            />
            <FieldError problems={problems} field={`periods.${i}.endsOn`} />
            <label htmlFor={`period-${i}-target`}>Mål (antal fördjupade uppföljningar)</label>
            <input
              id={`period-${i}-target`}
              type="number"
              min={0}
              value={r.target}
              onChange={(e) => change(i, { target: e.target.value })}
              {...problems.input(`periods.${i}.target`)}
            />
            <FieldError problems={problems} field={`periods.${i}.target`} />
            {rows.length > 1 && (
              <button type="button" onClick={() => setRows((all) => all.filter((_, j) => j !== i))}>
                Ta bort period {i + 1}
              </button>
            )}
          </fieldset>
        ))}
        {rows.length < MAX_PERIODS && (
          <button
            type="button"
            onClick={() =>
              setRows((all) => [
                ...all,
                { startsOn: all[all.length - 1]?.endsOn ?? `${year}-01-01`, endsOn: '', target: '0' },
              ])
            }
          >
            Lägg till period
          </button>
        )}
        <FieldError problems={problems} field="periods" />
      </fieldset>
      <ErrorMessage problems={problems} />
      <button type="submit" disabled={savePlan.isPending}>
        Spara plan
      </button>
    </form>
  );
}
