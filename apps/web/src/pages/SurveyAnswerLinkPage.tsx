import { FormEvent, useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router-dom';
import { ANSWER_LINK_WORDS } from '@kvalitetsnav/swedish';
import type { Gender } from '../__generated__/graphql';
import { ErrorMessage, Loading, Page } from '../components/ui';
import { useAnonymousMutation, useAnonymousQuery } from '../queries';
import { SUBMIT_BY_CODE, SURVEY_BY_CODE } from './SurveyAnswerLinkPage.operations';

const GENDERS: readonly Gender[] = ['WOMAN', 'MAN', 'NOT_STATED'];

/**
 * A unit's answer link, opened without signing in (e.g. on a tablet): big choices, one sheet at a
 * time, nothing asked that names anyone. A closed round or an unknown code is refused in Swedish.
 */
export function SurveyAnswerLinkPage() {
  const { code = '' } = useParams();
  const survey = useAnonymousQuery(SURVEY_BY_CODE, { code });
  const submit = useAnonymousMutation(SUBMIT_BY_CODE);
  const [sent, setSent] = useState(false);
  const thanks = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (sent) thanks.current?.focus();
  }, [sent]);
  useEffect(() => {
    if (submit.error) formRef.current?.querySelector<HTMLElement>('[role="alert"]')?.focus();
  }, [submit.error]);
  const s = survey.data?.surveyByAnswerCode;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!s) return;
    const form = new FormData(event.currentTarget);
    const answers = s.questions.map((q) => ({ questionId: q.id, option: (form.get(q.id) as string | null) || null }));
    const gender = (form.get('gender') as Gender | null) || null;
    submit.mutate({ input: { code, gender, answers } }, { onSuccess: () => setSent(true) });
  }

  return (
    <div className="answer-link">
      <Page title={s?.surveyName ?? 'Enkät'}>
        {survey.isLoading && <Loading what="enkäten" />}
        <ErrorMessage error={survey.error} />
        {s && sent && (
          <section className="card block">
            <h2 ref={thanks} tabIndex={-1}>
              {ANSWER_LINK_WORDS.thanks}
            </h2>
            <p>{ANSWER_LINK_WORDS.thanksMore}</p>
            <button
              type="button"
              className="big"
              onClick={() => {
                submit.reset();
                setSent(false);
              }}
            >
              {ANSWER_LINK_WORDS.next}
            </button>
          </section>
        )}
        {s && !sent && (
          <form ref={formRef} onSubmit={onSubmit} aria-label={s.surveyName}>
            <p className="lead">{s.unitName}</p>
            <p className="muted">{ANSWER_LINK_WORDS.anonymous}</p>
            {s.questions.map((q, i) => (
              <fieldset key={q.id} className="big-choices">
                <legend>
                  {i + 1}. {q.text}
                </legend>
                {q.options.map((o) => (
                  <label key={o.code} className="big-choice">
                    <input type="radio" name={q.id} value={o.code} /> {o.label}
                  </label>
                ))}
              </fieldset>
            ))}
            <fieldset className="big-choices">
              <legend>{ANSWER_LINK_WORDS.genderQuestion}</legend>
              {GENDERS.map((g) => (
                <label key={g} className="big-choice">
                  <input type="radio" name="gender" value={g} /> {ANSWER_LINK_WORDS.gender[g]}
                </label>
              ))}
            </fieldset>
            <ErrorMessage error={submit.error} />
            <button type="submit" className="big" disabled={submit.isPending}>
              {ANSWER_LINK_WORDS.send}
            </button>
          </form>
        )}
      </Page>
    </div>
  );
}
