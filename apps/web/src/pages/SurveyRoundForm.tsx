import { FormEvent, useState } from 'react';
import { Field, Saved, useFocusOnError, useSaved } from '../components/form';
import { ErrorMessage, FieldError, Loading, useFormProblems } from '../components/ui';
import { useGatewayMutation, useGatewayQuery } from '../queries';
import { CREATE_ROUND, DEFINITIONS, UNITS } from './SurveyRoundForm.operations';
import { ScrollBox } from '../components/ScrollBox';

interface UnitChoice {
  taking: boolean;
  offered: string;
  placed: string;
  optedOut: boolean;
  optOutReason: string;
}

/** A count as typed; anything but digits goes as -1, so the API names the field and says what it takes. */
const wholeNumber = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : -1);

const NOT_CHOSEN: UnitChoice = { taking: false, offered: '', placed: '', optedOut: false, optOutReason: '' };

/**
 * A new round: which definition, the period, and per unit how many are placed there, how many of
 * them were offered the survey, or why it opts out.
 */
export function SurveyRoundForm({ onCreated }: { onCreated: (roundId: string) => void }) {
  const definitions = useGatewayQuery(DEFINITIONS, {});
  const units = useGatewayQuery(UNITS, {});
  const create = useGatewayMutation(CREATE_ROUND);
  const [definitionId, setDefinitionId] = useState('');
  const [name, setName] = useState('');
  const [period, setPeriod] = useState('');
  const [minCell, setMinCell] = useState('');
  const [choices, setChoices] = useState<Record<string, UnitChoice>>({});
  const saved = useSaved();
  const focus = useFocusOnError(create.error);

  const all = units.data?.units ?? [];
  // The API's paths count the units sent (units.0.offered), which are the chosen ones in table order.
  const chosen = all.filter((u) => choices[u.id]?.taking);
  const pathOf = (unitId: string, field: string) => `units.${chosen.findIndex((u) => u.id === unitId)}.${field}`;
  const problems = useFormProblems(create.error, [
    'definitionId',
    'name',
    'period',
    'minCell',
    'units',
    ...chosen.flatMap((_, i) => ['offered', 'placed', 'optedOut', 'optOutReason'].map((f) => `units.${i}.${f}`)),
  ]);
  const choice = (unitId: string) => choices[unitId] ?? NOT_CHOSEN;
  const change = (unitId: string, next: Partial<UnitChoice>) =>
    setChoices((c) => ({ ...c, [unitId]: { ...choice(unitId), ...next } }));
  const chosenDefinition = definitionId || definitions.data?.surveyDefinitions[0]?.id || '';

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    saved.clear();
    create.mutate(
      {
        input: {
          definitionId: chosenDefinition,
          name,
          period: period.trim(),
          minCell: minCell.trim() ? wholeNumber(minCell) : null,
          units: chosen.map((u) => {
            const c = choice(u.id);
            return {
              unitId: u.id,
              offered: wholeNumber(c.offered),
              // Blank: not given, and the round has no coverage for the unit.
              placed: c.placed.trim() ? wholeNumber(c.placed) : null,
              optedOut: c.optedOut,
              // A blank reason is none: the API's rule then says a unit that opts out needs one.
              optOutReason: c.optedOut && c.optOutReason.trim() ? c.optOutReason : null,
            };
          }),
        },
      },
      {
        onSuccess: ({ createSurveyRound: r }) => {
          saved.show(`Omgången ${r.name} (${r.period}) är skapad. Svarslänkarna visas under Omgången.`);
          setName('');
          setPeriod('');
          setMinCell('');
          setChoices({});
          onCreated(r.id);
        },
      },
    );
  }

  return (
    <div ref={focus}>
      <form className="card form" onSubmit={onSubmit} aria-label="Ny omgång" noValidate>
        <h2>Ny omgång</h2>
        <ErrorMessage error={definitions.error ?? units.error} />
        {(definitions.isLoading || units.isLoading) && <Loading what="enkäter och enheter" />}
        <Field label="Enkät" field="definitionId" problems={problems}>
          {(props) => (
            <select {...props} value={chosenDefinition} onChange={(e) => setDefinitionId(e.target.value)}>
              {definitions.data?.surveyDefinitions.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name} (version {d.version})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Omgångens namn" field="name" problems={problems}>
          {(props) => <input {...props} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label="Period" field="period" problems={problems} hint="T.ex. 2022 eller 2022-H2">
          {(props) => <input {...props} value={period} onChange={(e) => setPeriod(e.target.value)} />}
        </Field>
        <Field
          label="Minsta antal svar att redovisa"
          field="minCell"
          problems={problems}
          hint="Färre svar än så visas inte, för att skydda de svarande. Tomt: 5."
        >
          {(props) => (
            <input {...props} inputMode="numeric" value={minCell} onChange={(e) => setMinCell(e.target.value)} />
          )}
        </Field>
        <FieldError problems={problems} field="units" />
        <ScrollBox label="Enheter i omgången">
          <table>
            <caption>Enheter i omgången</caption>
            <thead>
              <tr>
                <th scope="col">Enhet</th>
                <th scope="col">Med</th>
                <th scope="col">Antal placerade</th>
                <th scope="col">Antal erbjudna</th>
                <th scope="col">Avstår</th>
                <th scope="col">Skäl att avstå</th>
              </tr>
            </thead>
            <tbody>
              {all.map((u) => {
                const c = choice(u.id);
                const offered = pathOf(u.id, 'offered');
                const placed = pathOf(u.id, 'placed');
                const reason = pathOf(u.id, 'optOutReason');
                return (
                  <tr key={u.id}>
                    <th scope="row">
                      {u.name}
                      <div className="muted">{u.provider.name}</div>
                    </th>
                    <td>
                      <label className="sr-only" htmlFor={`take-${u.id}`}>
                        Med i omgången – {u.name}
                      </label>
                      <input
                        id={`take-${u.id}`}
                        type="checkbox"
                        checked={c.taking}
                        onChange={(e) => change(u.id, { taking: e.target.checked })}
                      />
                    </td>
                    <td>
                      <label className="sr-only" htmlFor={`placed-${u.id}`}>
                        Antal placerade – {u.name}
                      </label>
                      <input
                        id={`placed-${u.id}`}
                        inputMode="numeric"
                        size={6}
                        disabled={!c.taking}
                        value={c.placed}
                        onChange={(e) => change(u.id, { placed: e.target.value })}
                        {...(c.taking ? problems.input(placed) : {})}
                      />
                      {c.taking && <FieldError problems={problems} field={placed} />}
                    </td>
                    <td>
                      <label className="sr-only" htmlFor={`offered-${u.id}`}>
                        Antal erbjudna – {u.name}
                      </label>
                      <input
                        id={`offered-${u.id}`}
                        inputMode="numeric"
                        size={6}
                        disabled={!c.taking}
                        value={c.offered}
                        onChange={(e) => change(u.id, { offered: e.target.value })}
                        {...(c.taking ? problems.input(offered) : {})}
                      />
                      {c.taking && <FieldError problems={problems} field={offered} />}
                    </td>
                    <td>
                      <label className="sr-only" htmlFor={`out-${u.id}`}>
                        Avstår – {u.name}
                      </label>
                      <input
                        id={`out-${u.id}`}
                        type="checkbox"
                        disabled={!c.taking}
                        checked={c.optedOut}
                        onChange={(e) => change(u.id, { optedOut: e.target.checked })}
                      />
                    </td>
                    <td>
                      <label className="sr-only" htmlFor={`reason-${u.id}`}>
                        Skäl att avstå – {u.name}
                      </label>
                      <input
                        id={`reason-${u.id}`}
                        disabled={!c.taking || !c.optedOut}
                        value={c.optOutReason}
                        onChange={(e) => change(u.id, { optOutReason: e.target.value })}
                        {...(c.taking ? problems.input(reason) : {})}
                      />
                      {c.taking && <FieldError problems={problems} field={reason} />}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollBox>
        <div className="buttons">
          <button type="submit" disabled={create.isPending}>
            Skapa omgången
          </button>
        </div>
        <ErrorMessage problems={problems} />
      </form>
      <Saved message={saved.message} />
    </div>
  );
}
