/**
 * An editor's draft of one record, autosaved against the version it was derived from
 * (`updateFromBase`), with colleagues' synced changes shown as they arrive. Typing stays local
 * and instant; "saved" appears only once IndexedDB has committed.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SyncedTable } from '../../../common/records/tables';
import type { FieldsByTable, RecordOf } from '../../../common/records/types';
import { useAutosave } from './useAutosave';
import { adoptStored, afterSave, draftFrom, type DraftState, type Fields } from './draftState';
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

  const update = useCallback((fn: (s: DraftState | null) => DraftState | null) => {
    current.current = fn(current.current);
    setState(current.current);
  }, []);

  /** Which record the draft belongs to; another record (the caller switched) starts afresh. */
  const draftOf = useRef(record?.id ?? null);

  useEffect(() => {
    if (!record) return;
    const same = draftOf.current === record.id;
    draftOf.current = record.id;
    if (!same) editing.current.clear();
    update((s) => (s && same ? adoptStored(s, record, fields, editing.current) : draftFrom(record, fields)));
  }, [record, fields, update]);

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
      update((cur) => cur && afterSave(cur, patch, outcome.record, editedSince));
    },
    400,
    mergePatches,
  );
  const { change } = autosave;

  const edit = useCallback(
    (patch: Partial<FieldsByTable[T]>) => {
      for (const f of Object.keys(patch)) {
        editing.current.add(f);
        edits.current.set(f, (edits.current.get(f) ?? 0) + 1);
      }
      update((s) => s && { ...s, draft: { ...s.draft, ...patch } });
      change(patch as Fields);
    },
    [change, update],
  );

  return {
    draft: (state?.draft ?? null) as FieldsByTable[T] | null,
    edit,
    status: autosave.status,
    error: autosave.error,
    flush: autosave.flush,
  };
}
