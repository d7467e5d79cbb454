import { useState } from 'react';

/**
 * A file input with a Swedish button. The browser's own file button speaks the browser's language
 * (English in many installs, "Choose File"), so it is hidden behind its label, which stays a real,
 * focusable file input for keyboards and screen readers; the chosen file's name is shown beside it.
 */
export function FilePicker({
  id,
  label,
  accept,
  name,
  onFile,
  describedBy,
  invalid,
}: {
  id: string;
  /** The button's text, which also names the input. */
  label: string;
  accept: string;
  /** For a form read with FormData. */
  name?: string;
  onFile?: (file: File) => void;
  describedBy?: string;
  invalid?: boolean;
}) {
  const [fileName, setFileName] = useState<string | null>(null);
  return (
    <span className="file-picker">
      <input
        id={id}
        name={name}
        className="file-input"
        type="file"
        accept={accept}
        aria-describedby={[describedBy, `${id}-name`].filter(Boolean).join(' ')}
        {...(invalid ? { 'aria-invalid': true } : {})}
        onChange={(e) => {
          const file = e.target.files?.[0];
          setFileName(file?.name ?? null);
          if (file) onFile?.(file);
        }}
      />
      <label htmlFor={id} className="button secondary">
        {label}
      </label>
      <span id={`${id}-name`} className="muted">
        {fileName ?? 'Ingen fil vald'}
      </span>
    </span>
  );
}
