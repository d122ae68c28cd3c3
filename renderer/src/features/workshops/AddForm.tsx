import type { FormEvent, ReactNode } from 'react';
import { submitAdd, type AddSubmit } from './submitAdd';

/**
 * The workshop screens' "add" forms (agenda item, sticky note, action item): the button is enabled
 * once the required text is filled, and the fields clear only after the record is stored. Focus is
 * left where it was (in the field after Enter), so the next entry can be typed at once.
 *
 * Enter submits through the browser's implicit form submission, which Chromium does not run for
 * the Enter that confirms an IME conversion: no key handler is needed, and one added for Enter
 * would need a composition guard. Fields changed while the write was under way (the next note
 * typed at once) are left as they are: clearing them lost every second note typed fast.
 */
export function AddForm({
  className,
  submitLabel,
  primary,
  children,
  ...submit
}: AddSubmit & { className: string; submitLabel: string; primary?: boolean; children: ReactNode }) {
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const sent = fieldValues(form);
    const changedSince = () => fieldValues(form) !== sent;
    void submitAdd({ ...submit, changedSince })?.then(() => refocusAfterClick(form));
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

/** What the form's fields hold now, as one string to compare. */
function fieldValues(form: HTMLFormElement): string {
  return JSON.stringify(
    [...form.elements].flatMap((e) =>
      e instanceof HTMLInputElement || e instanceof HTMLTextAreaElement || e instanceof HTMLSelectElement
        ? [e.value]
        : [],
    ),
  );
}

/** A disabled button drops the focus to the page: take it back to the form's first field. */
function refocusAfterClick(form: HTMLFormElement): void {
  const active = document.activeElement;
  if (active !== null && active !== document.body && !form.contains(active)) return; // the user moved on
  if (active instanceof HTMLElement && active.matches('input, textarea, select')) return;
  form.querySelector<HTMLElement>('input, textarea, select')?.focus();
}
