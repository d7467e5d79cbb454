import { FormEvent, useState } from 'react';
import { useGatewayMutation } from '../queries';
import { CaseFlowUnit, lastMonth, whole } from './CaseFlowForm';
import { Field, Saved, useFocusOnError, useSaved } from './form';
import { SUBMIT_PLACEMENTS } from './PlacementForm.operations';
import { ServiceAreaSelect, useServiceAreas } from './ServiceAreas';
import { ErrorMessage, useFormProblems } from './ui';

/**
 * A month's placements for one placement form: the administration's forecasting data page and the
 * provider portal use the same form, so a refusal lands at the same field in both.
 */

/** The placement forms the administration follows (seed 001); their names are the service areas'. */
export const PLACEMENT_FORMS: readonly string[] = ['HVB', 'FAMILY_HOME', 'SUPPORTED_HOUSING'];
const FIELDS = ['unitId', 'month', 'form', 'placed', 'careDays', 'costSek', 'ended', 'endedDurationDays'];
export const decimal = (value: string) => Number(value.replace(/[\s\u00a0]/g, '').replace(',', '.'));

export function PlacementForm({
  units,
  unitRequired = false,
}: {
  units: readonly CaseFlowUnit[];
  /** A provider reports at one of its own units; officials may report the administration's own figures. */
  unitRequired?: boolean;
}) {
  const submit = useGatewayMutation(SUBMIT_PLACEMENTS);
  const saved = useSaved();
  const [unitId, setUnitId] = useState('');
  const { areaName } = useServiceAreas();
  const problems = useFormProblems(submit.error, FIELDS);
  const focus = useFocusOnError(submit.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    saved.clear();
    const form = new FormData(event.currentTarget);
    const unitName = units.find((u) => u.id === unitId)?.name;
    submit.mutate(
      {
        input: {
          // An empty choice goes as none: the API names the field when a provider must choose.
          unitId: unitId || null,
          month: String(form.get('month')),
          form: String(form.get('form')),
          placed: whole(form.get('placed')),
          careDays: whole(form.get('careDays')),
          costSek: decimal(String(form.get('costSek') ?? '0')) || 0,
          ended: whole(form.get('ended')),
          endedDurationDays: whole(form.get('endedDurationDays')),
        },
      },
      {
        onSuccess: ({ submitPlacementReport: r }) => {
          const what = `${unitName ? `${unitName}, ` : ''}${areaName(r.form)} ${r.month}`;
          saved.show(
            r.version > 1
              ? `Placeringarna för ${what} är sparade som version ${r.version} och ersätter de tidigare siffrorna.`
              : `Placeringarna för ${what} är sparade (version 1).`,
          );
        },
      },
    );
  }

  return (
    <form className="card form" onSubmit={onSubmit} aria-label="Rapportera placeringar">
      <h2>Placeringar för en månad</h2>
      <div ref={focus} className="form">
        {(unitRequired || units.length > 0) && (
          <Field
            label="Enhet"
            field="unitId"
            problems={problems}
            hint={unitRequired ? undefined : 'Ingen enhet: förvaltningens egna siffror för placeringsformen.'}
          >
            {(props) => (
              <select {...props} value={unitId} onChange={(e) => setUnitId(e.target.value)}>
                <option value="">{unitRequired ? 'Välj enhet' : 'Ingen enhet (förvaltningens egna)'}</option>
                {units.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.provider ? `${u.name} (${u.provider.name})` : u.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field label="Månad" field="month" problems={problems} hint="ÅÅÅÅ-MM, en månad som är slut">
          {(props) => <input {...props} name="month" type="month" defaultValue={lastMonth()} />}
        </Field>
        <Field label="Placeringsform" field="form" problems={problems}>
          {(props) => <ServiceAreaSelect {...props} name="form" defaultValue="HVB" only={PLACEMENT_FORMS} />}
        </Field>
        <Field label="Antal placerade" field="placed" problems={problems}>
          {(props) => <input {...props} name="placed" type="number" min={0} inputMode="numeric" defaultValue={0} />}
        </Field>
        <Field label="Vårddygn" field="careDays" problems={problems}>
          {(props) => <input {...props} name="careDays" type="number" min={0} inputMode="numeric" defaultValue={0} />}
        </Field>
        <Field label="Kostnad i kronor" field="costSek" problems={problems}>
          {(props) => <input {...props} name="costSek" type="number" min={0} step="any" defaultValue={0} />}
        </Field>
        <Field label="Avslutade placeringar" field="ended" problems={problems}>
          {(props) => <input {...props} name="ended" type="number" min={0} inputMode="numeric" defaultValue={0} />}
        </Field>
        <Field label="Vårdtid för avslutade placeringar (dagar)" field="endedDurationDays" problems={problems}>
          {(props) => (
            <input {...props} name="endedDurationDays" type="number" min={0} inputMode="numeric" defaultValue={0} />
          )}
        </Field>
        <ErrorMessage problems={problems} />
        <button type="submit" disabled={submit.isPending}>
          Spara placeringarna
        </button>
        <Saved message={saved.message} />
      </div>
    </form>
  );
}
