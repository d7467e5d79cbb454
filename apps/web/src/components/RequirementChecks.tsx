import { FormEvent } from 'react';
import { enumLabel, swedishNumber } from '@kvalitetsnav/swedish';
import type { FollowUpPageQuery } from '../__generated__/graphql';
import { RECORD_REQUIREMENT_FINDING } from '../pages/FollowUpPage.operations';
import { useGatewayMutation } from '../queries';
import { numberOf } from './ContractRequirements';
import { Field, Saved, useFocusOnError, useSaved } from './form';
import { textOf } from './RegisterFields';
import { targetText } from './requirement-text';
import { ScrollBox } from './ScrollBox';
import { ErrorMessage, useFormProblems } from './ui';

type FollowUp = NonNullable<FollowUpPageQuery['followUp']>;
type Check = FollowUp['requirementChecks'][number];

/** Statuses whose follow-up takes findings (the API's rule): not once it is closed or cancelled. */
const TAKES_FINDINGS: readonly string[] = ['PLANNED', 'IN_PROGRESS', 'REPORTED'];

const valueText = (value: number | null, unit: string | null | undefined) =>
  value === null ? '–' : `${swedishNumber(value, Number.isInteger(value) ? 0 : 1)}${unit ? `\u00a0${unit}` : ''}`;

function FindingForm({
  followUpId,
  check,
  onSaved,
}: {
  followUpId: string;
  check: Check;
  onSaved: (m: string) => void;
}) {
  const record = useGatewayMutation(RECORD_REQUIREMENT_FINDING);
  const problems = useFormProblems(record.error, ['measured', 'note']);
  const errorRef = useFocusOnError(record.error);
  const { requirement } = check;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const measured = textOf(form, 'measured') === null ? null : numberOf(form, 'measured');
    record
      .mutateAsync({
        input: { followUpId, requirementId: requirement.id, measured, note: textOf(form, 'note') },
      })
      .then(({ recordRequirementFinding: r }) =>
        onSaved(`Iakttagelsen för ${r.requirement.label} är sparad: ${enumLabel('RequirementOutcome', r.outcome)}.`),
      )
      .catch(() => undefined);
  }

  return (
    <div ref={errorRef}>
      <form className="form" aria-label={`Iakttagelse: ${requirement.label}`} onSubmit={onSubmit} noValidate>
        <Field label={`Iakttaget värde för ${requirement.label}`} field="measured" problems={problems}>
          {(props) => <input {...props} name="measured" inputMode="decimal" defaultValue={check.measured ?? ''} />}
        </Field>
        <Field label="Anteckning" field="note" problems={problems}>
          {(props) => <input {...props} name="note" defaultValue={check.note ?? ''} />}
        </Field>
        <ErrorMessage problems={problems} />
        <button type="submit" disabled={record.isPending}>
          Spara iakttagelsen
        </button>
      </form>
    </div>
  );
}

/**
 * What the requirement says now, when it has changed since the finding was judged: the row shows
 * the requirement as judged, and this tells the reader that it no longer reads so.
 */
function changedNote(c: Check): string | null {
  if (!c.judged || !c.changedSinceJudged) return null;
  const renamed = c.judged.label !== c.requirement.label ? `${c.requirement.label}, ` : '';
  return `Kravet har ändrats sedan bedömningen: nu ${renamed}${targetText(c.requirement)}`;
}

/** Each requirement of the follow-up's contract against what the follow-up found (krav mot iakttagelse). */
export function RequirementChecks({ followUp, writer }: { followUp: FollowUp; writer: boolean }) {
  const saved = useSaved();
  const checks = followUp.requirementChecks;
  const editable = writer && TAKES_FINDINGS.includes(followUp.status);
  if (!checks.length) return null;
  return (
    <section aria-labelledby="requirement-checks">
      <h2 id="requirement-checks">Krav mot iakttagelse</h2>
      <Saved message={saved.message} />
      <ScrollBox label="Krav mot iakttagelse">
        <table>
          <caption>Avtalets krav mot iakttagelserna</caption>
          <thead>
            <tr>
              <th scope="col">Krav</th>
              <th scope="col">Värde</th>
              <th scope="col">Iakttaget</th>
              <th scope="col">Uppfyllt</th>
              {editable && <th scope="col">Registrera</th>}
            </tr>
          </thead>
          <tbody>
            {checks.map((c) => {
              // The finding is shown against the requirement as judged; without one, as it is now.
              const judged = c.judged ?? c.requirement;
              const changed = changedNote(c);
              return (
                <tr key={c.requirement.id}>
                  <th scope="row">{judged.label}</th>
                  <td>
                    {targetText(judged)}
                    {changed && <p className="muted">{changed}</p>}
                  </td>
                  <td>
                    {valueText(c.measured, judged.measureUnit)}
                    {c.note ? ` – ${c.note}` : ''}
                    {c.guideAnswers.length > 0 && (
                      <ul className="plain">
                        {c.guideAnswers.map((a, i) => (
                          <li key={i}>
                            {a.followUpTitle}, {a.unitName}: {valueText(a.value, c.requirement.measureUnit)} (
                            {enumLabel('RequirementOutcome', a.outcome)})
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td>
                    <strong>{enumLabel('RequirementOutcome', c.outcome)}</strong>
                  </td>
                  {editable && (
                    <td>
                      <FindingForm followUpId={followUp.id} check={c} onSaved={saved.show} />
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );
}
