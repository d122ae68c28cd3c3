/**
 * Export buttons for one record: `<ExportMenu table="briefs" id={brief.id} />` offers PDF,
 * Markdown and copy-as-text; `<ExportMenu table="workshops" id={workshop.id} />` offers the
 * agenda and minutes PDFs. Results are announced in a status line beside the buttons.
 */
import { useState } from 'react';
import { unsavedEdits } from '../../data/unsavedEdits';
import { useExclusiveAction } from '../../ui/useExclusiveAction';
import { useTranslation } from 'react-i18next';
import type { SaveResult } from '../../../../common/ipc/contract';
import { useServices } from '../../services/services';
import {
  ExportNotFoundError,
  briefPlainText,
  exportBriefMarkdown,
  exportBriefPdf,
  exportWorkshopPdf,
} from './exportActions';
import { printLabels } from './printLabels';

export interface ExportMenuProps {
  table: 'briefs' | 'workshops';
  id: string;
}

/** Laid out inline so the menu needs no stylesheet of its own. */
const ROW = { display: 'flex', flexWrap: 'wrap', gap: '0.5rem' } as const;

type Message = { kind: 'info' | 'error'; text: string } | null;

export function ExportMenu({ table, id }: ExportMenuProps) {
  const { t, i18n } = useTranslation();
  const services = useServices();
  const exclusive = useExclusiveAction();
  const busy = exclusive.busy;
  const [message, setMessage] = useState<Message>(null);

  const run = (action: () => Promise<string>) =>
    exclusive.run(async () => {
      setMessage({ kind: 'info', text: t('export.working') });
      try {
        // The export reads the stored record: the click has only started writing the last edit.
        await unsavedEdits.flush();
        setMessage({ kind: 'info', text: await action() });
      } catch (error) {
        const text =
          error instanceof ExportNotFoundError
            ? t('export.notFound')
            : t('export.failed', { message: (error as Error).message });
        setMessage({ kind: 'error', text });
      }
    });

  const pdfMessage = async (result: Promise<SaveResult>) => {
    const { shell } = await services.platform['app:info']();
    const r = await result;
    if (!r.saved) return t('export.pdfCanceled');
    return shell === 'web'
      ? t('export.printDownloaded', { path: r.path })
      : t('export.pdfSaved', { path: r.path });
  };

  const labels = () => printLabels(t, i18n.language);
  const buttons: { key: string; label: string; action: () => Promise<string> }[] =
    table === 'briefs'
      ? [
          {
            key: 'pdf',
            label: t('export.pdf'),
            action: () => pdfMessage(exportBriefPdf(services, id, labels())),
          },
          {
            key: 'markdown',
            label: t('export.markdown'),
            action: async () => (
              await exportBriefMarkdown(services, id, t('common.untitled')),
              t('export.markdownSaved')
            ),
          },
          {
            key: 'text',
            label: t('export.copyText'),
            action: async () => {
              await services.platform['clipboard:writeText'](
                await briefPlainText(services, id, t('common.untitled')),
              );
              return t('export.copied');
            },
          },
        ]
      : [
          {
            key: 'agenda',
            label: t('export.agendaPdf'),
            action: () => pdfMessage(exportWorkshopPdf(services, id, 'agenda', labels())),
          },
          {
            key: 'minutes',
            label: t('export.minutesPdf'),
            action: () => pdfMessage(exportWorkshopPdf(services, id, 'minutes', labels())),
          },
        ];

  return (
    <div className="export-menu stack">
      <div role="group" aria-label={t('export.menuLabel')} style={ROW}>
        {buttons.map((b) => (
          <button
            key={b.key}
            type="button"
            className="button"
            aria-disabled={busy}
            data-testid={`export-${b.key}`}
            onClick={() => void run(b.action)}
          >
            {b.label}
          </button>
        ))}
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
