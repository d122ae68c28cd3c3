/**
 * An editor's draft of one record, autosaved against the version it was derived from
 * (`updateFromBase`), with colleagues' synced changes shown as they arrive. Typing stays local
 * and instant; "saved" appears only once IndexedDB has committed.
 *
 * Safe for Japanese input, like the council note box: while an IME composition is open in one of
 * the editor's fields (spread `composition` on them), edits only update the draft the inputs show —
 * nothing is queued or saved (so no status change re-renders the form) and no stored version is
 * adopted under the candidate window; `compositionend` queues what was composed.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SyncedTable } from '../../../common/records/tables';
import type { FieldsByTable, RecordOf } from '../../../common/records/types';
import { useAutosave } from './useAutosave';
import {
  adoptLaterThanSaved,
  adoptStored,
  afterSave,
  draftFrom,
  type DraftState,
  type Fields,
} from './draftState';
import type { KyosoDb } from './db';
import { updateFromBase } from './editFromBase';
import type { Repositories } from './repositories';

const mergePatches = (a: Fields, b: Fields): Fields => ({ ...a, ...b });

export function useRecordDraft<T extends SyncedTable>(
  { db, repos }: { db: KyosoDb; repos: Repositories },
  table: T,
  record: RecordOf<T> | null,
  fields: readonly (keyof FieldsByTable[T] & string)[],
) {
  const [state, setState] = useState<DraftState | null>(() => (record ? draftFrom(record, fields) : null));
  const current = useRef(state);
  /** Fields with edits not yet saved, and a counter per field to tell edits made during a save. */
  const editing = useRef(new Set<string>());
  const edits = useRef(new Map<string, number>());
  const recordId = record?.id ?? null;

  const composing = useRef(false);
  /** Edits made during a composition, queued when it ends. */
  const held = useRef<Fields | null>(null);
  /** A stored version that arrived during a composition, adopted when it ends. */
  const arrived = useRef<RecordOf<T> | null>(null);

  const update = useCallback((fn: (s: DraftState | null) => DraftState | null) => {
    current.current = fn(current.current);
    setState(current.current);
  }, []);

  /** Which record the draft belongs to; another record (the caller switched) starts afresh. */
  const draftOf = useRef(record?.id ?? null);

  const adopt = useCallback(
    (record: RecordOf<T>) => {
      const same = draftOf.current === record.id;
      draftOf.current = record.id;
      if (!same) editing.current.clear();
      update((s) =>
        s && same ? adoptStored(s, record, fields, editing.current) : draftFrom(record, fields),
      );
    },
    [fields, update],
  );

  /** The newest stored version handed in, including one skipped while a save was in flight. */
  const latest = useRef(record);

  useEffect(() => {
    latest.current = record;
    if (!record) return;
    if (composing.current && draftOf.current === record.id) {
      arrived.current = record;
      return;
    }
    adopt(record);
  }, [record, adopt]);

  const autosave = useAutosave<Fields>(
    async (patch) => {
      const s = current.current;
      if (!s || !recordId) return;
      const before = new Map(Object.keys(patch).map((f) => [f, edits.current.get(f) ?? 0]));
      const base = { ...s.base.values, hlc: s.base.hlc } as Parameters<typeof updateFromBase<T>>[5];
      const outcome = await updateFromBase(
        db,
        repos,
        table,
        recordId,
        patch as Partial<FieldsByTable[T]>,
        base,
      );
      const editedSince = new Set(
        [...before].filter(([f, n]) => (edits.current.get(f) ?? 0) !== n).map(([f]) => f),
      );
      for (const f of before.keys()) if (!editedSince.has(f)) editing.current.delete(f);
      update(
        (cur) =>
          cur &&
          adoptLaterThanSaved(
            afterSave(cur, patch, outcome.record, editedSince),
            composing.current ? null : latest.current,
            outcome.record,
            fields,
            editing.current,
          ),
      );
    },
    400,
    mergePatches,
    { isHeld: () => composing.current },
  );
  const { change } = autosave;

  const edit = useCallback(
    (patch: Partial<FieldsByTable[T]>) => {
      for (const f of Object.keys(patch)) {
        editing.current.add(f);
        edits.current.set(f, (edits.current.get(f) ?? 0) + 1);
      }
      update((s) => s && { ...s, draft: { ...s.draft, ...patch } });
      if (composing.current) held.current = mergePatches(held.current ?? {}, patch as Fields);
      else change(patch as Fields);
    },
    [change, update],
  );

  const composition = useMemo(
    () => ({
      onCompositionStart: () => {
        composing.current = true;
      },
      onCompositionEnd: () => {
        composing.current = false;
        const patch = held.current;
        held.current = null;
        if (patch) change(patch);
        const record = arrived.current;
        arrived.current = null;
        if (record) adopt(record);
      },
    }),
    [change, adopt],
  );

  return {
    draft: (state?.draft ?? null) as FieldsByTable[T] | null,
    edit,
    status: autosave.status,
    error: autosave.error,
    flush: autosave.flush,
    /** Spread on every input of the editor: holds saves and stored versions during IME input. */
    composition,
  };
}
