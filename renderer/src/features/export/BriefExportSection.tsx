/**
 * Settings section: export any brief (PDF, Markdown, text) from one place. Also the stable entry
 * point the export tests drive, independent of how the brief page lays out its own menu.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../services/services';
import { ExportMenu } from './ExportMenu';

export function BriefExportSection() {
  const { t } = useTranslation();
  const { repos } = useServices();
  const selectId = useId();
  const briefs = useLiveQuery(() => repos.briefs.list(200), [repos]);
  const [chosen, setChosen] = useState('');
  const current = briefs?.find((b) => b.id === chosen) ?? briefs?.[0];

  return (
    <section className="card stack" aria-labelledby="settings-export" data-testid="brief-export-section">
      <h2 id="settings-export" className="section-title">
        {t('export.documents')}
      </h2>
      <p className="muted">{t('export.documentsHelp')}</p>
      {briefs && briefs.length === 0 && <p className="muted">{t('export.noBriefs')}</p>}
      {current && briefs && (
        <>
          <div>
            <label htmlFor={selectId}>{t('export.chooseBrief')}</label>{' '}
            <select id={selectId} value={current.id} onChange={(e) => setChosen(e.target.value)}>
              {briefs.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.title || t('common.untitled')}
                </option>
              ))}
            </select>
          </div>
          <ExportMenu key={current.id} table="briefs" id={current.id} />
        </>
      )}
    </section>
  );
}
