import { ChangeEvent, FormEvent, useState } from 'react';
import { ENUM_LABELS } from '@kvalitetsnav/swedish';
import type { CaseFlowSource } from '../__generated__/graphql';
import { SUBMIT_CASE_FLOW } from '../pages/ForecastDataPage.operations';
import { useGatewayMutation } from '../queries';
import { Field, Saved, useFocusOnError, useSaved } from './form';
import { ServiceAreaOptions } from './ServiceAreas';
import { ErrorMessage, FieldError, useFormProblems } from './ui';

/**
 * A month's case flows for one unit: the administration's forecasting data page and the provider
 * portal's monthly report use the same form, so a refusal lands at the same field in both.
 */

const SOURCES = Object.entries(ENUM_LABELS.CaseFlowSource) as [CaseFlowSource, string][];

/** The last ended month, the one usually reported. */
export const lastMonth = () => {
  const now = new Date();
  const d = new Date(now.getFullYear(), now.getMonth() - 1, 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
};
export const whole = (value: FormDataEntryValue | null) => (value === null || value === '' ? 0 : Number(value));

export type Reason = { code: string; label: string };

/** A unit to report for; the provider's name is shown where several providers' units are offered. */
export interface CaseFlowUnit {
  id: string;
  name: string;
  serviceArea: string;
  provider?: { name: string } | null;
}

export function CaseFlowForm({
  units,
  reasons,
  ownCasesOnly = false,
  month: initialMonth,
}: {
  units: readonly CaseFlowUnit[];
  reasons: readonly Reason[];
  /** A provider reports only its own service cases (the API refuses the administration's source). */
  ownCasesOnly?: boolean;
  /** The month the form starts at (a missing month chosen from a list); the last ended one otherwise. */
  month?: string;
}) {
  const submit = useGatewayMutation(SUBMIT_CASE_FLOW);
  const saved = useSaved();
  const [unitId, setUnitId] = useState('');
  const [service, setService] = useState('');
  // The reasons sent, in order: a refusal about closedByReason.N is about the Nth of them.
  const [sent, setSent] = useState<string[]>([]);
  const problems = useFormProblems(submit.error, [
    'unitId',
    'service',
    'month',
    'source',
    'incoming',
    'outgoing',
    'closedByReason',
    ...sent.flatMap((_, i) => [`closedByReason.${i}.count`, `closedByReason.${i}.reason`]),
  ]);
  const focus = useFocusOnError(submit.error);
  const reasonProblem = (code: string) => {
    const i = sent.indexOf(code);
    return i < 0
      ? undefined
      : (problems.byField[`closedByReason.${i}.count`] ?? problems.byField[`closedByReason.${i}.reason`]);
  };

  function onUnit(event: ChangeEvent<HTMLSelectElement>) {
    setUnitId(event.target.value);
    const unit = units.find((u) => u.id === event.target.value);
    if (unit) setService(unit.serviceArea);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    saved.clear();
    const form = new FormData(event.currentTarget);
    const closedByReason = reasons
      .map((r) => ({ reason: r.code, count: whole(form.get(`reason-${r.code}`)) }))
      .filter((r) => r.count !== 0);
    setSent(closedByReason.map((r) => r.reason));
    const unitName = units.find((u) => u.id === unitId)?.name ?? '';
    submit.mutate(
      {
        input: {
          unitId,
          service: service || '',
          month: String(form.get('month')),
          source: ownCasesOnly ? 'PROVIDER' : (form.get('source') as CaseFlowSource),
          incoming: whole(form.get('incoming')),
          outgoing: whole(form.get('outgoing')),
          closedByReason,
        },
      },
      {
        onSuccess: ({ submitCaseFlowReport: r }) =>
          saved.show(
            r.version > 1
              ? `Ärendeflödet för ${unitName} ${r.month} är sparat som version ${r.version}. Det ersätter den tidigare rapporten för månaden, som finns kvar i historiken.`
              : `Ärendeflödet för ${unitName} ${r.month} är sparat (version 1).`,
          ),
      },
    );
  }

  return (
    <form className="card form" onSubmit={onSubmit} aria-label="Rapportera ärendeflöde">
      <h2>Ärendeflöde för en månad</h2>
      <div ref={focus} className="form">
        <Field label="Enhet" field="unitId" problems={problems}>
          {(props) => (
            <select {...props} value={unitId} onChange={onUnit}>
              <option value="">Välj enhet</option>
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.provider ? `${u.name} (${u.provider.name})` : u.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Insats" field="service" problems={problems}>
          {(props) => (
            <select {...props} value={service} onChange={(e) => setService(e.target.value)}>
              <option value="">Välj insats</option>
              <ServiceAreaOptions />
            </select>
          )}
        </Field>
        <Field label="Månad" field="month" problems={problems} hint="ÅÅÅÅ-MM, en månad som är slut">
          {(props) => <input {...props} name="month" type="month" defaultValue={initialMonth ?? lastMonth()} />}
        </Field>
        {!ownCasesOnly && (
          <Field
            label="Källa"
            field="source"
            problems={problems}
            hint="Prognoserna görs på utförarens ärenden; de biståndsbedömda följs för sig."
          >
            {(props) => (
              <select {...props} name="source" defaultValue="PROVIDER">
                {SOURCES.map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field label="Nya ärenden" field="incoming" problems={problems}>
          {(props) => <input {...props} name="incoming" type="number" min={0} inputMode="numeric" defaultValue={0} />}
        </Field>
        <Field label="Avslutade ärenden" field="outgoing" problems={problems}>
          {(props) => <input {...props} name="outgoing" type="number" min={0} inputMode="numeric" defaultValue={0} />}
        </Field>
        <fieldset {...problems.input('closedByReason')}>
          <legend>Avslutade ärenden per orsak (ska bli lika många som de avslutade)</legend>
          {reasons.map((r) => {
            const message = reasonProblem(r.code);
            return (
              <div key={r.code} className="form">
                <label htmlFor={`reason-${r.code}`}>{r.label}</label>
                <input
                  id={`reason-${r.code}`}
                  name={`reason-${r.code}`}
                  type="number"
                  min={0}
                  inputMode="numeric"
                  defaultValue={0}
                  aria-invalid={message ? true : undefined}
                />
                {message && <p className="field-error">{message}</p>}
              </div>
            );
          })}
          <FieldError problems={problems} field="closedByReason" />
        </fieldset>
        <ErrorMessage problems={problems} />
        <button type="submit" disabled={submit.isPending}>
          Spara ärendeflödet
        </button>
        <Saved message={saved.message} />
      </div>
    </form>
  );
}
