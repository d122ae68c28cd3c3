import { useState } from 'react';
import { useExclusiveAction } from '../../ui/useExclusiveAction';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../services/services';
import { exportCouncilMarkdown, exportCouncilPdf } from './councilExport';
import { minutesLabels } from './minutesLabels';

type Message = { kind: 'info' | 'error'; text: string } | null;

/** 議事メモ as PDF or Markdown; the outcome is announced beside the buttons. */
export function CouncilExportMenu({
  sessionId,
  beforeExport,
}: {
  sessionId: string;
  beforeExport: () => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const services = useServices();
  const exclusive = useExclusiveAction();
  const busy = exclusive.busy;
  const [message, setMessage] = useState<Message>(null);
  const labels = () => minutesLabels(t, i18n.language);
  const lang = i18n.language.startsWith('en') ? 'en' : 'ja';

  const run = (action: () => Promise<string>) =>
    exclusive.run(async () => {
      setMessage({ kind: 'info', text: t('export.working') });
      try {
        await beforeExport(); // what is typed but not yet saved goes into the export too
        setMessage({ kind: 'info', text: await action() });
      } catch (error) {
        setMessage({ kind: 'error', text: t('export.failed', { message: (error as Error).message }) });
      }
    });

  const pdf = async () => {
    const { shell } = await services.platform['app:info']();
    const r = await exportCouncilPdf(services, sessionId, labels(), t('app.name'), lang);
    if (!r.saved) return t('export.pdfCanceled');
    return shell === 'web'
      ? t('export.printDownloaded', { path: r.path })
      : t('export.pdfSaved', { path: r.path });
  };

  return (
    <div className="export-menu stack">
      <div role="group" aria-label={t('council.export')} className="export-menu__buttons">
        <button
          type="button"
          className="button"
          aria-disabled={busy}
          data-testid="council-export-pdf"
          onClick={() => void run(pdf)}
        >
          {t('council.exportPdf')}
        </button>
        <button
          type="button"
          className="button"
          aria-disabled={busy}
          data-testid="council-export-markdown"
          onClick={() =>
            void run(
              async () => (
                await exportCouncilMarkdown(services, sessionId, labels()),
                t('export.markdownSaved')
              ),
            )
          }
        >
          {t('council.exportMarkdown')}
        </button>
      </div>
      <p
        role={message?.kind === 'error' ? 'alert' : 'status'}
        className={message?.kind === 'error' ? 'notice' : 'muted'}
      >
        {message?.text ?? ''}
      </p>
    </div>
  );
}
