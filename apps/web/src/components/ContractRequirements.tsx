import { FormEvent, useState } from 'react';
import { enumLabel } from '@kvalitetsnav/swedish';
import type { ProviderPageQuery, RequirementComparison, RequirementKind } from '../__generated__/graphql';
import { useGatewayMutation } from '../queries';
import {
  ADD_CONTRACT_REQUIREMENT,
  REMOVE_CONTRACT_REQUIREMENT,
  UPDATE_CONTRACT_REQUIREMENT,
} from './ContractRequirements.operations';
import { Field, Saved, useFocusOnError, useSaved } from './form';
import { textOf } from './RegisterFields';
import { targetText } from './requirement-text';
import { ScrollBox } from './ScrollBox';
import { ErrorMessage, useFormProblems } from './ui';

type Contract = ProviderPageQuery['contracts'][number];
type Requirement = Contract['requirements'][number];

/** In the API's order; a new value shows by its label once the catalogue has it. */
const KINDS: readonly RequirementKind[] = ['STAFFING_LEVEL', 'QUALIFIED_SHARE', 'HOURS', 'OTHER'];
const COMPARISONS: readonly RequirementComparison[] = ['AT_LEAST', 'AT_MOST', 'EXACTLY'];
const FIELDS = ['key', 'label', 'kind', 'comparison', 'target', 'measureUnit'];

/** A number as typed the Swedish way (72,5); what is not a number goes to the API, which refuses it. */
export const numberOf = (form: FormData, name: string): number => {
  const text = textOf(form, name);
  return text === null ? Number.NaN : Number(text.replace(',', '.').replace(/\s/g, ''));
};

function fieldsOf(form: FormData) {
  return {
    key: textOf(form, 'key') ?? '',
    label: textOf(form, 'label') ?? '',
    kind: String(form.get('kind')) as RequirementKind,
    comparison: String(form.get('comparison')) as RequirementComparison,
    target: numberOf(form, 'target'),
    measureUnit: textOf(form, 'measureUnit'),
  };
}

function RequirementForm({
  contract,
  editing,
  onDone,
}: {
  contract: Contract;
  editing?: Requirement;
  onDone: (message: string) => void;
}) {
  const add = useGatewayMutation(ADD_CONTRACT_REQUIREMENT);
  const update = useGatewayMutation(UPDATE_CONTRACT_REQUIREMENT);
  const error = editing ? update.error : add.error;
  const problems = useFormProblems(error, FIELDS);
  const errorRef = useFocusOnError(error);
  const [formKey, setFormKey] = useState(0);
  const title = editing ? `Ändra krav: ${editing.label}` : `Lägg till krav i avtal ${contract.reference}`;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fields = fieldsOf(new FormData(event.currentTarget));
    const saving = editing
      ? update.mutateAsync({ input: { requirementId: editing.id, ...fields } }).then((r) => r.updateContractRequirement)
      : add.mutateAsync({ input: { contractId: contract.id, ...fields } }).then((r) => r.addContractRequirement);
    saving
      .then((r) => {
        setFormKey((k) => k + 1);
        onDone(editing ? `Kravet ${r.label} är ändrat.` : `Kravet ${r.label} är tillagt.`);
      })
      .catch(() => undefined);
  }

  return (
    <div ref={errorRef}>
      <form key={formKey} className="form" aria-label={title} onSubmit={onSubmit} noValidate>
        <h5>{title}</h5>
        <Field label="Nyckel" field="key" problems={problems} hint="Versaler och understreck, t.ex. UTBILDAD_PERSONAL.">
          {(props) => <input {...props} name="key" defaultValue={editing?.key} />}
        </Field>
        <Field label="Benämning" field="label" problems={problems}>
          {(props) => <input {...props} name="label" defaultValue={editing?.label} />}
        </Field>
        <Field label="Slag av krav" field="kind" problems={problems}>
          {(props) => (
            <select {...props} name="kind" defaultValue={editing?.kind ?? 'QUALIFIED_SHARE'}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {enumLabel('RequirementKind', k)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Jämförelse" field="comparison" problems={problems}>
          {(props) => (
            <select {...props} name="comparison" defaultValue={editing?.comparison ?? 'AT_LEAST'}>
              {COMPARISONS.map((c) => (
                <option key={c} value={c}>
                  {enumLabel('RequirementComparison', c)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Målvärde" field="target" problems={problems}>
          {(props) => <input {...props} name="target" inputMode="decimal" defaultValue={editing?.target} />}
        </Field>
        <Field
          label="Måttenhet"
          field="measureUnit"
          problems={problems}
          hint="Andel utbildad personal anges i procent, timmar i timmar om inget annat anges."
        >
          {(props) => <input {...props} name="measureUnit" defaultValue={editing?.measureUnit ?? ''} />}
        </Field>
        <ErrorMessage problems={problems} />
        <div className="buttons">
          <button type="submit" disabled={add.isPending || update.isPending}>
            {editing ? 'Spara kravet' : 'Lägg till krav'}
          </button>
        </div>
      </form>
    </div>
  );
}

/** The contract's requirements (avtalskrav), which specific follow-ups are measured against. */
export function ContractRequirements({ contract, writer }: { contract: Contract; writer: boolean }) {
  const saved = useSaved();
  const remove = useGatewayMutation(REMOVE_CONTRACT_REQUIREMENT);
  const [editingId, setEditingId] = useState<string | null>(null);
  const editing = contract.requirements.find((r) => r.id === editingId);
  const done = (message: string) => {
    setEditingId(null);
    saved.show(message);
  };

  return (
    <section aria-labelledby={`requirements-${contract.id}`}>
      <h4 id={`requirements-${contract.id}`}>Krav</h4>
      <Saved message={saved.message} />
      <ErrorMessage error={remove.error} />
      {contract.requirements.length ? (
        <ScrollBox label={`Krav i avtal ${contract.reference}`}>
          <table>
            <caption>Krav i avtal {contract.reference}</caption>
            <thead>
              <tr>
                <th scope="col">Krav</th>
                <th scope="col">Slag</th>
                <th scope="col">Värde</th>
                <th scope="col">Nyckel</th>
                {writer && <th scope="col">Ändra</th>}
              </tr>
            </thead>
            <tbody>
              {contract.requirements.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{r.label}</th>
                  <td>{enumLabel('RequirementKind', r.kind)}</td>
                  <td>{targetText(r)}</td>
                  <td>{r.key}</td>
                  {writer && (
                    <td>
                      <div className="buttons">
                        <button
                          type="button"
                          className="secondary"
                          aria-expanded={editingId === r.id}
                          onClick={() => setEditingId(editingId === r.id ? null : r.id)}
                        >
                          Ändra {r.label}
                        </button>
                        <button
                          type="button"
                          className="secondary"
                          disabled={remove.isPending}
                          onClick={() =>
                            remove
                              .mutateAsync({ requirementId: r.id })
                              .then(() => done(`Kravet ${r.label} är borttaget.`))
                              .catch(() => undefined)
                          }
                        >
                          Ta bort {r.label}
                        </button>
                      </div>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      ) : (
        <p>Avtalet har inga registrerade krav.</p>
      )}
      {writer && editing && <RequirementForm key={editing.id} contract={contract} editing={editing} onDone={done} />}
      {writer && <RequirementForm contract={contract} onDone={done} />}
    </section>
  );
}
