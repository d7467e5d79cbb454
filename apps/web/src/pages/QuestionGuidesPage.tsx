import { FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ENUM_LABELS, enumLabel } from '@kvalitetsnav/swedish';
import type { AnswerType, ThematicScopeKind } from '../__generated__/graphql';
import { Field } from '../components/form';
import { ScrollBox } from '../components/ScrollBox';
import { ErrorMessage, Loading, Page, useFormProblems } from '../components/ui';
import { useGatewayMutation, useGatewayQuery } from '../queries';
import { hasRole, OFFICIALS, useSession, WRITERS } from '../session';
import { CREATE_THEMATIC_FOLLOW_UP, PUBLISH_QUESTION_GUIDE, QUESTION_GUIDES } from './QuestionGuidesPage.operations';
import { ServiceAreaOptions, useServiceAreas } from '../components/ServiceAreas';

interface DraftQuestion {
  key: string;
  text: string;
  answerType: AnswerType;
  options: string;
  requirement: string;
  askedWhenYes: string;
}
const blank = (): DraftQuestion => ({
  key: '',
  text: '',
  answerType: 'YES_NO',
  options: '',
  requirement: '',
  askedWhenYes: '',
});
const ANSWER_TYPES = Object.entries(ENUM_LABELS.AnswerType) as [AnswerType, string][];
const SCOPES = Object.entries(ENUM_LABELS.ThematicScopeKind) as [ThematicScopeKind, string][];

