import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CommandPalette, startSearchIndex } from '../features/search';
import { LanguageSwitch } from '../features/settings';
import { SyncStatusIndicator } from '../features/sync';
import { Toasts } from '../ui/Toasts';
import { href, type Section } from '../navigation/router';
import { useServices } from '../services/services';
import { usePaletteCommands } from './usePaletteCommands';

const SECTIONS: readonly Section[] = ['issues', 'workshops', 'council', 'search', 'settings'];
const ICONS: Record<Section, string> = {
  issues: '◆',
  workshops: '◷',
  council: '✎',
  search: '⌕',
  settings: '⚙',
};

/** Navigation, language switch and the main landmark every page renders into. */
export function AppShell({ current, children }: { current: Section; children: ReactNode }) {
  const { t } = useTranslation();
  const { persisted } = useServices();
  const commands = usePaletteCommands();
  // The search index loads (or rebuilds) in its worker from the start, so the first search is instant.
  useEffect(() => startSearchIndex(), []);
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="shell__header">
        <div className="brand">
          <span className="brand__mark" aria-hidden="true">
            共
          </span>
          <span className="brand__name">{t('app.name')}</span>
          <span className="brand__tagline">{t('app.tagline')}</span>
        </div>
        <SyncStatusIndicator />
        <LanguageSwitch />
      </header>
      <nav className="shell__nav" aria-label={t('nav.label')}>
        <ul>
          {SECTIONS.map((section) => (
            <li key={section}>
              <a
                href={href(section)}
                className="nav-link"
                aria-current={section === current ? 'page' : undefined}
                data-testid={`nav-${section}`}
              >
                <span className="nav-link__icon" aria-hidden="true">
                  {ICONS[section]}
                </span>
                {t(`nav.${section}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="shell__main" tabIndex={-1}>
        {!persisted && (
          <p className="notice" role="note">
            {t('app.storageNotPersisted')}
          </p>
        )}
        {children}
      </main>
      <CommandPalette commands={commands} />
      <Toasts />
    </div>
  );
}
