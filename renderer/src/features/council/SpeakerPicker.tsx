/**
 * The speaker tag (発言者), picked by keyboard: type a few characters, ↑↓ through suggestions,
 * Enter to pick (and move on to the note). A name not in the list is taken as typed, its role told
 * from the name. The input is uncontrolled and suggestions update only outside IME composition.
 */
import { forwardRef, useId, useImperativeHandle, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { inferRole, type Speaker } from '../../../../common/council';

export interface SpeakerPickerHandle {
  focus(): void;
}

export interface SpeakerPickerProps {
  value: Speaker;
  onChange: (speaker: Speaker) => void;
  suggest: (query: string) => Speaker[];
  /** After a pick by Enter: the note box takes the focus. */
  onPicked: () => void;
  /** Alt+S reaches the composer's picker only: an edited note's does not say it does. */
  inEditor?: boolean;
}

export const SpeakerPicker = forwardRef<SpeakerPickerHandle, SpeakerPickerProps>(function SpeakerPicker(
  { value, onChange, suggest, onPicked, inEditor = false },
  ref,
) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const composing = useRef(false);
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  useImperativeHandle(ref, () => ({ focus: () => input.current?.select() }), []);

  const open = query !== null;
  const options = open ? suggest(query) : [];
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-opt-${i}`;

  const pick = (speaker: Speaker) => {
    if (input.current) input.current.value = speaker.name;
    setQuery(null);
    onChange(speaker);
  };
  const typed = (): Speaker => {
    const name = (input.current?.value ?? '').trim();
    return { name, role: inferRole(name) };
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing || composing.current) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) return setQuery(input.current?.value ?? '');
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (options.length === 0 ? 0 : (i + step + options.length) % options.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen =
        open && options[active] && (input.current?.value ?? '') !== '' ? options[active] : typed();
      pick(chosen);
      onPicked();
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      if (input.current) input.current.value = value.name;
      setQuery(null);
    }
  };

  const refresh = () => {
    setQuery(input.current?.value ?? '');
    setActive(0);
  };

  return (
    <div className="speaker-picker">
      <label htmlFor={id} className="field-label">
        {t('council.speaker')}
      </label>
      <input
        ref={input}
        id={id}
        className="input"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open && options.length > 0}
        aria-controls={listId}
        aria-activedescendant={open && options[active] ? optionId(active) : undefined}
        aria-describedby={`${id}-help`}
        defaultValue={value.name}
        placeholder={t('council.speakerPlaceholder')}
        autoComplete="off"
        onKeyDown={onKeyDown}
        onFocus={refresh}
        onInput={(e) => {
          if (!(e.nativeEvent as InputEvent).isComposing && !composing.current) refresh();
        }}
        onCompositionStart={() => (composing.current = true)}
        onCompositionEnd={() => {
          composing.current = false;
          refresh();
        }}
        onBlur={() => {
          // Leaving the field keeps what was typed (Tab moves on without choosing).
          if (open && typed().name !== value.name) onChange(typed());
          setQuery(null);
        }}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={t('council.speaker')}
        className="speaker-picker__list"
        hidden={!open || options.length === 0}
      >
        {options.map((option, i) => (
          <li
            key={option.name}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className="speaker-picker__option"
            onMouseDown={(e) => {
              e.preventDefault(); // keep the focus in the input
              pick(option);
              onPicked();
            }}
          >
            {option.name}
            {option.role && <span className="speaker-picker__role">{t(`council.${option.role}`)}</span>}
          </li>
        ))}
      </ul>
      <p id={`${id}-help`} className="field-help">
        {t(inEditor ? 'council.speakerHelpEditor' : 'council.speakerHelp')}
      </p>
    </div>
  );
});
