import { ReactNode } from 'react';

export function ErrorMessage({ error }: { error: string | null | undefined }) {
  return error ? (
    <p role="alert" className="error">
      {error}
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