/** Question guides (frågeguider) in versions, and a new thematic follow-up that asks one. */
export function QuestionGuidesPage() {
  const { areaName } = useServiceAreas();
  const session = useSession();
  const writer = hasRole(session, WRITERS);
  const { data, error, isLoading } = useGatewayQuery(QUESTION_GUIDES, {});
  const publish = useGatewayMutation(PUBLISH_QUESTION_GUIDE);
  const create = useGatewayMutation(CREATE_THEMATIC_FOLLOW_UP);
  const navigate = useNavigate();
  const [guide, setGuide] = useState({ key: '', title: '' });
  const [questions, setQuestions] = useState<DraftQuestion[]>([blank()]);
  const [plan, setPlan] = useState({
    title: '',
    purpose: '',
    plannedOn: '',
    guideId: '',
    scopeKind: 'CHOSEN_UNITS' as ThematicScopeKind,
    serviceArea: '',
  });
  const [chosen, setChosen] = useState<string[]>([]);
  const guideProblems = useFormProblems(publish.error, [
    'key',
    'title',
    ...questions.flatMap((_, i) => [
      `questions.${i}.key`,
      `questions.${i}.text`,
      `questions.${i}.options`,
      `questions.${i}.askedWhenYes`,
    ]),
  ]);
  const planProblems = useFormProblems(create.error, ['title', 'plannedOn', 'guideId', 'unitIds', 'scopeKind']);
  if (isLoading) return <Loading what="frågeguider" />;
  if (error || !data) return <ErrorMessage error={error} />;
  const units = data.providers.flatMap((p) => p.units.map((u) => ({ ...u, providerName: p.name })));
  const rounds = [...data.thematic, ...data.overarching].sort((a, b) => b.plannedOn.localeCompare(a.plannedOn));
  const setQuestion = (i: number, change: Partial<DraftQuestion>) =>
    setQuestions(questions.map((q, j) => (j === i ? { ...q, ...change } : q)));

  function edit(id: string) {
    const g = data!.questionGuides.find((x) => x.id === id)!;
    setGuide({ key: g.key, title: g.title });
    setQuestions(
      g.questions.map((q) => ({
        ...q,
        options: q.options.join('; '),
        requirement: q.requirement ?? '',
        askedWhenYes: q.askedWhenYes ?? '',
      })),
    );
  }
  async function onPublish(e: FormEvent) {
    e.preventDefault();
    await publish
      .mutateAsync({
        input: {
          key: guide.key,
          title: guide.title,
          questions: questions.map((q) => ({
            key: q.key,
            text: q.text,
            answerType: q.answerType,
            options:
              q.answerType === 'CHOICE'
                ? q.options
                    .split(';')
                    .map((o) => o.trim())
                    .filter(Boolean)
                : null,
            requirement: q.requirement || null,
            askedWhenYes: q.askedWhenYes || null,
          })),
        },
      })
      .catch(() => undefined);
  }
  async function onCreate(e: FormEvent) {
    e.preventDefault();
    const made = await create
      .mutateAsync({
        input: {
          type: 'THEMATIC',
          title: plan.title,
          purpose: plan.purpose || null,
          plannedOn: plan.plannedOn,
          guideId: plan.guideId,
          scopeKind: plan.scopeKind,
          serviceArea: plan.scopeKind === 'SERVICE_AREA' ? plan.serviceArea : null,
          unitIds: plan.scopeKind === 'CHOSEN_UNITS' ? chosen : null,
        },
      })
      .catch(() => null);
    if (made) navigate(`/fragequider/${made.createThematicFollowUp.followUp.id}`);
  }

  return (
    <Page title="Frågeguider och tematiska uppföljningar">
      <h2>Tematiska och övergripande uppföljningar</h2>
      {rounds.length ? (
        <ul>
          {rounds.map((f) => (
            <li key={f.id}>
              <Link to={`/fragequider/${f.id}`}>{f.title}</Link> – planerad {f.plannedOn},{' '}
              {enumLabel('FollowUpStatus', f.status).toLowerCase()}
            </li>
          ))}
        </ul>
      ) : (
        <p>Inga tematiska uppföljningar ännu.</p>
      )}
      <h2>Frågeguider</h2>
      <ScrollBox label="Frågeguider">
        <table>
          <thead>
            <tr>
              <th>Guide</th>
              <th>Version</th>
              <th>Frågor</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {data.questionGuides.map((g) => (
              <tr key={g.id}>
                <td>{g.title}</td>
                <td>{g.version}</td>
                <td>{g.questions.length}</td>
                <td>
                  <button type="button" onClick={() => edit(g.id)}>
                    Ändra {g.title}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      {writer && (
        <>
          <form onSubmit={onPublish} aria-label="Frågeguide">
            <ErrorMessage problems={guideProblems} />
            <Field label="Guidens nyckel" field="key" problems={guideProblems}>
              {(p) => <input {...p} value={guide.key} onChange={(e) => setGuide({ ...guide, key: e.target.value })} />}
            </Field>
            <Field label="Guidens namn" field="title" problems={guideProblems}>
              {(p) => (
                <input {...p} value={guide.title} onChange={(e) => setGuide({ ...guide, title: e.target.value })} />
              )}
            </Field>
            {questions.map((q, i) => (
              <fieldset key={i}>
                <legend>Fråga {i + 1}</legend>
                <Field label={`Frågans nyckel ${i + 1}`} field={`questions.${i}.key`} problems={guideProblems}>
                  {(p) => <input {...p} value={q.key} onChange={(e) => setQuestion(i, { key: e.target.value })} />}
                </Field>
                <Field label={`Frågetext ${i + 1}`} field={`questions.${i}.text`} problems={guideProblems}>
                  {(p) => <input {...p} value={q.text} onChange={(e) => setQuestion(i, { text: e.target.value })} />}
                </Field>
                <Field label={`Svarstyp ${i + 1}`} field={`questions.${i}.answerType`} problems={guideProblems}>
                  {(p) => (
                    <select
                      {...p}
                      value={q.answerType}
                      onChange={(e) => setQuestion(i, { answerType: e.target.value as AnswerType })}
                    >
                      {ANSWER_TYPES.map(([v, l]) => (
                        <option key={v} value={v}>
                          {l}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                {q.answerType === 'CHOICE' && (
                  <Field
                    label={`Svarsalternativ ${i + 1}`}
                    hint="Skilj med semikolon"
                    field={`questions.${i}.options`}
                    problems={guideProblems}
                  >
                    {(p) => (
                      <input {...p} value={q.options} onChange={(e) => setQuestion(i, { options: e.target.value })} />
                    )}
                  </Field>
                )}
                <Field
                  label={`Avtalskrav som kontrolleras ${i + 1}`}
                  field={`questions.${i}.requirement`}
                  problems={guideProblems}
                >
                  {(p) => (
                    <input
                      {...p}
                      value={q.requirement}
                      onChange={(e) => setQuestion(i, { requirement: e.target.value })}
                    />
                  )}
                </Field>
                <Field
                  label={`Ställs bara om ja på ${i + 1}`}
                  field={`questions.${i}.askedWhenYes`}
                  problems={guideProblems}
                >
                  {(p) => (
                    <select
                      {...p}
                      value={q.askedWhenYes}
                      onChange={(e) => setQuestion(i, { askedWhenYes: e.target.value })}
                    >
                      <option value="">Ställs alltid</option>
                      {questions
                        .slice(0, i)
                        .filter((x) => x.answerType === 'YES_NO' && x.key)
                        .map((x) => (
                          <option key={x.key} value={x.key}>
                            {x.key}
                          </option>
                        ))}
                    </select>
                  )}
                </Field>
              </fieldset>
            ))}
            <button type="button" onClick={() => setQuestions([...questions, blank()])}>
              Lägg till fråga
            </button>
            <button type="submit" disabled={publish.isPending}>
              Publicera version
            </button>
            {publish.data && <p role="status">Version {publish.data.publishQuestionGuide.version} är publicerad.</p>}
          </form>

          <h2>Ny tematisk uppföljning</h2>
          <form onSubmit={onCreate} aria-label="Ny tematisk uppföljning">
            <ErrorMessage problems={planProblems} />
            <Field label="Rubrik" field="title" problems={planProblems}>
              {(p) => <input {...p} value={plan.title} onChange={(e) => setPlan({ ...plan, title: e.target.value })} />}
            </Field>
            <Field label="Syfte och metod" field="purpose" problems={planProblems}>
              {(p) => (
                <textarea {...p} value={plan.purpose} onChange={(e) => setPlan({ ...plan, purpose: e.target.value })} />
              )}
            </Field>
            <Field label="Planerad" field="plannedOn" problems={planProblems}>
              {(p) => (
                <input
                  {...p}
                  type="date"
                  value={plan.plannedOn}
                  onChange={(e) => setPlan({ ...plan, plannedOn: e.target.value })}
                />
              )}
            </Field>
            <Field label="Frågeguide" field="guideId" problems={planProblems}>
              {(p) => (
                <select {...p} value={plan.guideId} onChange={(e) => setPlan({ ...plan, guideId: e.target.value })}>
                  <option value="">Välj guide</option>
                  {data.questionGuides.map((g) => (
                    <option key={g.id} value={g.id}>
                      {g.title} (version {g.version})
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="Omfattning" field="scopeKind" problems={planProblems}>
              {(p) => (
                <select
                  {...p}
                  value={plan.scopeKind}
                  onChange={(e) => setPlan({ ...plan, scopeKind: e.target.value as ThematicScopeKind })}
                >
                  {SCOPES.map(([v, l]) => (
                    <option key={v} value={v}>
                      {l}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {plan.scopeKind === 'SERVICE_AREA' && (
              <Field label="Verksamhetsområde" field="serviceArea" problems={planProblems}>
                {(p) => (
                  <select
                    {...p}
                    value={plan.serviceArea}
                    onChange={(e) => setPlan({ ...plan, serviceArea: e.target.value })}
                  >
                    <option value="">Välj</option>
                    <ServiceAreaOptions />
                  </select>
                )}
              </Field>
            )}
            {plan.scopeKind === 'CHOSEN_UNITS' && (
              <fieldset>
                <legend>Enheter</legend>
                {units.map((u) => (
                  <label key={u.id}>
                    <input
                      type="checkbox"
                      checked={chosen.includes(u.id)}
                      onChange={(e) =>
                        setChosen(e.target.checked ? [...chosen, u.id] : chosen.filter((x) => x !== u.id))
                      }
                    />
                    {u.name} ({u.providerName}, {areaName(u.serviceArea)})
                  </label>
                ))}
              </fieldset>
            )}
            <button type="submit" disabled={create.isPending}>
              Skapa tematisk uppföljning
            </button>
          </form>
        </>
      )}
      {hasRole(session, OFFICIALS) && (
        <p>
          <Link to="/uppfoljning">Till uppföljningarna</Link>
        </p>
      )}
    </Page>
  );
}
