import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_TOKEN_CHARS, MAX_URL_CHARS } from '../../../../common/ipc/contract';
import { isUuid } from '../../../../common/records/ids';
import { useServices } from '../../services/services';
import { appSyncEngine, saveSyncToken, useSyncConfig, useSyncStatus, type SyncConfig } from '../../sync';
import { statusText } from './statusText';
import { maxChars } from '../../ui/textLimit';

type Field = 'url' | 'token' | 'workspace';
const FIELD_IDS: Record<Field, string> = {
  url: 'sync-url',
  token: 'sync-token',
  workspace: 'sync-workspace',
};

/**
 * Server URL, member token and workspace id. The token is handed to the platform, bound to the
 * server's origin, and never read back: the desktop app keeps it with the OS keychain in the main
 * process; a browser can only keep it in IndexedDB, and says so.
 */
export function SyncSettings() {
  const { db } = useServices();
  const config = useSyncConfig(db);
  // Saving new settings remounts the form (below), which took the focused 保存して同期 with it.
  const refocusSaveRef = useRef(false);
  if (config === undefined) return null;
  // Keyed by the saved settings so the form starts from them (and again after they change).
  return (
    <SyncForm
      key={config ? `${config.serverUrl} ${config.workspaceId}` : 'none'}
      config={config}
      refocusSaveRef={refocusSaveRef}
    />
  );
}

function SyncForm({
  config,
  refocusSaveRef,
}: {
  config: SyncConfig | null;
  refocusSaveRef: RefObject<boolean>;
}) {
  const { t } = useTranslation();
  const { db, device, platform } = useServices();
  const status = useSyncStatus();
  const [serverUrl, setServerUrl] = useState(config?.serverUrl ?? '');
  const [workspaceId, setWorkspaceId] = useState(config?.workspaceId ?? '');
  const [token, setToken] = useState('');
  const [error, setError] = useState<{ text: string; field: Field | null } | null>(null);
  const [web, setWeb] = useState(false);
  const [busy, setBusy] = useState(false);
  const saveButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!refocusSaveRef.current) return;
    refocusSaveRef.current = false;
    if (document.activeElement === null || document.activeElement === document.body)
      saveButton.current?.focus();
  }, [refocusSaveRef]);

  useEffect(() => {
    void platform['app:info']().then((info) => setWeb(info.shell === 'web'));
  }, [platform]);

  const engine = appSyncEngine(db, device, platform);

  /** Shows why the form was refused and takes the keyboard to the field to correct. */
  function refuse(text: string, field: Field | null = null): void {
    setError({ text, field });
    if (field) document.getElementById(FIELD_IDS[field])?.focus();
  }
  const invalid = (field: Field) =>
    error?.field === field ? { 'aria-invalid': true, 'aria-describedby': 'sync-settings-error' } : {};

  async function save(e: FormEvent) {
    e.preventDefault();
    if (busy) return; // the button stays focusable while busy (see below)
    const url = serverUrl.trim();
    const ws = workspaceId.trim().toLowerCase();
    if (!/^https?:\/\/[^\s/]+/i.test(url)) return refuse(t('sync.settings.badUrl'), 'url');
    if (!isUuid(ws)) return refuse(t('sync.settings.badWorkspace'), 'workspace');
    if (token.trim() === '') {
      const kept = await platform['sync:tokenStatus'](url);
      if (!kept.kept) return refuse(t('sync.settings.needToken'), 'token');
      // A token is bound to the server it was issued for: another server needs its own.
      if (!kept.matches) return refuse(t('sync.settings.tokenOtherServer', { origin: kept.origin }), 'token');
    }
    setError(null);
    setBusy(true);
    refocusSaveRef.current = document.activeElement === saveButton.current;
    try {
      if (token.trim()) {
        const saved = await saveSyncToken(platform, url, token.trim());
        if (saved === 'declined') return refuse(t('sync.settings.plainHttpDeclined'));
        if (saved === 'invalidToken') return refuse(t('sync.settings.badToken'), 'token');
        if (saved === 'invalidUrl') return refuse(t('sync.settings.badUrl'), 'url');
      }
      setToken('');
      await engine.configure({ serverUrl: url, workspaceId: ws });
      await engine.syncNow();
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card stack" aria-labelledby="sync-settings-title">
      <h2 id="sync-settings-title" className="section-title">
        {t('sync.settings.title')}
      </h2>
      <p className="muted">{t('sync.settings.help')}</p>
      {web && (
        <p className="notice" role="note" data-testid="sync-token-notice">
          {t('sync.settings.webTokenNotice')}
        </p>
      )}
      <form onSubmit={(e) => void save(e)} className="stack" noValidate>
        <div>
          <label className="field-label" htmlFor="sync-url">
            {t('sync.settings.serverUrl')}
          </label>
          <input
            id="sync-url"
            className="input"
            type="url"
            value={serverUrl}
            placeholder="https://sync.example.jp"
            {...maxChars(MAX_URL_CHARS)}
            {...invalid('url')}
            onChange={(e) => setServerUrl(e.target.value)}
          />
        </div>
        <div>
          <label className="field-label" htmlFor="sync-token">
            {t('sync.settings.token')}
          </label>
          <p className="field-help muted">
            {t(config ? 'sync.settings.tokenKept' : 'sync.settings.tokenHelp')}
          </p>
          <input
            id="sync-token"
            className="input"
            type="password"
            autoComplete="off"
            {...maxChars(MAX_TOKEN_CHARS)}
            {...invalid('token')}
            value={token}
            onChange={(e) => setToken(e.target.value)}
          />
        </div>
        <div>
          <label className="field-label" htmlFor="sync-workspace">
            {t('sync.settings.workspaceId')}
          </label>
          <input
            id="sync-workspace"
            className="input"
            value={workspaceId}
            onChange={(e) => setWorkspaceId(e.target.value)}
            spellCheck={false}
            {...invalid('workspace')}
          />
        </div>
        {error && (
          <p className="field-error" role="alert" id="sync-settings-error">
            {error.text}
          </p>
        )}
        <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
          {/* aria-disabled, not disabled: a disabled button drops the keyboard focus to the page. */}
          <button ref={saveButton} type="submit" className="button button--primary" aria-disabled={busy}>
            {t('sync.settings.save')}
          </button>
          <button
            type="button"
            className="button"
            disabled={!config}
            aria-disabled={busy}
            onClick={() => {
              if (!busy) void engine.syncNow();
            }}
          >
            {t('sync.settings.syncNow')}
          </button>
        </div>
      </form>
      <p
        data-testid="sync-settings-status"
        role="status"
        data-synced-at={status.phase === 'upToDate' ? status.at : ''}
      >
        {statusText(t, status)}
      </p>
    </section>
  );
}
