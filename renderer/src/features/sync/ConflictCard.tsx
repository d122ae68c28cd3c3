import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isSyncedTable, type SyncedTable } from '../../../../common/records/tables';
import type { RecordOf } from '../../../../common/records/types';
import { useServices } from '../../services/services';
import { useUiStore } from '../../ui/uiStore';
import { fieldLabel, recordName } from './conflictSubject';
import { DiffView } from './DiffView';
import { resolveConflict, type Resolution } from './resolveConflict';

function asText(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** One conflict: both versions side by side and the three ways to settle it. */
export function ConflictCard({ conflict }: { conflict: RecordOf<'conflicts'> }) {
  const { t } = useTranslation();
  const { db, repos } = useServices();
  const notify = useUiStore((s) => s.notify);
  const [editing, setEditing] = useState<string | null>(null);
  /** The record as it was when the hand merge started: the merge is saved against it. */
  const [editBase, setEditBase] = useState<RecordOf<SyncedTable> | null>(null);
  const target = useLiveQuery(
    async () =>
      isSyncedTable(conflict.ofTable)
        ? ((await db.records(conflict.ofTable).get(conflict.ofId)) ?? null)
        : null,
    [db, conflict.ofTable, conflict.ofId],
  );
  if (target === undefined) return null;
  const fields = target as unknown as Record<string, unknown> | null;
  const current = asText(fields?.[conflict.field]);
  const gone = !target || target.deleted === 1;
  const title = recordName(conflict.ofTable, fields) || t('common.untitled');
  const field = fieldLabel(t, conflict.ofTable, conflict.field);

  const resolve = async (resolution: Resolution, seen: RecordOf<SyncedTable> | null) => {
    try {
      await resolveConflict({ db, repos }, conflict, resolution, seen ?? { hlc: {} });
      notify('info', t('sync.conflicts.resolved'));
    } catch (e) {
      notify('error', t('common.saveFailed', { message: (e as Error).message }));
    }
  };

  return (
    <article
      className="card stack"
      data-testid="conflict"
      aria-label={t('sync.conflicts.itemLabel', { title, field })}
    >
      <h3 style={{ margin: 0 }}>{t('sync.conflicts.itemLabel', { title, field })}</h3>
      {gone && <p className="notice">{t('sync.conflicts.targetDeleted')}</p>}
      {/* A copy the server refused (not an edit that met another): say why and what to do. */}
      {(conflict.reason === 'record_too_large' || conflict.reason === 'too_large') && (
        <p className="notice" data-testid="conflict-reason">
          {t(conflict.reason === 'too_large' ? 'sync.conflicts.tooLarge' : 'sync.conflicts.recordTooLarge')}
        </p>
      )}
      <DiffView current={current} other={conflict.text} />
      {editing !== null && (
        <div>
          <label className="field-label" htmlFor={`merge-${conflict.id}`}>
            {t('sync.conflicts.mergedLabel')}
          </label>
          <textarea
            id={`merge-${conflict.id}`}
            className="input textarea"
            rows={Math.min(20, editing.split('\n').length + 2)}
            value={editing}
            onChange={(e) => setEditing(e.target.value)}
          />
        </div>
      )}
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <button type="button" className="button" onClick={() => void resolve({ keep: 'current' }, target)}>
          {t(gone ? 'sync.conflicts.dismiss' : 'sync.conflicts.keepCurrent')}
        </button>
        {!gone && (
          <button type="button" className="button" onClick={() => void resolve({ keep: 'other' }, target)}>
            {t('sync.conflicts.keepOther')}
          </button>
        )}
        {!gone && editing === null && (
          <button
            type="button"
            className="button"
            onClick={() => {
              setEditBase(target);
              setEditing(mergeDraft(current, conflict.text));
            }}
          >
            {t('sync.conflicts.edit')}
          </button>
        )}
        {!gone && editing !== null && (
          <button
            type="button"
            className="button button--primary"
            onClick={() => void resolve({ keep: 'merged', text: editing }, editBase ?? target)}
          >
            {t('sync.conflicts.saveMerged')}
          </button>
        )}
      </div>
    </article>
  );
}

/** A starting point for a hand merge: the current text, then the other version's lines it lacks. */
function mergeDraft(current: string, other: string): string {
  const have = new Set(current.split('\n'));
  const extra = other.split('\n').filter((l) => l !== '' && !have.has(l));
  if (extra.length === 0) return current;
  return `${current.replace(/\n?$/, '\n')}${extra.join('\n')}\n`;
}
