import { useId, useRef, useState } from 'react';

export interface PickerOption {
  id: string;
  label: string;
}

/**
 * A list the user builds and puts in order: pick an option and add it, then move each item up or
 * down or remove it with real buttons, so it works with the keyboard alone (a multi-select cannot
 * hold an order). Focus stays on the moved item's button so the next press continues from it.
 */
export function OrderedPicker({
  label,
  options,
  value,
  onChange,
  invalid,
}: {
  label: string;
  options: readonly PickerOption[];
  value: readonly string[];
  onChange: (ids: string[]) => void;
  invalid?: { 'aria-invalid'?: true; 'aria-describedby'?: string };
}) {
  const id = useId();
  const [chosen, setChosen] = useState('');
  const list = useRef<HTMLOListElement>(null);
  const left = options.filter((o) => !value.includes(o.id));
  const labelOf = (itemId: string) => options.find((o) => o.id === itemId)?.label ?? itemId;
  // The same button on the item's new line, or the other direction once it reaches an end.
  const focusLater = (index: number, by: -1 | 1) =>
    requestAnimationFrame(() => {
      const line = list.current?.querySelector(`[data-item="${index}"]`);
      const same = line?.querySelector<HTMLButtonElement>(`[data-move="${by}"]`);
      (same && !same.disabled ? same : line?.querySelector<HTMLButtonElement>(`[data-move="${-by}"]`))?.focus();
    });

  function move(index: number, by: -1 | 1) {
    const next = [...value];
    [next[index], next[index + by]] = [next[index + by], next[index]];
    onChange(next);
    focusLater(index + by, by);
  }

  return (
    <fieldset className="ordered-picker" {...invalid}>
      <legend>{label}</legend>
      <div className="row">
        <label htmlFor={`${id}-add`}>Avtal att lägga till</label>
        <select id={`${id}-add`} value={chosen} onChange={(e) => setChosen(e.target.value)}>
          <option value="">Välj avtal</option>
          {left.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="secondary"
          disabled={!chosen}
          onClick={() => {
            onChange([...value, chosen]);
            setChosen('');
          }}
        >
          Lägg till i listan
        </button>
      </div>
      {value.length === 0 ? (
        <p className="muted">Listan är tom.</p>
      ) : (
        <ol ref={list} aria-label={label}>
          {value.map((itemId, index) => (
            <li key={itemId} data-item={index}>
              <span>{labelOf(itemId)}</span>{' '}
              <button
                type="button"
                className="secondary"
                data-move={-1}
                disabled={index === 0}
                aria-label={`Flytta upp ${labelOf(itemId)}`}
                onClick={() => move(index, -1)}
              >
                Upp
              </button>{' '}
              <button
                type="button"
                className="secondary"
                data-move={1}
                disabled={index === value.length - 1}
                aria-label={`Flytta ned ${labelOf(itemId)}`}
                onClick={() => move(index, 1)}
              >
                Ned
              </button>{' '}
              <button
                type="button"
                className="secondary"
                aria-label={`Ta bort ${labelOf(itemId)}`}
                onClick={() => {
                  onChange(value.filter((x) => x !== itemId));
                  // Its buttons go with it; the picker is where the user goes on from.
                  document.getElementById(`${id}-add`)?.focus();
                }}
              >
                Ta bort
              </button>
            </li>
          ))}
        </ol>
      )}
    </fieldset>
  );
}
