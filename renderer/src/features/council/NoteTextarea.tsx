/**
 * The note's textarea, created outside React's tree (React renders only its host element).
 * React tracks the text inputs it renders: after every input event it re-reads a textarea's
 * defaultValue, and on every key and selection change it reads selectionStart/End — each of which
 * makes the browser walk the whole text. In a 30,000-character note that was most of the work per
 * keystroke. Here the element is the browser's alone: typing costs its own editing only, and no
 * re-render anywhere can move the caret or disturb an IME composition.
 */
import { memo, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

export interface NoteTextareaHandlers {
  ref: RefObject<HTMLTextAreaElement | null>;
  onInput: (event: Event) => void;
  onCompositionStart: () => void;
  onCompositionEnd: () => void;
  onBlur: () => void;
}

export interface NoteTextareaProps {
  textareaProps: NoteTextareaHandlers;
  id: string;
  rows: number;
  /** The text it starts with (read once, at mount). */
  defaultValue?: string;
  placeholder?: string;
  describedBy?: string;
  onKeyDown: (event: KeyboardEvent) => void;
}

export const NoteTextarea = memo(function NoteTextarea(props: NoteTextareaProps) {
  const host = useRef<HTMLDivElement>(null);
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

  // Created before the browser paints or handles another input event: a passive effect can run
  // after keys already queued (a note opened with 編集 and typed into at once lost its first
  // characters that way).
  useLayoutEffect(() => {
    const { textareaProps, id, rows, defaultValue } = latest.current;
    const box = document.createElement('textarea');
    box.id = id;
    box.className = 'input note-composer__memo';
    box.rows = rows;
    box.spellcheck = false; // spell-checking Japanese prose helps nobody and costs on every edit
    box.value = defaultValue ?? '';
    const handlers: [string, (event: Event) => void][] = [
      ['input', (e) => latest.current.textareaProps.onInput(e)],
      ['compositionstart', () => latest.current.textareaProps.onCompositionStart()],
      ['compositionend', () => latest.current.textareaProps.onCompositionEnd()],
      ['blur', () => latest.current.textareaProps.onBlur()],
      ['keydown', (e) => latest.current.onKeyDown(e as KeyboardEvent)],
    ];
    for (const [type, fn] of handlers) box.addEventListener(type, fn);
    host.current!.appendChild(box);
    textareaProps.ref.current = box;
    return () => {
      for (const [type, fn] of handlers) box.removeEventListener(type, fn);
      box.remove();
      if (textareaProps.ref.current === box) textareaProps.ref.current = null;
    };
  }, []);

  // Attributes that follow the UI language.
  const { placeholder, describedBy, textareaProps } = props;
  useEffect(() => {
    const box = textareaProps.ref.current;
    if (!box) return;
    box.placeholder = placeholder ?? '';
    if (describedBy) box.setAttribute('aria-describedby', describedBy);
    else box.removeAttribute('aria-describedby');
  }, [placeholder, describedBy, textareaProps]);

  return <div ref={host} className="note-textarea" />;
});
