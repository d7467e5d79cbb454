import { FormEvent, useState } from 'react';
import { GatewayError } from '../gateway';
import { Field, Saved, useFocusOnError, useSaved } from '../components/form';
import { ErrorMessage, FieldError, useFormProblems } from '../components/ui';
import { useGatewayMutation } from '../queries';
import { countOf, decimalOf, periodLabel } from './portal';
import { SUBMIT_STAFFING } from './PortalReportsPage.operations';

export interface StaffingPeriod {
  year: number;
  half: 1 | 2;
}

type Title = { title: string; headcount: string };

const COUNTS = [
  ['managers', 'Chefer'],
  ['permanent', 'Tillsvidareanställda'],
  ['temporary', 'Visstidsanställda'],
  ['hourly', 'Timanställda'],
] as const;

/** The staffing baseline of a unit for a half-year: managers, staff by employment form, job titles, sick leave, turnover. */
export function PortalStaffingForm({
  units,
  periods,
  unitId: initialUnit = '',
  period: initialPeriod = 0,
}: {
  units: { id: string; name: string }[];
  periods: StaffingPeriod[];
  unitId?: string;
  /** Which of `periods` is chosen first. */
  period?: number;
}) {
  const submit = useGatewayMutation(SUBMIT_STAFFING);
  const saved = useSaved();
  const [unitId, setUnitId] = useState(initialUnit);
  const [period, setPeriod] = useState(initialPeriod);
  const [titles, setTitles] = useState<Title[]>([{ title: '', headcount: '' }]);
  // A number the browser cannot read is refused here, in the words the API would use.
  const [local, setLocal] = useState<GatewayError | null>(null);
  const error = local ?? submit.error;
  const problems = useFormProblems(error, [
    'unitId',
    'half',
    'year',
    ...COUNTS.map(([field]) => field),
    'jobTitles',
    ...titles.flatMap((_, i) => [`jobTitles.${i}.title`, `jobTitles.${i}.headcount`]),
    'sickLeavePercent',
    'staffTurnoverPercent',
  ]);
  const focus = useFocusOnError(error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    saved.clear();
    submit.reset();
    const form = new FormData(event.currentTarget);
    const percent = (field: string) => decimalOf(String(form.get(field) ?? ''));
    const notNumber = ['sickLeavePercent', 'staffTurnoverPercent'].find((f) => Number.isNaN(percent(f)));
    if (notNumber) {
      setLocal(new GatewayError({ code: 'VALIDATION_FAILED', rule: 'NOT_A_NUMBER', field: notNumber, params: {} }));
      return;
    }
    setLocal(null);
    const { year, half } = periods[period];
    const unitName = units.find((u) => u.id === unitId)?.name ?? '';
    submit.mutate(
      {
        input: {
          unitId,
          year,
          half,
          managers: countOf(String(form.get('managers'))),
          permanent: countOf(String(form.get('permanent'))),
          temporary: countOf(String(form.get('temporary'))),
          hourly: countOf(String(form.get('hourly'))),
          jobTitles: titles
            .filter((t) => t.title.trim() || t.headcount.trim())
            .map((t) => ({ title: t.title.trim(), headcount: countOf(t.headcount) })),
          sickLeavePercent: percent('sickLeavePercent'),
          staffTurnoverPercent: percent('staffTurnoverPercent'),
        },
      },
      {
        onSuccess: ({ submitStaffingReport: r }) =>
          saved.show(
            r.version > 1
              ? `Bemanningen för ${unitName} ${periodLabel(r.year, r.half)} är inlämnad som version ${r.version}. Den tidigare versionen finns kvar.`
              : `Bemanningen för ${unitName} ${periodLabel(r.year, r.half)} är inlämnad (version 1).`,
          ),
      },
    );
  }

  const setTitle = (i: number, change: Partial<Title>) =>
    setTitles((all) => all.map((t, j) => (j === i ? { ...t, ...change } : t)));

  return (
    <form className="card form" onSubmit={onSubmit} aria-label="Bemanningsuppföljning">
      <h2>Bemanningsuppföljning</h2>
      <p className="muted">
        Lämnas två gånger om året per enhet: antal chefer och anställda, yrkestitlar, sjukfrånvaro och
        personalomsättning.
      </p>
      <div ref={focus} className="form">
        <Field label="Enhet" field="unitId" problems={problems}>
          {(props) => (
            <select {...props} value={unitId} onChange={(e) => setUnitId(e.target.value)}>
              <option value="">Välj enhet</option>
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Halvår" field="half" problems={problems}>
          {(props) => (
            <select {...props} value={period} onChange={(e) => setPeriod(Number(e.target.value))}>
              {periods.map((p, i) => (
                <option key={`${p.year}-${p.half}`} value={i}>
                  {periodLabel(p.year, p.half)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {COUNTS.map(([field, label]) => (
          <Field key={field} label={label} field={field} problems={problems}>
            {(props) => <input {...props} name={field} type="number" inputMode="numeric" defaultValue="" />}
          </Field>
        ))}
        <fieldset {...problems.input('jobTitles')}>
          <legend>Yrkestitlar och antal (högst lika många som de anställda)</legend>
          {titles.map((t, i) => (
            <div key={i} className="form">
              <Field label={`Yrkestitel ${i + 1}`} field={`jobTitles.${i}.title`} problems={problems}>
                {(props) => (
                  <input {...props} value={t.title} onChange={(e) => setTitle(i, { title: e.target.value })} />
                )}
              </Field>
              <Field label={`Antal med yrkestitel ${i + 1}`} field={`jobTitles.${i}.headcount`} problems={problems}>
                {(props) => (
                  <input
                    {...props}
                    type="number"
                    inputMode="numeric"
                    value={t.headcount}
                    onChange={(e) => setTitle(i, { headcount: e.target.value })}
                  />
                )}
              </Field>
            </div>
          ))}
          <button
            type="button"
            className="link"
            onClick={() => setTitles((all) => [...all, { title: '', headcount: '' }])}
          >
            Lägg till yrkestitel
          </button>
          <FieldError problems={problems} field="jobTitles" />
        </fieldset>
        <Field label="Sjukfrånvaro (procent)" field="sickLeavePercent" problems={problems} hint="Till exempel 6,5">
          {(props) => <input {...props} name="sickLeavePercent" inputMode="decimal" />}
        </Field>
        <Field
          label="Personalomsättning (procent)"
          field="staffTurnoverPercent"
          problems={problems}
          hint="Till exempel 12"
        >
          {(props) => <input {...props} name="staffTurnoverPercent" inputMode="decimal" />}
        </Field>
        <ErrorMessage problems={problems} />
        <button type="submit" disabled={submit.isPending}>
          Lämna bemanningsuppföljningen
        </button>
        <Saved message={saved.message} />
      </div>
    </form>
  );
}
