/**
 * The note's textarea, uncontrolled and memoised: once mounted React never touches it again (its
 * props are stable), so typing into a 30,000-character note costs the browser's own editing only,
 * and a re-render elsewhere can never move the caret or disturb an IME composition.
 */
import { memo, type KeyboardEvent, type RefObject } from 'react';

export interface NoteTextareaProps {
  textareaProps: {
    ref: RefObject<HTMLTextAreaElement | null>;
    onInput: (event: React.FormEvent<HTMLTextAreaElement>) => void;
    onCompositionStart: () => void;
    onCompositionEnd: () => void;
    onBlur: () => void;
  };
  id: string;
  rows: number;
  defaultValue?: string;
  placeholder?: string;
  describedBy?: string;
  onKeyDown: (event: KeyboardEvent<HTMLTextAreaElement>) => void;
}

export const NoteTextarea = memo(function NoteTextarea({
  textareaProps,
  id,
  rows,
  defaultValue,
  placeholder,
  describedBy,
  onKeyDown,
}: NoteTextareaProps) {
  return (
    <textarea
      {...textareaProps}
      id={id}
      className="input note-composer__memo"
      rows={rows}
      defaultValue={defaultValue}
      placeholder={placeholder}
      aria-describedby={describedBy}
      onKeyDown={onKeyDown}
    />
  );
});
