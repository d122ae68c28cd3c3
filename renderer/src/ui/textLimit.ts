import { MAX_TEXT_VALUE_CHARS } from '../../../common/sync/protocol';

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
 * A field's limit in characters: its `maxLength`, else its `data-max-chars`, else the longest
 * text value the sync contract carries (every field's text is stored, most of it synced).
 */
export function limitOf(field: TextField): number {
  if (field.maxLength > 0) return field.maxLength;
  const declared = Number(field.dataset.maxChars);
  return Number.isInteger(declared) && declared > 0 ? declared : MAX_TEXT_VALUE_CHARS;
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
 * Listens on `root` (capturing, so before any field's own handler) and refuses, in the event and
 * so before the browser inserts anything, text that would take a field past its limit.
 */
export function guardTextLimits(root: EventTarget, onRefused: (overflow: Overflow) => void): () => void {
  const check = (event: Event) => {
    const field = textFieldOf(event.target);
    if (!field) return;
    const inserted = insertedBy(event as InsertEvent);
    if (!inserted) return;
    const over = overflowOf(field, inserted);
    if (!over) return;
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
