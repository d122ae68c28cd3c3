import type { FormEvent, ReactNode } from 'react';
import { submitAdd, type AddSubmit } from './submitAdd';

/**
 * The workshop screens' "add" forms (agenda item, sticky note, action item): the button is enabled
 * once the required text is filled, and the fields clear only after the record is stored. Focus is
 * left where it was (in the field after Enter), so the next entry can be typed at once.
 *
 * Enter submits through the browser's implicit form submission, which Chromium does not run for
 * the Enter that confirms an IME conversion: no key handler is needed, and one added for Enter
 * would need a composition guard.
 */
export function AddForm({
  className,
  submitLabel,
  primary,
  children,
  ...submit
}: AddSubmit & { className: string; submitLabel: string; primary?: boolean; children: ReactNode }) {
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submitAdd(submit);
  };
  return (
    <form className={className} onSubmit={onSubmit}>
      {children}
      <button
        type="submit"
        className={primary ? 'button button--primary' : 'button'}
        disabled={!submit.ready}
      >
        {submitLabel}
      </button>
    </form>
  );
}
