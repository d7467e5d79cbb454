import { useState } from 'react';

/**
 * A file's text, from a chosen file or pasted into the text box. The browser's own file button
 * speaks the browser's language (English in many installs), so it is hidden behind a Swedish one
 * that stays a real, focusable file input.
 */
export function CsvInput({
  id,
  label,
  value,
  onChange,
  describedBy,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (text: string) => void;
  describedBy?: string;
}) {
  const [fileName, setFileName] = useState<string | null>(null);
  return (
    <>
      <span className="file-picker">
        <input
          id={`${id}-file`}
          className="file-input"
          type="file"
          accept=".csv,text/csv,text/plain"
          aria-describedby={`${id}-file-name`}
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            setFileName(file.name);
            onChange(await file.text());
          }}
        />
        <label htmlFor={`${id}-file`} className="button secondary">
          Välj CSV-fil
        </label>
        <span id={`${id}-file-name`} className="muted">
          {fileName ?? 'Ingen fil vald'}
        </span>
      </span>
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={6}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        spellCheck={false}
        aria-describedby={describedBy}
      />
    </>
  );
}
