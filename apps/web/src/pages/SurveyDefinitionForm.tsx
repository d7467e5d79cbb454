import { FormEvent, useState } from 'react';
import { enumLabel } from '@kvalitetsnav/swedish';
import type { SurveyKind } from '../__generated__/graphql';
import { Field, Saved, useFocusOnError, useSaved } from '../components/form';
import { ErrorMessage, FieldError, FormProblems, useFormProblems } from '../components/ui';
import { useGatewayMutation } from '../queries';
import { CREATE_DEFINITION } from './SurveyDefinitionForm.operations';

interface OptionDraft {
  code: string;
  label: string;
  positive: boolean;
  nonSubstantive: boolean;
}

interface QuestionDraft {
  /** Keeps React's rows apart when a question in the middle is removed. */
  key: number;
  id: string;
  text: string;
  koladaKpi: string;
  options: OptionDraft[];
}

const KINDS: readonly SurveyKind[] = ['USER_SURVEY', 'END_OF_INTERVENTION'];

/** The scale most surveys start from: yes, no, and "vet inte" outside the base. */
const startingOptions = (): OptionDraft[] => [
  { code: 'JA', label: 'Ja', positive: true, nonSubstantive: false },
  { code: 'NEJ', label: 'Nej', positive: false, nonSubstantive: false },
  { code: 'VET_INTE', label: 'Vet inte', positive: false, nonSubstantive: true },
];

let nextKey = 1;
const newQuestion = (n: number): QuestionDraft => ({
  key: nextKey++,
  id: `F${n}`,
  koladaKpi: '',
  text: '',
  options: startingOptions(),
});

/** Every input path the form fills, so each refusal is shown next to its own field. */
function fieldsOf(questions: QuestionDraft[]): string[] {
  return [
    'code',
    'name',
    'kind',
    'pictureSupported',
    'questions',
    ...questions.flatMap((q, i) => [
      `questions.${i}.id`,
      `questions.${i}.text`,
      `questions.${i}.koladaKpi`,
      `questions.${i}.options`,
      ...q.options.flatMap((_, j) =>
        ['code', 'label', 'positive', 'nonSubstantive'].map((f) => `questions.${i}.options.${j}.${f}`),
      ),
    ]),
  ];
}

