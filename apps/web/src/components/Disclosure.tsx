import { ReactNode, useState } from 'react';

/**
 * A section folded behind its summary (a real <details>, so keyboard and screen readers know it);
 * its content is rendered only while open, so a folded form's labels are not on the page.
 */
export function Disclosure({ summary, children }: { summary: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && children}
    </details>
  );
}
