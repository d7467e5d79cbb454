import { ReactNode } from 'react';

/**
 * A box that scrolls sideways on its own when its content (a wide table) is wider than a phone, so
 * the page itself is never cut off. It is a named region that takes focus, so a keyboard user can
 * scroll it with the arrow keys even when nothing inside it is focusable.
 */
export function ScrollBox({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
