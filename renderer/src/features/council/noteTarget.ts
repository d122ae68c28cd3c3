/**
 * Which note an autosave is for. The composer starts a note before it exists (the record is
 * created by its first save) and moves on to a new one on Enter while the last save may still be
 * running, so each pending value carries its own target instead of reading "the current note".
 */
import type { NoteFields, RecordOf } from '../../../../common/records/types';
import { newId } from '../../../../common/records/ids';
import type { EditBase } from '../../data/editFromBase';

export type NoteRecord = RecordOf<'notes'>;
export type NotePatch = Partial<NoteFields>;

export interface NoteTarget {
  /** The record's id once it exists. */
  id: string | null;
  /** The stored version the text on screen was derived from (merges run against it). */
  base: EditBase<'notes'> | null;
  /** The clock time of the first keystroke: the note's time. */
  startedAt: string | null;
  /** The id the note is created with (chosen first, so the note journal names it before it exists). */
  createId: string;
  /** Changes made so far, and those not yet committed (what the note journal holds). */
  revision: number;
  unsaved: NotePatch;
}

export interface PendingNote {
  target: NoteTarget;
  patch: NotePatch;
  /** The target's revision when this value was queued. */
  revision: number;
}

export const baseOf = (record: NoteRecord): EditBase<'notes'> => ({ ...record, hlc: { ...record.hlc } });

export const targetOf = (record: NoteRecord): NoteTarget => ({
  id: record.id,
  base: baseOf(record),
  startedAt: record.at,
  createId: record.id,
  revision: 0,
  unsaved: {},
});

export const newTarget = (): NoteTarget => ({
  id: null,
  base: null,
  startedAt: null,
  createId: newId(),
  revision: 0,
  unsaved: {},
});

/** Patches for the same note accumulate until saved; a newer note's patch never absorbs an older one. */
export function mergePending(pending: PendingNote, next: PendingNote): PendingNote {
  return pending.target === next.target
    ? { target: next.target, patch: { ...pending.patch, ...next.patch }, revision: next.revision }
    : next;
}
