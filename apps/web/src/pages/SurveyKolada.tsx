import { FormEvent, useState } from 'react';
import type { SurveyKoladaDefinitionQuery } from '../__generated__/graphql';
import { Field, Saved, useFocusOnError, useSaved } from '../components/form';
import { ServiceAreaOptions, useServiceAreas } from '../components/ServiceAreas';
import { ErrorMessage, FieldError, Loading, useFormProblems } from '../components/ui';
import { useGatewayMutation, useGatewayQuery } from '../queries';
import { DEFINITION_KOLADA, SET_QUESTION_KOLADA } from './SurveyKolada.operations';

type Question = NonNullable<SurveyKoladaDefinitionQuery['surveyDefinition']>['questions'][number];

interface AreaDraft {
  /** Keeps React's rows apart when one in the middle is removed. */
  key: number;
  serviceArea: string;
  kpi: string;
}

let nextKey = 1;

/**
 * The Kolada KPIs of the round's survey, per question: the one for the whole survey and each
 * service area's own (group homes and service homes have different ones). They choose the
 * national figures beside the results, for every round of the survey's version.
 */
export function SurveyKolada({ definitionId }: { definitionId: string }) {
  const definition = useGatewayQuery(DEFINITION_KOLADA, { id: definitionId });
  const d = definition.data?.surveyDefinition;
  return (
    <section className="card block" aria-label="Nyckeltal i Kolada">
      <h2>Nyckeltal i Kolada</h2>
      <p className="muted">
        Nyckeltalet väljer vilket av rikets värden i Kolada som visas bredvid resultatet. Ett verksamhetsområde kan ha
        ett eget nyckeltal, t.ex. gruppbostad och servicebostad; det visas när resultatet delas upp på boendeform.
        Ändringen gäller alla omgångar av {d ? `${d.name} version ${d.version}` : 'enkäten'}; svaren ändras inte.
      </p>
      <ErrorMessage error={definition.error} />
      {definition.isLoading && <Loading what="nyckeltal" />}
      {d?.questions.map((q) => (
        <QuestionKolada key={q.id} definitionId={d.id} question={q} />
      ))}
    </section>
  );
}

function QuestionKolada({ definitionId, question }: { definitionId: string; question: Question }) {
  const set = useGatewayMutation(SET_QUESTION_KOLADA);
  const { areaName, areas: serviceAreas } = useServiceAreas();
  const areaCodes = serviceAreas.map((a) => a.code);
  const [kpi, setKpi] = useState(question.koladaKpi ?? '');
  const [areas, setAreas] = useState<AreaDraft[]>(() =>
    question.koladaKpiByServiceArea.map((k) => ({ key: nextKey++, serviceArea: k.serviceArea, kpi: k.kpi })),
  );
  const problems = useFormProblems(set.error, [
    'koladaKpi',
    'koladaKpiByServiceArea',
    ...areas.flatMap((_, j) => [`koladaKpiByServiceArea.${j}.serviceArea`, `koladaKpiByServiceArea.${j}.kpi`]),
  ]);
  const saved = useSaved();
  const focus = useFocusOnError(set.error);
  const change = (j: number, to: Partial<AreaDraft>) =>
    setAreas((as) => as.map((a, k) => (k === j ? { ...a, ...to } : a)));

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    saved.clear();
    set.mutate(
      {
        input: {
          definitionId,
          questionId: question.id,
          koladaKpi: kpi.trim() || null,
          koladaKpiByServiceArea: areas.map((a) => ({ serviceArea: a.serviceArea, kpi: a.kpi.trim() })),
        },
      },
      {
        onSuccess: ({ setSurveyQuestionKolada: d }) => {
          const now = d.questions.find((q) => q.id === question.id);
          const listed = now?.koladaKpiByServiceArea.map((k) => `${areaName(k.serviceArea)} ${k.kpi}`) ?? [];
          saved.show(
            `Nyckeltalen för ${question.id} är sparade: ${[now?.koladaKpi ? `hela enkäten ${now.koladaKpi}` : 'inget för hela enkäten', ...listed].join(', ')}.`,
          );
        },
      },
    );
  }

  return (
    <div ref={focus}>
      <form className="form" onSubmit={onSubmit} aria-label={`Nyckeltal för ${question.id}`} noValidate>
        <h3>
          {question.id}: {question.text}
        </h3>
        <Field
          label={`Nyckeltal för hela enkäten, ${question.id}`}
          field="koladaKpi"
          problems={problems}
          hint="T.ex. U28532; tomt: inget riksvärde för totalen och könen"
        >
          {(props) => <input {...props} value={kpi} onChange={(e) => setKpi(e.target.value)} />}
        </Field>
        <FieldError problems={problems} field="koladaKpiByServiceArea" />
        {areas.length === 0 && <p>Inget verksamhetsområde har ett eget nyckeltal.</p>}
        {areas.map((a, j) => (
          <fieldset key={a.key}>
            <legend>Verksamhetsområde {j + 1}</legend>
            <div className="form">
              <Field
                label={`Verksamhetsområde ${j + 1}`}
                field={`koladaKpiByServiceArea.${j}.serviceArea`}
                problems={problems}
              >
                {(props) => (
                  <select {...props} value={a.serviceArea} onChange={(e) => change(j, { serviceArea: e.target.value })}>
                    <option value="">Välj verksamhetsområde</option>
                    {/* An area chosen on another row is not offered again: one KPI per area. */}
                    <ServiceAreaOptions
                      only={areaCodes.filter(
                        (code) => code === a.serviceArea || !areas.some((other) => other.serviceArea === code),
                      )}
                    />
                  </select>
                )}
              </Field>
              <Field
                label={`Nyckeltal för verksamhetsområde ${j + 1}`}
                field={`koladaKpiByServiceArea.${j}.kpi`}
                problems={problems}
                hint="T.ex. U28533"
              >
                {(props) => <input {...props} value={a.kpi} onChange={(e) => change(j, { kpi: e.target.value })} />}
              </Field>
              <div className="buttons">
                <button
                  type="button"
                  className="secondary"
                  onClick={() => setAreas((as) => as.filter((_, k) => k !== j))}
                >
                  Ta bort verksamhetsområde {j + 1}
                </button>
              </div>
            </div>
          </fieldset>
        ))}
        <div className="buttons">
          <button
            type="button"
            className="secondary"
            onClick={() => setAreas((as) => [...as, { key: nextKey++, serviceArea: '', kpi: '' }])}
          >
            Lägg till verksamhetsområde för {question.id}
          </button>
          <button type="submit" disabled={set.isPending}>
            Spara nyckeltalen för {question.id}
          </button>
        </div>
        <ErrorMessage problems={problems} />
      </form>
      <Saved message={saved.message} />
    </div>
  );
}
