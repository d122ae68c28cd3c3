import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from './uiStore';
import { useSaveFailed } from './useSaveFailed';

/** A one-field "add" form: the record exists (durably) before the field clears. */
export function CreateForm(props: {
  label: string;
  placeholder: string;
  submitLabel: string;
  onCreate: (title: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const notify = useUiStore((s) => s.notify);
  const fail = useSaveFailed();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = title.trim();
    if (!trimmed || busy) return;
    setBusy(true);
    try {
      await props.onCreate(trimmed);
      setTitle('');
      notify('info', t('common.saved'));
      // The clicked button is disabled now (the field is empty), which would drop focus to the page.
      inputRef.current?.focus();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="create-form" onSubmit={submit}>
      <label htmlFor={id} className="field-label">
        {props.label}
      </label>
      <div className="create-form__row">
        <input
          id={id}
          ref={inputRef}
          className="input"
          value={title}
          maxLength={200}
          placeholder={props.placeholder}
          onChange={(e) => setTitle(e.target.value)}
        />
        <button type="submit" className="button button--primary" disabled={busy || !title.trim()}>
          {props.submitLabel}
        </button>
      </div>
    </form>
  );
}
