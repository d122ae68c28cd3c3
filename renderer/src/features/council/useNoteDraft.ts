/**
 * Autosave of one note's text, safe for Japanese input and for two windows on one note:
 *
 * - The textarea is uncontrolled: React never writes its value while the user types, so the caret
 *   never jumps and nothing re-renders under an IME candidate window.
 * - Input during composition (`isComposing`) is not reported; `compositionend` reports it. The
 *   debounce is held while composing, so no save lands mid-word.
 * - A save goes through `updateFromBase` against the version the text was derived from: another
 *   window's edit is merged line by line, or kept as a conflict copy — never silently replaced.
 * - The note is created by its first save, stamped with the time of its first keystroke.
 * - Every change is also copied synchronously to the note journal (noteJournal.ts) until its save
 *   commits, so a reload or crash inside the debounce loses nothing.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { NoteFields } from '../../../../common/records/types';
import { updateFromBase } from '../../data/editFromBase';
import { useAutosave } from '../../data/useAutosave';
import { pageOwner } from '../../data/pageOwner';
import { useServices } from '../../services/services';
import { clearJournal, writeJournal } from './noteJournal';
import {
  baseOf,
  mergePending,
  newTarget,
  targetOf,
  type NotePatch,
  type NoteRecord,
  type NoteTarget,
  type PendingNote,
} from './noteTarget';

/** Debounce after the last keystroke; with the write itself this stays well inside 300 ms. */
export const NOTE_SAVE_DELAY_MS = 80;

export interface NoteDraftOptions {
  /** The stored note being edited; null for the composer (the note starts with the first keystroke). */
  record: NoteRecord | null;
  /** Fields of a note the composer creates, given the time of its first keystroke. */
  fieldsForNew?: (at: string) => NoteFields;
  /** Called once a new note exists. */
  onCreated?: (id: string) => void;
}

export function useNoteDraft({ record, fieldsForNew, onCreated }: NoteDraftOptions) {
  const { db, repos } = useServices();
  const target = useRef<NoteTarget>(record ? targetOf(record) : newTarget());
  const textarea = useRef<HTMLTextAreaElement | null>(null);
  const composing = useRef(false);
  const latest = useRef({ fieldsForNew, onCreated, sessionId: record?.sessionId });
  useEffect(() => {
    latest.current = { fieldsForNew, onCreated, sessionId: record?.sessionId };
  }, [fieldsForNew, onCreated, record?.sessionId]);

  const save = useCallback(
    async ({ target: t, patch, revision }: PendingNote) => {
      if (t.id === null) {
        const fields = latest.current.fieldsForNew?.(t.startedAt ?? new Date().toISOString());
        if (!fields) return;
        const created = await repos.notes.create({ ...fields, ...patch }, t.createId);
        t.id = created.id;
        t.base = baseOf(created);
        committed(t, revision);
        // Only while it is still the note being typed (Enter may have moved on before this save ran).
        if (t === target.current) latest.current.onCreated?.(created.id);
        return;
      }
      const outcome = await updateFromBase(db, repos, 'notes', t.id, patch, t.base ?? { hlc: {} });
      t.base = baseOf(outcome.record);
      committed(t, revision);
      // Another window's lines were merged in: show them, unless the user is typing in this note.
      const box = textarea.current;
      if (
        outcome.merged.includes('body') &&
        box &&
        t === target.current &&
        !composing.current &&
        box.value === patch.body // nothing typed since this text was sent
      ) {
        replaceKeepingCaret(box, outcome.record.body);
      }
    },
    [db, repos],
  );

  const isHeld = useCallback(() => composing.current, []);
  const {
    status,
    error,
    change: queue,
    flush,
  } = useAutosave<PendingNote>(save, NOTE_SAVE_DELAY_MS, mergePending, { isHeld });

  /** Queue fields of the current note (speaker, issue, time, text). */
  const change = useCallback(
    (patch: NotePatch) => {
      const t = target.current;
      t.startedAt ??= new Date().toISOString();
      t.revision++;
      t.unsaved = { ...t.unsaved, ...patch };
      const fields = t.id === null ? (latest.current.fieldsForNew?.(t.startedAt) ?? null) : null;
      const sessionId = fields?.sessionId ?? latest.current.sessionId;
      if (sessionId !== undefined) {
        writeJournal({
          owner: pageOwner,
          sessionId,
          id: t.createId,
          fields,
          patch: t.unsaved,
          revision: t.revision,
        });
      }
      queue({ target: t, patch, revision: t.revision });
    },
    [queue],
  );

  const reportText = useCallback(() => {
    if (textarea.current) change({ body: textarea.current.value });
  }, [change]);

  /** Saves the current note and starts a fresh one (the composer's Enter). */
  const startNext = useCallback(() => {
    const finishing = flush();
    target.current = newTarget();
    if (textarea.current) textarea.current.value = '';
    return finishing;
  }, [flush]);

  // A newer stored version (another window, a sync pull) reaches the screen when nothing typed
  // here is waiting; otherwise the next save merges it in.
  useEffect(() => {
    const t = target.current;
    if (!record || t.id !== record.id || !t.base) return;
    // Only a newer version: a live query can deliver a result read before this editor's own last
    // save, and adopting that would put back the text the user just typed over.
    if (!((record.hlc.body ?? '') > (t.base.hlc.body ?? ''))) return;
    if (composing.current || status === 'dirty' || status === 'saving') return;
    t.base = baseOf(record);
    if (textarea.current && textarea.current.value !== record.body)
      replaceKeepingCaret(textarea.current, record.body);
  }, [record, status]);

  // Stable, so the memoised textarea never re-renders (React would re-read a 30,000-character
  // defaultValue on every render).
  const isComposing = useCallback(() => composing.current, []);
  const currentId = useCallback(() => target.current.id, []);

  const textareaProps = useMemo(
    () => ({
      ref: textarea,
      onInput: (event: Event) => {
        if ((event as InputEvent).isComposing || composing.current) return;
        reportText();
      },
      onCompositionStart: () => {
        composing.current = true;
      },
      onCompositionEnd: () => {
        composing.current = false;
        reportText();
      },
      onBlur: () => void flush(),
    }),
    [reportText, flush],
  );

  return {
    status,
    error,
    textareaProps,
    change,
    flush,
    startNext,
    isComposing,
    /** The id of the note being written, once it exists. */
    currentId,
  };
}

/** What is committed leaves the journal (unless typed over since). */
function committed(t: NoteTarget, revision: number): void {
  clearJournal(t.createId, revision);
  if (t.revision === revision) t.unsaved = {};
}

/** Replaces the text, keeping the caret at the same offset (clamped to the new length). */
function replaceKeepingCaret(box: HTMLTextAreaElement, text: string): void {
  const { selectionStart, selectionEnd } = box;
  box.value = text;
  box.setSelectionRange(Math.min(selectionStart, text.length), Math.min(selectionEnd, text.length));
}
