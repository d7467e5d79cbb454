import { ReactNode, useId } from 'react';
import { problemsOf, Problems } from '../refusal';

/** What went wrong, in Swedish, announced to screen readers; `problems` when a form shows some at its fields. */
export function ErrorMessage({ error, problems = problemsOf(error) }: { error?: unknown; problems?: Problems }) {
  return problems.summary.length ? (
    <p role="alert" className="error" tabIndex={-1}>
      {problems.summary.join(' ')}
    </p>
  ) : null;
}

export interface FormProblems extends Problems {
  /** Marks the input the refusal is about and ties it to the message beside it. */
  input(field: string): { 'aria-invalid'?: true; 'aria-describedby'?: string };
  messageId(field: string): string;
}

/** A refusal for a form with these fields (the API's input paths). */
export function useFormProblems(error: unknown, fields: readonly string[]): FormProblems {
  const id = useId();
  const problems = problemsOf(error, fields);
  const messageId = (field: string) => `${id}${field.replace(/\W/g, '-')}`;
  return {
    ...problems,
    messageId,
    input: (field) => (problems.byField[field] ? { 'aria-invalid': true, 'aria-describedby': messageId(field) } : {}),
  };
}

/** The message about one field, right below it. */
export function FieldError({ problems, field }: { problems: FormProblems; field: string }) {
  const message = problems.byField[field];
  return message ? (
    <p id={problems.messageId(field)} className="field-error">
      {message}
    </p>
  ) : null;
}

export function Loading({ what }: { what: string }) {
  return (
    <p role="status" aria-live="polite">
      Hämtar {what}…
    </p>
  );
}

export function Page({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <section aria-labelledby="page-title" className="page">
      <div className="page-head">
        <h1 id="page-title" tabIndex={-1}>
          {title}
        </h1>
        {actions}
      </div>
      {children}
    </section>
  );
}

export interface RatioValue {
  numerator: number;
  denominator: number;
  share: number | null;
}

export const pct = (share: number | null | undefined, decimals = 1) =>
  share === null || share === undefined ? '–' : `${(share * 100).toFixed(decimals).replace('.', ',')} %`;

/** Every share with its numerator and denominator, so a reader can recompute it. */
export function Ratio({ value }: { value: RatioValue | null | undefined }) {
  if (!value) return <span>–</span>;
  return (
    <span>
      {pct(value.share)}{' '}
      <span className="muted">
        ({value.numerator} av {value.denominator})
      </span>
    </span>
  );
}

/** A titled card of a start page, named for screen readers by its title. */
export function Block({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="card block" aria-label={title}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}
