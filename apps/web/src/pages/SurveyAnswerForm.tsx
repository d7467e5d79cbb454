import { FormEvent, useState } from 'react';
import { ErrorMessage } from '../components/ui';
import { GENDER_LABELS } from '../labels';
import { useMutation, useQuery } from '../session';

const ROUND = `query($id: ID!) { surveyRound(id: $id) { id definitionId status units { unitId name optedOut } } }`;
const DEFINITION = `query($id: ID!) { surveyDefinition(id: $id) { questions { id text options { code label } } } }`;
const SUBMIT = `mutation($input: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $input) { id } }`;

/** The web form for one anonymous answer sheet: unit, gender and one answer per question, nothing that names anyone. */
export function SurveyAnswerForm({ roundId }: { roundId: string }) {
  const round = useQuery<{
    surveyRound: {
      definitionId: string;
      status: string;
      units: { unitId: string; name: string; optedOut: boolean }[];
    } | null;
  }>(ROUND, { id: roundId });
  const definitionId = round.data?.surveyRound?.definitionId;
  const definition = useQuery<{
    surveyDefinition: { questions: { id: string; text: string; options: { code: string; label: string }[] }[] } | null;
  }>(DEFINITION, { id: definitionId }, !definitionId);
  const submit = useMutation<{ submitSurveyResponse: { id: string } }>(SUBMIT);
  const [sent, setSent] = useState(0);
  if (round.data?.surveyRound?.status !== 'OPEN' || !definition.data?.surveyDefinition) return null;
  const questions = definition.data.surveyDefinition.questions;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const answers = questions.map((q) => ({ questionId: q.id, option: (form.get(q.id) as string | null) || null }));
    const done = await submit.run({
      input: { roundId, unitId: form.get('unit'), gender: form.get('gender'), answers },
    });
    if (done) {
      setSent((n) => n + 1);
      event.currentTarget?.reset();
    }
  }

  return (
    <form className="card form" onSubmit={onSubmit} aria-label="Registrera svar">
      <h2>Registrera ett svar</h2>
      <p className="muted">Svaren är anonyma: bara enhet och kön sparas.</p>
      <label htmlFor="answer-unit">Enhet</label>
      <select id="answer-unit" name="unit" required>
        {round.data.surveyRound.units
          .filter((u) => !u.optedOut)
          .map((u) => (
            <option key={u.unitId} value={u.unitId}>
              {u.name}
            </option>
          ))}
      </select>
      <label htmlFor="answer-gender">Kön</label>
      <select id="answer-gender" name="gender" defaultValue="NOT_STATED">
        {['WOMAN', 'MAN', 'NOT_STATED'].map((g) => (
          <option key={g} value={g}>
            {GENDER_LABELS[g]}
          </option>
        ))}
      </select>
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
      <ErrorMessage error={submit.error} />
      <button type="submit" disabled={submit.busy}>
        Skicka svaret
      </button>
      {sent > 0 && <p role="status">{sent} svar registrerade.</p>}
    </form>
  );
}
