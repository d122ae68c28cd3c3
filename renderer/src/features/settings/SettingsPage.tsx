import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../../common/ipc/contract';
import { useServices } from '../../services/services';
import { PageHeader } from '../../ui/PageHeader';
import { SyncSection } from '../sync';
import { BackupSection, BriefExportSection } from '../export';
import { LanguageSwitch } from './LanguageSwitch';

/** `at`: the part a link leads to, focused on arrival (the conflicts, from a conflicted note). */
export function SettingsPage({ at }: { at?: 'conflicts' }) {
  const { t } = useTranslation();
  const { platform } = useServices();
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void platform['app:info']().then(setInfo);
  }, [platform]);

  return (
    <>
      <PageHeader title={t('settings.title')} lead={t('settings.lead')} />
      <section className="card stack" aria-labelledby="settings-language">
        <h2 id="settings-language" className="section-title">
          {t('app.language')}
        </h2>
        <p className="muted">{t('settings.languageHelp')}</p>
        <LanguageSwitch />
      </section>
      <SyncSection focusConflicts={at === 'conflicts'} />
      <BackupSection />
      <BriefExportSection />
      <section className="card stack" aria-labelledby="settings-about">
        <h2 id="settings-about" className="section-title">
          {t('settings.about')}
        </h2>
        {info && <p>{t('settings.version', { version: info.version, shell: info.shell })}</p>}
      </section>
    </>
  );
}
