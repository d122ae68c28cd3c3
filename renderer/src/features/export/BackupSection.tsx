/**
 * Settings section: create a full backup, restore one. Both show progress; a refused file says
 * why in Japanese first, and promises the data is unchanged (restore validates before writing).
 * After a restore the app reloads, so the device identity and clock are read from the restored
 * database (a restore can move this install to the backup's workspace).
 */
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BackupError } from '../../../../common/export/backupFormat';
import type { ParsedBackup } from '../../../../common/export/backupFormat';
import {
  applyBackup,
  createBackup,
  previewRestore,
  readBackup,
  type BackupProgress,
  type BackupRecordCounts,
  type RestorePreview,
} from '../../data/backup';
import { useServices } from '../../services/services';
import { formatTime } from '../../ui/formatTime';
import { backupSavedText } from './backupSummary';
import { downloadBlob } from './download';

const RESTORED_FLAG = 'kyoso.backupRestored';

let justRestored: boolean | undefined;
/** Whether this page load follows a restore (read once per load: the flag is cleared). */
function wasJustRestored(): boolean {
  if (justRestored === undefined) {
    justRestored = sessionStorage.getItem(RESTORED_FLAG) !== null;
    sessionStorage.removeItem(RESTORED_FLAG);
  }
  return justRestored;
}

type Status = { kind: 'info' | 'error'; text: string } | null;

/** `kyoso-backup-20261127-0930.json`, in local time so the user recognises it. */
function backupFileName(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `kyoso-backup-${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}.json`;
}

export function BackupSection() {
  const { t } = useTranslation();
  const { db, platform } = useServices();
  const inputId = useId();
  const [progress, setProgress] = useState<BackupProgress | null>(null);
  // A read and validated file waiting for the user's yes (nothing is written before it).
  const [pending, setPending] = useState<{ backup: ParsedBackup; preview: RestorePreview } | null>(null);
  const [status, setStatus] = useState<Status>(() =>
    wasJustRestored() ? { kind: 'info', text: t('backup.restored') } : null,
  );
  // The file picker is disabled while a file is read, which drops the keyboard focus to the page;
  // once it is enabled again (a refused file) the focus goes back to it, to choose another file.
  const refocusPicker = useRef(false);
  useEffect(() => {
    if (progress !== null || !refocusPicker.current) return;
    refocusPicker.current = false;
    const active = document.activeElement;
    if (active === null || active === document.body) document.getElementById(inputId)?.focus();
  }, [progress, pending, inputId]);

  const progressText = (p: BackupProgress) => {
    if (p.phase === 'export') return t('backup.exporting', { done: String(p.done), total: String(p.total) });
    if (p.phase === 'apply') return t('backup.applying', { done: String(p.done), total: String(p.total) });
    return t('backup.reading', { percent: String(Math.floor((100 * p.done) / Math.max(1, p.total))) });
  };

  const onCreate = async () => {
    if (progress !== null) return; // the button stays focusable while busy (see below)
    setStatus(null);
    try {
      const { version } = await platform['app:info']();
      let records: BackupRecordCounts = {};
      const blob = await createBackup(db, {
        appVersion: version,
        onProgress: setProgress,
        onRecords: (counts) => (records = counts),
      });
      downloadBlob(blob, backupFileName(new Date()));
      setStatus({ kind: 'info', text: backupSavedText(t, records) });
    } catch (error) {
      setStatus({ kind: 'error', text: t('backup.failed', { message: (error as Error).message }) });
    } finally {
      setProgress(null);
    }
  };

  const onRestore = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // choosing the same file again must fire again
    if (!file) return;
    setStatus(null);
    setPending(null);
    refocusPicker.current = true;
    try {
      const backup = await readBackup(file, setProgress);
      setPending({ backup, preview: await previewRestore(db, backup) });
    } catch (error) {
      setStatus({ kind: 'error', text: `${t('backup.refused')} ${problemText(error)}` });
    } finally {
      setProgress(null);
    }
  };

  const onConfirm = async () => {
    if (!pending) return;
    const { backup } = pending;
    setPending(null);
    try {
      await applyBackup(db, backup, setProgress);
      sessionStorage.setItem(RESTORED_FLAG, '1');
      window.location.reload();
    } catch (error) {
      setStatus({ kind: 'error', text: `${t('backup.refused')} ${problemText(error)}` });
    } finally {
      setProgress(null);
    }
  };

  const problemText = (error: unknown): string => {
    if (!(error instanceof BackupError)) return t('backup.problem.unknown');
    const { code, table, index, field } = error.problem;
    const where = [table, index !== undefined ? `#${index + 1}` : '', field].filter(Boolean).join(' ');
    return t(`backup.problem.${code}`, { where });
  };

  const busy = progress !== null;
  return (
    <section className="card stack" aria-labelledby="settings-backup" data-testid="backup-section">
      <h2 id="settings-backup" className="section-title">
        {t('backup.title')}
      </h2>
      <p className="muted">{t('backup.help')}</p>
      <div>
        <button
          type="button"
          className="button button--primary"
          // Not `disabled`: a disabled button drops the keyboard focus to the page.
          aria-disabled={busy}
          onClick={() => void onCreate()}
        >
          {t('backup.create')}
        </button>
      </div>
      <p className="muted">{t('backup.restoreHelp')}</p>
      <div>
        <label htmlFor={inputId}>{t('backup.chooseFile')}</label>{' '}
        <input
          id={inputId}
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(e) => void onRestore(e)}
        />
      </div>
      {pending && (
        <RestoreConfirm
          preview={pending.preview}
          onConfirm={() => void onConfirm()}
          onCancel={() => {
            setPending(null);
            // The question goes away with the focused キャンセル: back to where the file was chosen.
            document.getElementById(inputId)?.focus();
          }}
        />
      )}
      {progress && (
        <div role="status">
          <progress value={progress.done} max={Math.max(1, progress.total)} />{' '}
          <span>{progressText(progress)}</span>
        </div>
      )}
      {status && (
        <p
          role={status.kind === 'error' ? 'alert' : 'status'}
          className={status.kind === 'error' ? 'notice' : 'muted'}
        >
          {status.text}
        </p>
      )}
    </section>
  );
}

/** What the chosen file would change, confirmed before anything is written. */
function RestoreConfirm({
  preview,
  onConfirm,
  onCancel,
}: {
  preview: RestorePreview;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  // The question appears after the file is read: the keyboard (and a screen reader) is taken to
  // it, so the user reads what the file holds before 復元する — not left on the file picker.
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  return (
    <div role="group" aria-labelledby={titleId} className="stack" data-testid="restore-confirm">
      <h3 id={titleId} ref={title} tabIndex={-1}>
        {t('backup.confirm.title', { time: formatTime(preview.exportedAt, i18n.language) })}
      </h3>
      <ul>
        {preview.kinds.map((k) => (
          <li key={k.table}>
            {t('backup.confirm.kind', {
              records: t(`backup.records.${k.table}`, { count: k.inFile }),
              here: String(k.alreadyHere),
            })}
          </li>
        ))}
      </ul>
      <p className="muted">
        {t('backup.confirm.merge')}
        {preview.queued > 0 ? ` ${t('backup.confirm.queued', { count: preview.queued })}` : ''}
      </p>
      <div className="page-error__actions">
        <button type="button" className="button button--primary" onClick={onConfirm}>
          {t('backup.confirm.restore')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
