import { useId, type InputHTMLAttributes } from 'react';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>;

/**
 * A visible label and its input, tied by a generated id (the label is the accessible name).
 * Rendered as siblings, not nested, so the surrounding flex rows lay them out as before.
 */
export function LabeledInput({ label, className = 'input', ...input }: InputProps & { label: string }) {
  const id = useId();
  return (
    <>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <input id={id} className={className} {...input} />
    </>
  );
}
