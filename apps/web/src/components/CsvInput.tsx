import { FilePicker } from './FilePicker';

/** A file's text, from a chosen file or pasted into the text box. */
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
  return (
    <>
      <FilePicker
        id={`${id}-file`}
        label="Välj CSV-fil"
        accept=".csv,text/csv,text/plain"
        onFile={async (file) => onChange(await file.text())}
      />
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
