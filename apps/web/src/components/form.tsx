import { swedishNumber } from '@kvalitetsnav/swedish';
import { ReactNode, useCallback, useEffect, useId, useRef, useState } from 'react';
import { FieldError, FormProblems } from './ui';

/**
 * A labelled input with its refusal right below it. `children` gets the props the input needs:
 * its id (for the label) and, when the API refused this field, aria-invalid and the message's id.
 */
export function Field({
  label,
  field,
  problems,
  hint,
  children,
}: {
  label: string;
  /** The API's input path this input fills (e.g. `organisationNumber`, `actions.0.deadline`). */
  field: string;
  problems: FormProblems;
  hint?: string;
  children: (props: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const input = problems.input(field);
  const describedBy = [input['aria-describedby'], hint ? hintId : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={hintId} className="muted">
          {hint}
        </span>
      )}
      {children({ id, ...input, 'aria-describedby': describedBy })}
      <FieldError problems={problems} field={field} />
    </>
  );
}

/**
 * The Swedish confirmation after a save: `show("Utföraren är registrerad.")` puts it on screen,
 * announced and focused so a keyboard user continues from it.
 */
export function useSaved() {
  const [message, setMessage] = useState<string | null>(null);
  const show = useCallback((text: string) => setMessage(text), []);
  const clear = useCallback(() => setMessage(null), []);
  return { message, show, clear };
}

export function Saved({ message }: { message: string | null }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  return message ? (
    <p ref={ref} role="status" className="notice" tabIndex={-1}>
      {message}
    </p>
  ) : null;
}

/** Moves focus to a form's error summary when a refusal arrives, so the user hears what to fix. */
export function useFocusOnError<T extends HTMLElement = HTMLDivElement>(error: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (error) ref.current?.querySelector<HTMLElement>('[aria-invalid="true"], [role="alert"]')?.focus();
  }, [error]);
  return ref;
}

/** Numbers the Swedish way: space between thousands, comma before decimals. */
export const formatNumber = (value: number | null | undefined, decimals = 0) =>
  value === null || value === undefined ? '–' : swedishNumber(value, decimals);

/** An ISO date or timestamp as the Swedish date (2026-12-01), and a time when there is one. */
export const formatDate = (value: string | null | undefined) => {
  if (!value) return '–';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return new Date(value).toLocaleString('sv-SE', {
    timeZone: 'Europe/Stockholm',
    dateStyle: 'short',
    timeStyle: 'short',
  });
};

/** A form input's text, trimmed; empty when the input is empty or absent. */
export const formText = (form: FormData, name: string): string => String(form.get(name) ?? '').trim();