/** A new survey definition (or the next version of one with the same code): questions and their answer options. */
export function SurveyDefinitionForm() {
  const create = useGatewayMutation(CREATE_DEFINITION);
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<SurveyKind>('USER_SURVEY');
  const [pictureSupported, setPictureSupported] = useState(false);
  const [questions, setQuestions] = useState<QuestionDraft[]>(() => [newQuestion(1)]);
  const problems = useFormProblems(create.error, fieldsOf(questions));
  const saved = useSaved();
  const focus = useFocusOnError(create.error);

  const setQuestion = (i: number, change: Partial<QuestionDraft>) =>
    setQuestions((qs) => qs.map((q, k) => (k === i ? { ...q, ...change } : q)));
  const setOption = (i: number, j: number, change: Partial<OptionDraft>) =>
    setQuestion(i, { options: questions[i].options.map((o, k) => (k === j ? { ...o, ...change } : o)) });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    saved.clear();
    create.mutate(
      {
        input: {
          code: code.trim(),
          name,
          kind,
          pictureSupported,
          questions: questions.map((q) => ({
            id: q.id.trim(),
            text: q.text,
            koladaKpi: q.koladaKpi.trim() || null,
            options: q.options,
          })),
        },
      },
      {
        onSuccess: ({ createSurveyDefinition: d }) => {
          saved.show(`Enkäten ${d.name} är sparad som version ${d.version}.`);
          setCode('');
          setName('');
          setPictureSupported(false);
          setQuestions([newQuestion(1)]);
        },
      },
    );
  }

  return (
    <div ref={focus}>
      <form className="card form" onSubmit={onSubmit} aria-label="Ny enkät" noValidate>
        <h2>Ny enkät</h2>
        <p className="muted">
          En enkät med samma kod som en befintlig sparas som nästa version. Svar som ”vet inte” räknas inte in i
          underlaget för andelen positiva.
        </p>
        <Field
          label="Enkätens kod"
          field="code"
          problems={problems}
          hint="Versaler och siffror, gärna med understreck mellan orden, t.ex. LSS2026"
        >
          {(props) => <input {...props} value={code} onChange={(e) => setCode(e.target.value)} />}
        </Field>
        <Field label="Enkätens namn" field="name" problems={problems}>
          {(props) => <input {...props} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label="Slag" field="kind" problems={problems}>
          {(props) => (
            <select {...props} value={kind} onChange={(e) => setKind(e.target.value as SurveyKind)}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {enumLabel('SurveyKind', k)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <label className="check">
          <input type="checkbox" checked={pictureSupported} onChange={(e) => setPictureSupported(e.target.checked)} />{' '}
          Besvaras med bildstöd
        </label>
        <FieldError problems={problems} field="questions" />
        {questions.map((q, i) => (
          <fieldset key={q.key}>
            <legend>Fråga {i + 1}</legend>
            <div className="form">
              <Field label="Id" field={`questions.${i}.id`} problems={problems} hint="Blir kolumnens namn vid import">
                {(props) => <input {...props} value={q.id} onChange={(e) => setQuestion(i, { id: e.target.value })} />}
              </Field>
              <Field label="Frågetext" field={`questions.${i}.text`} problems={problems}>
                {(props) => (
                  <input {...props} value={q.text} onChange={(e) => setQuestion(i, { text: e.target.value })} />
                )}
              </Field>
              <Field
                label="Nyckeltal i Kolada (frivilligt)"
                field={`questions.${i}.koladaKpi`}
                problems={problems}
                hint="T.ex. U28532: rikets värde visas bredvid resultatet"
              >
                {(props) => (
                  <input
                    {...props}
                    value={q.koladaKpi}
                    onChange={(e) => setQuestion(i, { koladaKpi: e.target.value })}
                  />
                )}
              </Field>
              <FieldError problems={problems} field={`questions.${i}.options`} />
              {q.options.map((o, j) => (
                <OptionFields
                  key={j}
                  at={`questions.${i}.options.${j}`}
                  n={j + 1}
                  option={o}
                  problems={problems}
                  change={(change) => setOption(i, j, change)}
                  remove={() => setQuestion(i, { options: q.options.filter((_, k) => k !== j) })}
                />
              ))}
              <div className="buttons">
                <button
                  type="button"
                  className="secondary"
                  onClick={() =>
                    setQuestion(i, {
                      options: [...q.options, { code: '', label: '', positive: false, nonSubstantive: false }],
                    })
                  }
                >
                  Lägg till svarsalternativ
                </button>
                <button
                  type="button"
                  className="secondary"
                  onClick={() => setQuestions((qs) => qs.filter((_, k) => k !== i))}
                >
                  Ta bort fråga {i + 1}
                </button>
              </div>
            </div>
          </fieldset>
        ))}
        <div className="buttons">
          <button
            type="button"
            className="secondary"
            onClick={() => setQuestions((qs) => [...qs, newQuestion(qs.length + 1)])}
          >
            Lägg till fråga
          </button>
          <button type="submit" disabled={create.isPending}>
            Spara enkäten
          </button>
        </div>
        <ErrorMessage problems={problems} />
      </form>
      <Saved message={saved.message} />
    </div>
  );
}

function OptionFields({
  at,
  n,
  option,
  problems,
  change,
  remove,
}: {
  at: string;
  n: number;
  option: OptionDraft;
  problems: FormProblems;
  change: (change: Partial<OptionDraft>) => void;
  remove: () => void;
}) {
  return (
    <fieldset>
      <legend>Svarsalternativ {n}</legend>
      <div className="form">
        <Field label="Kod" field={`${at}.code`} problems={problems} hint="Versaler, t.ex. JA">
          {(props) => <input {...props} value={option.code} onChange={(e) => change({ code: e.target.value })} />}
        </Field>
        <Field label="Text" field={`${at}.label`} problems={problems}>
          {(props) => <input {...props} value={option.label} onChange={(e) => change({ label: e.target.value })} />}
        </Field>
        <label className="check">
          <input
            type="checkbox"
            checked={option.positive}
            onChange={(e) => change({ positive: e.target.checked })}
            {...problems.input(`${at}.positive`)}
          />{' '}
          Positivt svar
        </label>
        <FieldError problems={problems} field={`${at}.positive`} />
        <label className="check">
          <input
            type="checkbox"
            checked={option.nonSubstantive}
            onChange={(e) => change({ nonSubstantive: e.target.checked })}
            {...problems.input(`${at}.nonSubstantive`)}
          />{' '}
          Vet inte / ej substantiellt (räknas inte i underlaget)
        </label>
        <FieldError problems={problems} field={`${at}.nonSubstantive`} />
        <div className="buttons">
          <button type="button" className="secondary" onClick={remove}>
            Ta bort svarsalternativ {n}
          </button>
        </div>
      </div>
    </fieldset>
  );
}
