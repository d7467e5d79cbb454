import { FormEvent, useState } from 'react';
import { ENUM_LABELS } from '@kvalitetsnav/swedish';
import type { Gender } from '../__generated__/graphql';
import { ErrorMessage, FieldError, useFormProblems } from '../components/ui';
import { useGatewayMutation, useGatewayQuery } from '../queries';
import { ANSWER_DEFINITION, ANSWER_ROUND, SUBMIT_ANSWER } from './SurveyAnswerForm.operations';

/** The web form for one anonymous answer sheet: unit, gender and one answer per question, nothing that names anyone. */
export function SurveyAnswerForm({ roundId }: { roundId: string }) {
  const round = useGatewayQuery(ANSWER_ROUND, { id: roundId });
  const definitionId = round.data?.surveyRound?.definitionId;
  const definition = useGatewayQuery(ANSWER_DEFINITION, definitionId ? { id: definitionId } : null);
  const submit = useGatewayMutation(SUBMIT_ANSWER);
  const problems = useFormProblems(submit.error, ['unitId', 'gender']);
  const [sent, setSent] = useState(0);
  if (round.data?.surveyRound?.status !== 'OPEN' || !definition.data?.surveyDefinition) return null;
  const questions = definition.data.surveyDefinition.questions;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const form = new FormData(element);
    const answers = questions.map((q) => ({ questionId: q.id, option: (form.get(q.id) as string | null) || null }));
    submit.mutate(
      { input: { roundId, unitId: String(form.get('unit')), gender: form.get('gender') as Gender, answers } },
      {
        onSuccess: () => {
          setSent((n) => n + 1);
          element.reset();
        },
      },
    );
  }

  return (
    <form className="card form" onSubmit={onSubmit} aria-label="Registrera svar">
      <h2>Registrera ett svar</h2>
      <p className="muted">Svaren är anonyma: bara enhet och kön sparas.</p>
      <label htmlFor="answer-unit">Enhet</label>
      <select id="answer-unit" name="unit" required {...problems.input('unitId')}>
        {round.data.surveyRound.units
          .filter((u) => !u.optedOut)
          .map((u) => (
            <option key={u.unitId} value={u.unitId}>
              {u.name}
            </option>
          ))}
      </select>
      <FieldError problems={problems} field="unitId" />
      <label htmlFor="answer-gender">Kön</label>
      <select id="answer-gender" name="gender" defaultValue="NOT_STATED" {...problems.input('gender')}>
        {Object.entries(ENUM_LABELS.Gender).map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      <FieldError problems={problems} field="gender" />
      {questions.map((q) => (
        <fieldset key={q.id}>
          <legend>{q.text}</legend>
          {q.options.map((o) => (
            <label key={o.code} className="check">
              <input type="radio" name={q.id} value={o.code} /> {o.label}
            </label>
          ))}
        </fieldset>
      ))}
      <ErrorMessage problems={problems} />
      <button type="submit" disabled={submit.isPending}>
        Skicka svaret
      </button>
      {sent > 0 && <p role="status">{sent} svar registrerade.</p>}
    </form>
  );
}
