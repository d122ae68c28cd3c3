/** What the guard reads of an `<input>` or a `<textarea>` (plain data, so it is tested without a DOM). */
export interface TextField {
  tagName: string;
  type: string;
  value: string;
  maxLength: number;
  selectionStart: number | null;
  selectionEnd: number | null;
  dataset: DOMStringMap;
}

/** Input types that take free text (a number or a date field has no text to overflow). */
const TEXT_TYPES = new Set(['text', 'search', 'url', 'email', 'password', 'tel']);

/** The event's target if it is a field a user types, pastes or drops text into. */
export function textFieldOf(target: EventTarget | null): TextField | null {
  const el = target as Partial<TextField> | null;
  if (el?.tagName === 'TEXTAREA') return el as TextField;
  if (el?.tagName === 'INPUT' && TEXT_TYPES.has(el.type ?? '')) return el as TextField;
  return null;
}

/**
 * The longest text a field takes when it declares no limit of its own. The sync contract carries
 * 1,000,000 characters, but Chromium lays a textarea's text out whole: a paste of 1,000,000
 * characters stalled the page 11 s in a bare textarea and 20 s in 課題の原文, 300,000 took 7.6 s and
 * 150,000 2.3–4.7 s (session 17, load 8–12). 200,000 holds a whole 募集要項 or a PDF's text with room.
 */
export const MAX_EDITABLE_CHARS = 200_000;

/** A field's limit in characters: its `maxLength`, else its `data-max-chars`, else `MAX_EDITABLE_CHARS`. */
export function limitOf(field: TextField): number {
  if (field.maxLength > 0) return field.maxLength;
  const declared = Number(field.dataset.maxChars);
  return Number.isInteger(declared) && declared > 0 ? declared : MAX_EDITABLE_CHARS;
}

/** `data-max-chars` for a field whose limit is not a `maxLength` (that would cut a paste silently). */
export const maxChars = (limit: number) => ({ 'data-max-chars': limit });

export interface Overflow {
  /** The field's length had the text gone in (it replaces the selection). */
  length: number;
  limit: number;
  /** The characters refused. */
  inserted: number;
}

/** Whether inserting `inserted` at the field's selection takes it past its limit. */
export function overflowOf(field: TextField, inserted: string): Overflow | null {
  const limit = limitOf(field);
  // Cheap check first: most inserts are far below any limit.
  if (inserted.length <= limit - field.value.length) return null;
  const selected = Math.abs((field.selectionEnd ?? 0) - (field.selectionStart ?? 0));
  const length = field.value.length - selected + inserted.length;
  return length > limit ? { length, limit, inserted: inserted.length } : null;
}

/** The insert-carrying events a guard listens to (a paste, a drop, typed or inserted text). */
type InsertEvent = Event & {
  clipboardData?: DataTransfer | null;
  dataTransfer?: DataTransfer | null;
  inputType?: string;
  data?: string | null;
};

/** The text an event is about to put into a field; null for events that insert nothing we check. */
function insertedBy(event: InsertEvent): string | null | undefined {
  if (event.type === 'paste') return event.clipboardData?.getData('text/plain');
  if (event.type === 'drop') return event.dataTransfer?.getData('text/plain');
  // Typed text, an IME commit, a script's insertText; a paste or a drop is checked by its own event.
  if (event.inputType === 'insertText' || event.inputType === 'insertReplacementText') return event.data;
  return null;
}

/**
 * Typed or inserted text (not a paste or a drop) longer than this goes in as one replacement.
 * Chromium's typing command inserts such text line by line, laying out the field after each:
 * 150,000 characters in one insertText took 39 s in a bare textarea, 82 s in 課題の原文, where a
 * paste of the same text takes 1–2 s (session 17). No keyboard or IME types this much at once.
 */
export const LARGE_INSERT_CHARS = 1_000;

/** What the guard needs of a field to put a large insert in itself. */
interface Replaceable {
  setRangeText(text: string, start: number, end: number, mode: 'end'): void;
  dispatchEvent(event: Event): boolean;
}

/**
 * Puts `text` in place of the selection at once, and tells the app as the browser would (React's
 * `onChange` listens to `input`). The field's undo history does not record this one step.
 */
function insertAtOnce(field: TextField & Replaceable, text: string): void {
  const start = Math.min(field.selectionStart ?? 0, field.selectionEnd ?? 0);
  const end = Math.max(field.selectionStart ?? 0, field.selectionEnd ?? 0);
  field.setRangeText(text, start, end, 'end');
  const init = { bubbles: true, inputType: 'insertText', data: text };
  field.dispatchEvent(
    typeof InputEvent === 'function' ? new InputEvent('input', init) : new Event('input', init),
  );
}

/**
 * Listens on `root` (capturing, so before any field's own handler) and refuses, in the event and
 * so before the browser inserts anything, text that would take a field past its limit. Typed or
 * inserted text within the limit but over `LARGE_INSERT_CHARS` is put in at once (see there).
 */
export function guardTextLimits(root: EventTarget, onRefused: (overflow: Overflow) => void): () => void {
  const check = (event: Event) => {
    const field = textFieldOf(event.target);
    if (!field) return;
    const inserted = insertedBy(event as InsertEvent);
    if (!inserted) return;
    const over = overflowOf(field, inserted);
    if (!over) {
      const replaceable = field as TextField & Partial<Replaceable>;
      if (
        event.type === 'beforeinput' &&
        inserted.length > LARGE_INSERT_CHARS &&
        event.cancelable &&
        typeof replaceable.setRangeText === 'function'
      ) {
        event.preventDefault();
        insertAtOnce(replaceable as TextField & Replaceable, inserted);
      }
      return;
    }
    event.preventDefault();
    // No app handler acts on text that did not go in.
    event.stopPropagation();
    onRefused(over);
  };
  const listening = new AbortController();
  for (const type of ['paste', 'drop', 'beforeinput'])
    root.addEventListener(type, check, { capture: true, signal: listening.signal });
  return () => listening.abort();
}
